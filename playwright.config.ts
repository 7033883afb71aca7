import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/browser.ts';

/** The browser tests drive the site built under a sub-path (`npm run test:e2e` builds it into dist-e2e/). */
export const E2E_BASE = '/guides/lync/';
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found for the browser tests: run "node scripts/ensure-browser.ts" (npm run test:e2e does).');
}
if (!findFirefox()) {
  throw new Error('No Firefox found for the browser tests: run "node scripts/ensure-browser.ts" (npm run test:e2e does).');
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
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
    // The whole suite, in Chromium (Playwright's own driver).
    { name: 'chromium', testDir: 'tests/e2e' },
    // Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer inside Playwright Test's fixtures
    // (tests/firefox/fixtures.ts): Playwright drives only its own patched Firefox. Its `page` fixture stays
    // Chromium's, for the tests that compare the two browsers' printouts.
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
