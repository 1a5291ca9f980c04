// Lint rules, including the architecture's import directions:
// renderer -> contract <- main/services -> db; only main/ (outside services/, handler-process/, browser-host/) and preload/ may import electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: 'Only main/ (outside services/, handler-process/ and browser-host/) and preload/ may import electron.' };
const pattern = (group, message) => ({ group, message });
// The database is encrypted at rest: the plain driver would open (or create) an unencrypted file.
const plainSqlite = { name: 'better-sqlite3', message: 'Use better-sqlite3-multiple-ciphers, through db/connection.ts (the database is encrypted).' };
const sqlite = 'better-sqlite3-multiple-ciphers';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'no-restricted-imports': ['error', { paths: [plainSqlite] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, plainSqlite, { name: sqlite, message: 'The renderer reaches data only through the contract.' }],
          patterns: [
            pattern(['**/db/**', '**/db', '../../../db/*'], 'The renderer never imports db/.'),
            pattern(['**/main/**', '../../../main/*'], 'The renderer never imports main/.'),
            pattern(['node:*'], 'The renderer runs in a sandbox without Node.'),
          ],
        },
      ],
    },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, plainSqlite, { name: sqlite, message: 'The contract is shared with the renderer.' }],
          patterns: [
            pattern(['**/db/**', '**/main/**', '**/renderer/**', '**/preload/**'], 'The contract imports nothing of ours but itself and locales.'),
            pattern(['node:*'], 'The contract is shared with the renderer: no Node modules.'),
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, plainSqlite],
          patterns: [pattern(['**/main/**', '**/renderer/**', '**/preload/**'], 'db/ is below main/services: it imports only contract/.')],
        },
      ],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/handler-process/**/*.ts', 'main/browser-host/**/*.ts', 'main/security/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, plainSqlite],
          patterns: [pattern(['**/renderer/**', '**/preload/**'], 'Services never import the renderer or preload.')],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [plainSqlite], patterns: [pattern(['**/db/**', '**/main/**', '**/renderer/**'], 'The preload is built from the contract only.')] },
      ],
    },
  },
);
