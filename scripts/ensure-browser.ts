/**
 * Makes sure the browser tests have a Chromium. When none is found and this runs as root on Debian or
 * Ubuntu, installs the distribution's `chromium` package (Playwright's own download is not reachable
 * everywhere). Otherwise it fails with what to do: browser tests are never skipped silently.
 */
import { aptInstall, canInstall } from './apt.ts';
import { findChromium } from './browser.ts';

let path = findChromium();
if (!path && canInstall()) {
  console.log('No Chromium found: installing Debian\'s "chromium" package for the browser tests...');
  aptInstall(['chromium', 'fonts-dejavu-core']);
  path = findChromium();
}

if (!path) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      '  - run "npx playwright install chromium", or\n' +
      '  - install a system Chromium (Debian/Ubuntu: "apt-get install chromium"), or\n' +
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
