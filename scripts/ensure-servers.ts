/**
 * Makes sure the browser tests have the real web servers the site is tested behind: Apache httpd and nginx.
 * When one is missing and this runs as root on Debian or Ubuntu, installs Debian's packages (their
 * services are not started: the tests run their own instances). Otherwise it fails with what to do: the
 * server-backed tests are never skipped silently.
 */
import { aptInstall, canInstall } from './apt.ts';
import { findServer, PACKAGES, type ServerKind } from './web-servers.ts';

const kinds: ServerKind[] = ['apache', 'nginx'];
let missing = kinds.filter((kind) => !findServer(kind));
if (missing.length > 0 && canInstall()) {
  const packages = missing.map((kind) => PACKAGES[kind]);
  console.log(`Installing Debian's ${packages.join(' and ')} for the server-backed browser tests...`);
  aptInstall(packages, { noServices: true });
  missing = kinds.filter((kind) => !findServer(kind));
}
if (missing.length > 0) {
  console.error(
    `The browser tests run the site behind real web servers, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
      `  Install Debian's packages as root: apt-get install ${missing.map((kind) => PACKAGES[kind]).join(' ')}`,
  );
  process.exit(1);
}
console.log(`Server-backed tests will use ${kinds.map((kind) => findServer(kind)).join(' and ')}`);
