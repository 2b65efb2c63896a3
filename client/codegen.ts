import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client types from the committed `schema.graphql` (never a live server) and the documents written
 * with `graphql(…)` beside each feature. Run `npm run codegen --workspace client` after changing a
 * document or the schema; `src/generated/generated.test.ts` fails when the committed output differs.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.test.{ts,tsx}'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields their query selected, as before; masking would hide fragments' fields.
        fragmentMasking: false,
      },
      config: {
        // String unions, like the literals the components compare with (no runtime enum objects).
        enumsAsTypes: true,
        // A nullable field is always in the result (as null), never absent.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        useTypeImports: true,
        // Only the types the documents use (not every object of the schema).
        onlyOperationTypes: true,
        scalars: {
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
