/**
 * Installs Debian packages a test needs, when they are missing and the tests run as root on Debian or
 * Ubuntu (as on CI): `apt-get update`, then `apt-get install --no-install-recommends`. Used by
 * ensure-browser.ts and ensure-servers.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** True when this process may install packages: root, with apt-get. */
export function canInstall(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return isRoot;
  } catch {
    return false;
  }
}

/** `/usr/sbin/policy-rc.d`, which tells Debian's maintainer scripts not to start services. */
const POLICY_RC = '/usr/sbin/policy-rc.d';

/**
 * Installs the packages. Server packages are installed without starting their services (a temporary
 * policy-rc.d says "no" while apt runs): the tests start their own instances on free ports, and nginx's
 * service would fail to start beside Apache's on port 80, which fails the installation.
 */
export function aptInstall(packages: readonly string[], options: { noServices?: boolean } = {}): void {
  const run = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const ownPolicy = options.noServices === true && !existsSync(POLICY_RC);
  if (ownPolicy)
    writeFileSync(
      POLICY_RC,
      "#!/bin/sh\n# Written by the guide's test scripts while apt-get runs: services are not started.\nexit 101\n",
      { mode: 0o755 },
    );
  try {
    run(['update', '-qq']);
    run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } finally {
    if (ownPolicy) rmSync(POLICY_RC, { force: true });
  }
}
