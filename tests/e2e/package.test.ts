/** `npm run package`: the hosting archive of the built site, named for the guide, its version and its base path. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { E2E_BASE } from '../../playwright.config.ts';
import { contentDir } from '../../src/content-dir.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'dist-e2e');

test('npm run package writes runbook-<guide>-<version>-<base path>.zip with the site, its server files and HOSTING.txt, and its .sha256', () => {
  const out = mkdtempSync(join(tmpdir(), 'runbook-package-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/package.ts', SITE, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const guide = parse(readFileSync(join(contentDir(), 'guide.yaml'), 'utf8')) as { name: string; version: string };
    const name = `runbook-${guide.name}-${guide.version}-${E2E_BASE.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;
    expect(readdirSync(out).sort()).toEqual([`${name}.zip`, `${name}.zip.sha256`]);

    const zip = readFileSync(join(out, `${name}.zip`));
    expect(readFileSync(join(out, `${name}.zip.sha256`), 'utf8')).toBe(
      `${createHash('sha256').update(zip).digest('hex')}  ${name}.zip\n`,
    );

    const entries = unzipSync(new Uint8Array(zip));
    const built = readdirSync(SITE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${name}/site/${relative(SITE, join(entry.parentPath, entry.name)).replaceAll('\\', '/')}`);
    expect(Object.keys(entries).sort()).toEqual([...built, `${name}/HOSTING.txt`].sort());
    for (const server of ['web.config', '.htaccess', 'nginx.conf']) {
      expect(Buffer.from(entries[`${name}/site/${server}`]!).equals(readFileSync(join(SITE, server))), server).toBe(
        true,
      );
    }

    const hosting = new TextDecoder().decode(entries[`${name}/HOSTING.txt`]);
    for (const text of [
      'Héberger le guide',
      'Hosting the guide',
      'web.config',
      '.htaccess',
      'nginx.conf',
      `${E2E_BASE}404.html`,
      `location ${E2E_BASE} {`,
      guide.version,
    ]) {
      expect(hosting, text).toContain(text);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('npm run package refuses a folder that holds no built site, saying what to do', () => {
  const empty = mkdtempSync(join(tmpdir(), 'runbook-empty-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/package.ts', empty, '--out', empty], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('run "npm run build" first');
    expect(readdirSync(empty)).toEqual([]);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
