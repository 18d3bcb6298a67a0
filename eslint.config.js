// Lint TypeScript and JavaScript with the recommended rules of ESLint and typescript-eslint.
// .astro files are checked by `astro check` (types) and Prettier (format).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.stryker-tmp*/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/offline/sw.js'], languageOptions: { globals: globals.serviceworker } },
  {
    // A stray test.only / describe.only silently drops every other test of a run; the test runs refuse
    // it too (Vitest --allowOnly=false, Playwright --forbid-only), this says so before anything runs.
    files: ['tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'only', message: 'A focused test (.only) drops every other test from the run; remove it.' },
      ],
    },
  },
);
