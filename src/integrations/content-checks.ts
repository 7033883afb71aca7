/**
 * Runs the content checks around Astro's own work:
 * - `astro build`: before anything is built (astro:config:setup), the content checks; any error stops the
 *   build with the full report, every problem at once. After the build (astro:build:done), the built site's
 *   links and anchors under the base path; any error fails the build.
 * - `astro dev`: the same content checks at start and again after each change under `content/`, reported
 *   in the terminal without stopping the server, so that an author sees the problems while writing (a
 *   mistake the pages cannot render still shows as Astro's error page).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkBuiltSite } from '../checks/built-site.ts';
import { formatProblem, formatSummary } from '../checks/format.ts';
import { checkContent, hasErrors, type CheckReport } from '../checks/index.ts';

export interface ContentChecksOptions {
  /** Absolute path of the guide's content folder. */
  readonly contentDir: string;
}

/** In dev, checks run this long after the last change, so that saving several files runs them once. */
const DEV_DELAY_MS = 300;

function log(report: CheckReport, logger: AstroIntegrationLogger, title?: string): void {
  for (const problem of report.problems)
    (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
  logger.info(formatSummary(report.problems, report.fileCount, title));
}

export function contentChecks({ contentDir }: ContentChecksOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        site = config.site;
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent({ contentDir });
        log(report, logger);
        if (command === 'build' && hasErrors(report)) {
          throw new Error(
            `The guide's content has errors (listed above), so nothing was built. Fix them and build again; npm run check lists them without building.`,
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => log(checkContent({ contentDir }), logger), DEV_DELAY_MS);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkBuiltSite({ dir: fileURLToPath(dir), base, site });
        log(report, logger, 'Links of the built site');
        if (hasErrors(report)) throw new Error('The built site has broken links (listed above).');
      },
    },
  };
}
