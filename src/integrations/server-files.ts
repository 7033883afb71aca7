/**
 * Writes the server files at the root of every production build, once every file is there (after the
 * search index): `web.config` (IIS), `.htaccess` (Apache httpd) and `nginx.conf` (an nginx snippet), all
 * three from one hosting policy (src/hosting/hosting-policy.ts) for the build's base path and files, so
 * that the built folder runs as it is copied, whichever the server. Also `team.json` (team runs shared over
 * WebDAV, src/components/team/): off unless the build's TEAM_FOLDER names a folder; editable after
 * deployment. A `team.json` the content ships in `public/` is kept as it is.
 */
import { access, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apacheHtaccess } from '../hosting/apache-htaccess.ts';
import { hostingPolicy, SERVER_FILES } from '../hosting/hosting-policy.ts';
import { iisWebConfig } from '../hosting/iis-web-config.ts';
import { nginxConf } from '../hosting/nginx-conf.ts';
import { readTeamConfig, TEAM_FILE, teamConfigText } from '../components/team/team-config.ts';

export { SERVER_FILES };

export function serverFilesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'runbook:server-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const teamFile = join(site, TEAM_FILE);
        const shipped = await access(teamFile).then(
          () => true,
          () => false,
        );
        if (!shipped) {
          const text = teamConfigText(process.env['TEAM_FOLDER'] ?? '');
          const config = readTeamConfig(text, 'TEAM_FOLDER');
          if (config.kind === 'invalid') throw new Error(config.message);
          await writeFile(teamFile, text);
        }
        const entries = await readdir(site, { recursive: true, withFileTypes: true });
        const files = entries
          .filter((entry) => entry.isFile())
          .map((entry) => relative(site, join(entry.parentPath, entry.name)));
        const policy = hostingPolicy(base, files);
        const written: Record<(typeof SERVER_FILES)[number], string> = {
          'web.config': iisWebConfig(policy),
          '.htaccess': apacheHtaccess(policy),
          'nginx.conf': nginxConf(policy),
        };
        for (const [name, text] of Object.entries(written)) await writeFile(join(site, name), text);
        logger.info(`Server files written for ${base}: ${SERVER_FILES.join(', ')}`);
      },
    },
  };
}
