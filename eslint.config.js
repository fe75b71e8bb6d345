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
    { group: ['**/test-support/**'], message: 'Test helpers live in test-support/; only tests, bench and scripts import them.' },
  ],
  paths: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer'].map((name) => ({
    name,
    message: 'shared/ is pure: no Node built-ins.',
  })),
};

/** Options for no-restricted-imports in shared/: the purity patterns plus a folder's layer pattern. */
function restrictShared(...extra) {
  return { ...sharedMayNotImport, patterns: [...sharedMayNotImport.patterns, ...extra] };
}
/**
 * shared/ layers (issue 19): look/ (boxes, colours, marks) ← layout/ ← export/. look/ imports the
 * model and the shared words only; layout/ imports the model and look/; neither imports export/.
 */
const lookMayImport = { regex: '^\\.\\./(?!model/|i18n/words$)', message: 'shared/look/ is the bottom layer: it imports only model/ and i18n/words.' };
const layoutMayImport = { regex: '^\\.\\./(?!model/|look/)', message: 'shared/layout/ imports only model/ and look/ (export/ draws on layout, not the reverse).' };
/** model/ is the core: it imports nothing outside itself. analysis/ reads the model only. */
const modelMayImport = { regex: '^\\.\\./', message: 'shared/model/ is the core: it imports nothing outside model/.' };
const analysisMayImport = { regex: '^\\.\\./(?!model/)', message: 'shared/analysis/ imports only model/ (words live in i18n/, which reads the analysis, not the reverse).' };

/** The renderer's base rule; each renderer file set adds its layer patterns (see restrictRenderer). */
const rendererMayNotImport = [
  { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron; use renderer/src/platform.' },
  { group: ['**/electron/**', '**/cli/**'], message: 'The renderer imports only shared/ and itself.' },
  { group: ['node:*'], message: 'The renderer runs in a browser too: no Node built-ins.' },
];
/** app/ is the shell: only main.tsx imports it. */
const featuresMayNotImportApp = { regex: '^(\\.\\./)+app(/|$)', message: 'Features never import app/; put shared pieces in ui/.' };
/**
 * ui/, store/, platform/ and i18n/ import no feature folder. The three edges that exist today are
 * listed by module so no new one slips in (platform reads stored settings and the browser's
 * recovery store; the hint toast formats a refusal).
 */
const infrastructureMayNotImportFeatures = {
  regex: '^\\.\\./(?!\\.\\./|store(/|$)|i18n(/|$)|platform(/|$)|ui/|settings/settings$|recovery/browserStore$|canvas/refusal$)',
  message: 'ui/, store/, platform/ and i18n/ are infrastructure: they import no feature folder.',
};
/** Options for no-restricted-imports: the renderer's base patterns plus a file set's own. */
function restrictRenderer(...extra) {
  return { patterns: [...rendererMayNotImport, ...extra] };
}

// Main process and preload layers (issue 19 §4). Same gotcha as the renderer's: each file set gets
// exactly one no-restricted-imports object, built by restrictMain from the base pattern.
const electronMayNotImport = { group: ['**/renderer/**', '**/cli/**'], message: 'electron/ imports only shared/ and itself.' };
/** electron/main's infrastructure: imports no feature module, only shared/ and each other. */
const MAIN_INFRASTRUCTURE = ['ipc', 'log', 'fs', 'csp', 'links'];
/**
 * The feature → feature edges that exist today, listed so no new one slips in: export borrows the
 * dialog type, launch the document extension and recent the reader of documents.ts; the window
 * loads the app:// entry of protocol.ts. Every other feature imports only infrastructure.
 */
const MAIN_FEATURE_EDGES = { export: ['documents'], launch: ['documents'], recent: ['documents'], window: ['protocol'] };
/**
 * Options for a main-process module that may import the infrastructure and `features` (sibling
 * modules). The infrastructure modules themselves get `restrictMain([])`: they import no feature.
 */
function restrictMain(features) {
  const allowed = [...MAIN_INFRASTRUCTURE, ...features].join('|');
  return {
    patterns: [
      electronMayNotImport,
      { regex: '^\\./index(\\.[jt]s)?$', message: 'Nothing imports the composition root electron/main/index.ts; it imports the features.' },
      {
        regex: `^\\./(?!index(\\.[jt]s)?$)(?!(?:${allowed})(\\.[jt]s)?$)`,
        message: `This module may import only the main-process infrastructure (${MAIN_INFRASTRUCTURE.join(', ')})${features.length ? ` and ${features.join(', ')}` : ''}; a new feature edge goes in MAIN_FEATURE_EDGES (eslint.config.js).`,
      },
    ],
  };
}
/** The main-process modules that are not tests, helpers of tests, or the composition root. */
const MAIN_NOT_LAYERED = ['electron/main/index.ts', 'electron/main/**/*.test.ts', 'electron/main/testing/**'];

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
  // One object per shared layer: a later object's no-restricted-imports options replace, not
  // merge, the earlier ones, so each is built with restrictShared from the purity patterns.
  ...[
    ['model', modelMayImport],
    ['analysis', analysisMayImport],
    ['look', lookMayImport],
    ['layout', layoutMayImport],
  ].map(([layer, mayImport]) => ({
    files: [`shared/${layer}/**/*.ts`],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', restrictShared(mayImport)] },
  })),
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', restrictRenderer()],
    },
  },
  // Renderer layers (issue 19). Flat config replaces, not merges, a later object's
  // no-restricted-imports options, so every file set gets exactly one of these objects, each built
  // with restrictRenderer from the base patterns above.
  {
    files: ['renderer/src/*/**/*.{ts,tsx}'],
    ignores: ['renderer/src/{app,ui,store,platform,i18n}/**'],
    rules: { 'no-restricted-imports': ['error', restrictRenderer(featuresMayNotImportApp)] },
  },
  {
    files: ['renderer/src/{ui,store,platform,i18n}/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', restrictRenderer(featuresMayNotImportApp, infrastructureMayNotImportFeatures)] },
  },
  {
    files: ['renderer/src/{ui,store,platform,i18n}/*/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', restrictRenderer(featuresMayNotImportApp, { ...infrastructureMayNotImportFeatures, regex: '^\\.\\./\\.\\./(?!\\.\\./|store(/|$)|i18n(/|$)|platform(/|$)|ui/)' })] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronMayNotImport] }],
    },
  },
  // Main-process layers: infrastructure imports no feature; features import infrastructure and only
  // the edges listed in MAIN_FEATURE_EDGES; nothing imports index.ts. One object per file set.
  {
    files: ['electron/main/*.ts'],
    ignores: [...MAIN_NOT_LAYERED, ...Object.keys(MAIN_FEATURE_EDGES).map((name) => `electron/main/${name}.ts`)],
    rules: { 'no-restricted-imports': ['error', restrictMain([])] },
  },
  ...Object.entries(MAIN_FEATURE_EDGES).map(([name, features]) => ({
    files: [`electron/main/${name}.ts`],
    rules: { 'no-restricted-imports': ['error', restrictMain(features)] },
  })),
  // The preload runs sandboxed: `electron` and the contract, nothing else (no Node, no main module).
  {
    files: ['electron/preload/*.ts'],
    ignores: ['electron/preload/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc(\\.[jt]s)?$)', message: 'The preload imports only `electron` and shared/ipc.ts.' }] },
      ],
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
