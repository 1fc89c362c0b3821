// Lint rules. The one architectural rule lives here: vm/ is the language and its runtime, and
// imports nothing of an editor or a protocol (DESIGN.md section 7).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.e2e/**', 'test-fixtures/**', 'hub/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['vm/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-*/**'], message: 'vm/ must not depend on an editor or on LSP.' },
            { group: ['@vscode/*', '@vscode/**'], message: 'vm/ must not depend on DAP or the editor.' },
            { group: ['**/client/**', '**/server/**', '**/debug-adapter/**'], message: 'dependencies point down: vm/ imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'debug-adapter/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'only client/ talks to the VS Code API.' }],
          patterns: [{ group: ['**/client/**'], message: 'dependencies point down: client/ is above.' }],
        },
      ],
    },
  },
);
