/**
 * Makes sure the browser tests have a Chromium. When none is found and this runs as root on Debian or
 * Ubuntu, installs the distribution's `chromium` package (Playwright's own download is not reachable
 * everywhere). Otherwise it fails with what to do: browser tests are never skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './browser.ts';

function install(): void {
  const run = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log('No Chromium found: installing Debian\'s "chromium" package for the browser tests...');
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
}

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt: boolean;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    install();
    path = findChromium();
  }
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
