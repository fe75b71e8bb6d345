// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layer rule: who may import whom (see docs/architecture.md). */
const sharedMayNotImport = {
  patterns: [
    { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'i18next', 'react-i18next'], message: 'shared/ is pure: no UI libraries.' },
    { group: ['electron', 'electron/*'], message: 'shared/ never imports Electron.' },
    { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ imports nothing outside shared/.' },
  ],
  paths: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer'].map((name) => ({
    name,
    message: 'shared/ is pure: no Node built-ins.',
  })),
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'dist-web/', 'dist-bench/', 'dist-cli/', 'release/', 'test-results/', 'playwright-report/', 'bench/results/', '.test-reports/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', sharedMayNotImport], 'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron; use renderer/src/platform.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'The renderer imports only shared/ and itself.' },
            { group: ['node:*'], message: 'The renderer runs in a browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/cli/**'], message: 'electron/ imports only shared/ and itself.' }] }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom'], message: 'cli/ imports only shared/.' }] },
      ],
    },
  },
);
