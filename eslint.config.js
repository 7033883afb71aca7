// @ts-check
/**
 * ESLint, as the Astro ecosystem configures it (flat config): JavaScript's and typescript-eslint's
 * recommended rules, eslint-plugin-astro's for components, browser or Node globals by where code runs.
 * Formatting is Prettier's job (package.json "prettier"), not ESLint's. Run: npm run lint.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/**/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter a callback must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/client/**', 'src/components/**/client/**', 'src/**/*.astro', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
