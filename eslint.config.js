// ESLint flat config. Type-aware rules from typescript-eslint, plus the layer
// boundaries of DESIGN.md §2 enforced with no-restricted-imports/-globals.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const tfjs = { group: ['@tensorflow/*'], message: 'tfjs lives only in the worker (src/training).' };

/** Callbacks, config and data are pure: they run in node, the worker and the page. */
const pureLayer = {
  paths: ['react', 'react-dom', 'idb-keyval', 'recharts'].map((name) => ({
    name,
    message: 'src/callbacks, src/config and src/data stay free of UI and storage libraries.',
  })),
  patterns: [
    tfjs,
    { group: ['react/*', 'react-dom/*'], message: 'No React in src/callbacks, src/config or src/data.' },
    { group: ['node:*'], message: 'No node built-ins: this code also runs in the browser.' },
    {
      group: ['**/ui', '**/ui/*', '**/training', '**/training/*', '**/storage', '**/storage/*', '**/export', '**/export/*'],
      message: 'src/callbacks, src/config and src/data may not import ui, training, storage or export (DESIGN.md §2).',
    },
  ],
};

/** Tests of the pure layers run only in node, so they may read fixtures with node built-ins. */
const pureLayerTests = { ...pureLayer, patterns: pureLayer.patterns.filter((pattern) => pattern.group[0] !== 'node:*') };

/** The page talks to the worker only through the protocol and its client. */
const uiLayer = {
  patterns: [
    tfjs,
    {
      // A regex, because a gitignore-style group cannot re-include files under an excluded folder.
      regex: '(^|/)training(/(?!(protocol|client)$).*)?$',
      message: 'Talk to the worker only through src/training/protocol.ts or client.ts.',
    },
  ],
};

/**
 * The worker and the CLI never reach into the page.
 * @param {string} layer
 * @param {string[]} [extra] further import patterns to forbid
 */
const noUi = (layer, extra = []) => ({
  paths: ['react', 'react-dom', 'recharts'].map((name) => ({ name, message: `No UI libraries in ${layer}.` })),
  patterns: [
    { group: ['**/ui', '**/ui/*', ...extra], message: `${layer} may not import these layers (DESIGN.md §2).` },
  ],
});

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'].map(
  (name) => ({ name, message: 'src/callbacks, src/config and src/data must not touch the DOM.' }),
);

export default defineConfig(
  globalIgnores(['dist/', '.plateau-bench/', 'node_modules/', 'playwright-report/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['src/callbacks/**', 'src/config/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': ['error', pureLayer],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/callbacks/**/*.test.ts', 'src/config/**/*.test.ts', 'src/data/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureLayerTests] },
  },
  {
    files: ['src/ui/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', uiLayer] },
  },
  {
    files: ['src/training/**'],
    rules: { 'no-restricted-imports': ['error', noUi('src/training')] },
  },
  {
    files: ['cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noUi('cli/', ['@tensorflow/*', '**/storage', '**/storage/*']),
          // The optimizer CLI runs the trainer's own optimizer, so what it proves is what trains.
          patterns: [
            ...noUi('cli/', ['@tensorflow/*', '**/storage', '**/storage/*']).patterns,
            { regex: '(^|/)training(/(?!optimizers/).*)?$', message: 'cli/ may use src/training/optimizers only (DESIGN.md §2).' },
          ],
        },
      ],
    },
  },
);
