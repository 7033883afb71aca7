import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/browser.ts';
import { contentDir, DEFAULT_CONTENT_DIR } from './src/content-dir.ts';

/**
 * The browser tests drive the site built into dist-e2e/ under a sub-path, from the guide CONTENT_DIR names
 * (`npm run test:e2e` builds and tests the two guides in turn):
 * - project `engine` (tests/e2e/*.test.ts): the engine's behaviour, true of any guide; they read what they
 *   need from the guide's model or the built site. `npm test` runs them on the example guide.
 * - project `guide` (tests/e2e/guide/): the project's own guide's content (its slugs, search terms, phases);
 *   run only when the site is built from content/.
 */
export const OWN_GUIDE = contentDir() === resolve(DEFAULT_CONTENT_DIR);
/** The base path the site under test is built for (`npm run test:e2e` passes the same as BASE_PATH). */
export const E2E_BASE = OWN_GUIDE ? '/guides/lync/' : '/guides/example/';
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found for the browser tests: run "node scripts/ensure-browser.ts" (npm run test:e2e does).',
  );
}
if (!findFirefox()) {
  throw new Error(
    'No Firefox found for the browser tests: run "node scripts/ensure-browser.ts" (npm run test:e2e does).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  // One retry absorbs a moment of a loaded 2-core machine; a test that passes only on its retry is listed as
  // flaky at the end of the run, and is a defect to fix (its wait, or the race it found).
  retries: 1,
  workers: 2,
  reporter: [['list']],
  // CI machines have 2 cores shared by the build, the server and two browsers: allow for slow moments.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}${E2E_BASE}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'engine', testIgnore: 'guide/**' },
    // The own guide's content tests cannot pass on another guide: with CONTENT_DIR set, they are not listed.
    // The markup and French typography checks run on both guides' pages.
    {
      name: 'guide',
      testMatch: OWN_GUIDE ? ['guide/**/*.test.ts', 'markup.test.ts', 'french-typography.test.ts'] : /^$/,
    },
    // Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer inside Playwright Test's fixtures
    // (tests/firefox/fixtures.ts): Playwright drives only its own patched Firefox. These tests read what they
    // need from the built site, so they run on both guides. Their `page` fixture stays Chromium's, for the
    // tests that compare the two browsers' printouts.
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
  webServer: {
    command: `node scripts/serve.ts dist-e2e --port ${PORT}`,
    env: { BASE_PATH: E2E_BASE },
    url: `http://localhost:${PORT}${E2E_BASE}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
