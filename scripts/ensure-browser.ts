/**
 * Makes sure the browser tests have their two browsers: a Chromium, and Firefox (Debian's Firefox ESR,
 * driven over WebDriver BiDi). When one is missing and this runs as root on Debian or Ubuntu, installs the
 * distribution's `chromium` or `firefox-esr` package (Playwright's own downloads are not reachable
 * everywhere, and its Firefox is a patched build). Otherwise it fails with what to do: browser tests are
 * never skipped silently.
 */
import { aptInstall, canInstall } from './apt.ts';
import { findChromium, findFirefox } from './browser.ts';

let path = findChromium();
let firefox = findFirefox();
const packages = [...(path ? [] : ['chromium']), ...(firefox ? [] : ['firefox-esr'])];
if (packages.length > 0 && canInstall()) {
  console.log(`Installing Debian's ${packages.map((name) => `"${name}"`).join(' and ')} for the browser tests...`);
  aptInstall([...packages, 'fonts-dejavu-core']);
  path = findChromium();
  firefox = findFirefox();
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
if (!firefox) {
  console.error(
    'The browser tests need Firefox and none was found.\n' +
      '  - install Firefox ESR (Debian: "apt-get install firefox-esr"), or\n' +
      '  - set FIREFOX_PATH to a Firefox executable (a stock Firefox: the tests drive it over WebDriver BiDi).',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path} and ${firefox}`);
