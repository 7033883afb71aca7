import { defineConfig } from 'vitest/config';
import { localeDefines } from './src/i18n/locales.ts';

export default defineConfig({
  // As in the build (astro.config.mjs): the locale table's data that browser code reads.
  define: localeDefines(),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run the content checks as a child process: allow for a 2-core machine under load.
    testTimeout: 30_000,
  },
});
