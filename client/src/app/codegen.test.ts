// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

/**
 * The committed `src/generated/` is what codegen makes now from the committed schema.graphql and
 * the features' documents: a document or the schema changed without `npm run codegen` fails here
 * (the types the components compile against would otherwise lie about what the server sends).
 */
const committed = import.meta.glob<string>('/src/generated/*.ts', { query: '?raw', import: 'default', eager: true });
const clientDir = new URL('../..', import.meta.url).pathname;

describe('generated client types', () => {
  it('match what codegen produces from schema.graphql and the documents', async () => {
    const outputs = await generate({ ...config, cwd: clientDir, silent: true }, false);
    const fresh = Object.fromEntries(
      outputs.map(
        (o: { filename: string; content: string }) => [`/${o.filename.replace(clientDir, '').replace(/^\//, '')}`, o.content] as const,
      ),
    );
    expect(Object.keys(fresh).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect(committed[file], `${file} differs: run \`npm run codegen --workspace client\``).toBe(content);
    }
  }, 60_000);
});
