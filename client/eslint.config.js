// Client lint: the server's rules that need types (no floating promises, exhaustive switches) on
// top of typescript-eslint's recommended set, plus React's hook rules.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/**', 'node_modules/**', 'src/generated/**'] }, ...tseslint.configs.recommended, {
  files: ['src/**/*.{ts,tsx}', '*.ts'],
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
  },
  plugins: { 'react-hooks': reactHooks },
  rules: {
    // The rules of hooks. The plugin's React Compiler diagnostics (purity, refs, set-state-in-effect)
    // are left out: this client is not compiled by the React Compiler, and the patterns they flag
    // (a clock read while rendering, a ref holding a Set) are correct without it.
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'error',
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
  },
});
