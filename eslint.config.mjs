// @ts-check
/**
 * ESLint: typescript-eslint's recommended rules everywhere, plus the one architectural rule that a
 * linter can hold better than a review: the planner (src/lib) is pure. It runs the same in the
 * browser, the CLI and the tests, so it never imports UI, browser, storage, highlighting or PKI code
 * and never touches browser globals. (src/lib/pki is the only module allowed pkijs and asn1js.)
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_BROWSER = [
  { group: ['preact', 'preact/*', '@preact/*'], message: 'The planner is pure: no UI code.' },
  {
    group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
    message: 'The planner is pure: no Astro.',
  },
  {
    group: ['nanostores', '@nanostores/*'],
    message: 'The planner is pure: stores live in src/components.',
  },
  {
    group: ['shiki', 'shiki/*', '@shikijs/*'],
    message: 'Highlighting is client code (src/components).',
  },
  { group: ['**/components/**'], message: 'src/lib never imports client code.' },
];
const PKI = [
  { group: ['pkijs', 'asn1js'], message: 'Only src/lib/pki reads certificates (pkijs, asn1js).' },
];
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
].map((name) => ({ name, message: 'The planner is pure: no browser globals.' }));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts', 'src/lib/pki/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...UI_AND_BROWSER, ...PKI] }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: ['src/lib/pki/**/*.ts'],
    ignores: ['src/lib/pki/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: UI_AND_BROWSER }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
);
