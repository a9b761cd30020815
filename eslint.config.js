import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The architecture of SPEC.md §8, as import rules. tests/architecture proves each rule fires.
const OUTSIDE_SHARED = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure TypeScript: no React.' },
  {
    group: ['dexie', 'dexie-*'],
    message: 'shared/ is pure TypeScript: no Dexie; data access lives in renderer/src/db.',
  },
  { group: ['zustand', 'zustand/*', 'wouter', 'wouter/*'], message: 'shared/ is pure TypeScript: no UI libraries.' },
  { group: ['electron', 'electron/*'], message: 'shared/ is pure TypeScript: no Electron.' },
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream'],
    message: 'shared/ is pure TypeScript: no Node APIs.',
  },
  {
    group: ['**/renderer/**', '**/electron/**', '@renderer/*'],
    message: 'shared/ must not depend on renderer/ or electron/.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', '.test-output'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: OUTSIDE_SHARED }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', '**/electron/**'],
              message: 'renderer/ reaches the OS only through the platform module and the typed bridge in shared/ipc.',
            },
            {
              group: ['**/db/tables/**', '@renderer/db/tables/*'],
              message: 'Components and hooks reach data only through repositories (renderer/src/db/*-repository.ts).',
            },
            {
              group: ['dexie'],
              message:
                'Only the table layer (renderer/src/db/tables) uses Dexie; components and hooks call repository functions and dexie-react-hooks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    ignores: ['renderer/src/db/tables/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ never imports electron/.' },
            {
              group: ['**/tables/schema', 'dexie'],
              message:
                'Repositories read and write through the table layer (renderer/src/db/tables), the one place with codecs and the change feed.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/tables/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '@renderer/*'],
              message: 'electron/ holds OS access only and never imports renderer/.',
            },
          ],
        },
      ],
    },
  },
);
