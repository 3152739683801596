import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// Which environment each file runs in decides what it may use. The import rules between the
// parts (shared imports nothing of Node, Electron or the DOM; only src/main/shell and
// src/preload import electron; src/core is plain Node and imports no process code; the cli
// imports nothing of main; the renderer never imports main) are enforced by dependency-cruiser
// (.dependency-cruiser.cjs); here they are repeated as lint errors so an editor flags them as
// they are typed.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'events', 'stream', 'util', 'buffer'];

export default tseslint.config(
  // src/shared/i18n/paraglide is generated from the catalogues (scripts/i18n-compile.mjs).
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**', 'test-results/**', 'src/shared/i18n/paraglide/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // The type-aware rules on the code that ships: a promise nobody awaits or hands on, a promise
  // where a plain callback is expected, an unsafe any. (Tests are left to the plain rules: their
  // fixtures are loose on purpose, and the type-aware pass over them would double the lint time.)
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/testing/**', 'src/shared/i18n/paraglide/**'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // IPC handlers and CLI command runs are async by contract (the IPC table, the command
      // table), whether or not a given one awaits anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // In tests, a promise nobody awaits is an assertion that never runs (an `expect(…).rejects`
  // left floating passes whatever happens): the two promise rules hold there too.
  {
    files: ['src/**/*.test.ts', 'src/**/testing/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  { files: ['src/main/**', 'src/core/**', 'src/cli/**', 'src/preload/**', 'scripts/**', 'tests/**', 'bench/**', '*.config.*', 'bin/**'], languageOptions: { globals: globals.node } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['src/renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...nodeBuiltins, 'electron', 'electron/*', '../main/*', '../renderer/*', '../preload/*'], message: 'src/shared is pure: no Node, Electron, DOM or process-specific imports.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only src/main/shell and src/preload import 'electron'." }] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/core is the headless engine: plain Node, no Electron.' },
          ],
          patterns: [{ group: ['**/main/**', '**/cli/**', '**/renderer/**', '**/preload/**'], message: 'src/core is used by main and the cli, and imports neither.' }],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: "Only src/main/shell and src/preload import 'electron'." }],
          patterns: [{ group: ['**/main/**'], message: 'The vps command runs over src/core, without the Electron main process.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', 'electron', 'node:*'], message: 'The renderer talks to window.vps only.' }] }] },
  },
);
