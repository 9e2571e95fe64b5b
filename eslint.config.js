// Lint rules, including the architecture's walls as per-folder import restrictions.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserApis = [
  { name: 'wxt/browser', message: 'core/ and page/ use no extension APIs.' },
  { name: 'webextension-polyfill', message: 'core/ and page/ use no extension APIs.' },
  { name: 'dexie', message: 'Only db/ opens the database.' },
];
const browserApiPatterns = [
  { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'core/ and page/ import no WXT code.' },
  { group: ['**/db', '**/db/*', '**/messaging/*', '**/platform/*'], message: 'This folder is below that layer.' },
  { group: ['**/entrypoints/*', '**/components/*'], message: 'Libraries do not import the UI.' },
];
const noDb = {
  paths: [{ name: 'dexie', message: 'A content script never opens Dexie: ask the background by message.' }],
  patterns: [
    { group: ['**/db', '**/db/*'], message: 'A content script never imports db/: ask the background by message.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis, patterns: browserApiPatterns }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'chrome', 'browser', 'indexedDB', 'navigator', 'localStorage', 'DOMParser'].map(
          (name) => ({ name, message: 'core/ is pure TypeScript: no DOM or browser globals.' }),
        ),
      ],
    },
  },
  {
    files: ['page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis, patterns: browserApiPatterns }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'page/ uses no extension APIs.' },
        { name: 'browser', message: 'page/ uses no extension APIs.' },
        { name: 'indexedDB', message: 'page/ never opens a database.' },
      ],
    },
  },
  {
    files: ['entrypoints/content/**/*.{ts,tsx}', 'entrypoints/*.content.{ts,tsx}', 'entrypoints/bootstrap.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', noDb],
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'A content script never opens IndexedDB.' }],
    },
  },
  {
    files: ['messaging/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'messaging/ is shared with content scripts.' }], patterns: noDb.patterns },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'db/**/*.ts', 'platform/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
