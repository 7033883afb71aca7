/**
 * Writes `web.config` at the root of every production build, once every file is there (after the search
 * index), so that the built folder runs on IIS as it is copied. Other servers ignore the file.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { iisWebConfig } from '../hosting/iis-web-config.ts';

export const IIS_CONFIG_FILE = 'web.config';

export function iisConfigIntegration(): AstroIntegration {
  return {
    name: 'runbook:iis-config',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = await readdir(site, { recursive: true, withFileTypes: true });
        // web.config itself (from an earlier build) is never served: IIS refuses requests for .config files.
        const files = entries.filter((entry) => entry.isFile() && entry.name !== IIS_CONFIG_FILE).map((entry) => entry.name);
        await writeFile(new URL(IIS_CONFIG_FILE, dir), iisWebConfig(files));
        logger.info(`${IIS_CONFIG_FILE} written for IIS`);
      },
    },
  };
}
