import { defineConfig } from 'vitest/config';
import { localeDefines } from './src/i18n/locales.ts';

export default defineConfig({
  // As in the build (astro.config.mjs): the locale table's data that browser code reads.
  define: localeDefines(),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
