/**
 * Builds the search index after every production build (`astro build`, hence `npm run build` too), with
 * Pagefind's Node API: one index per language, found from each page's `<html lang>` (French stemming for
 * French pages). Only what pages mark with `data-pagefind-body` is indexed (the phase documents); inside
 * it, the selectors below are skipped because their words would pollute excerpts without helping anyone
 * find a step.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Parts of an indexed page that are chrome, not content: code-block bars (language, copy button), heading
 * anchors, the "at a glance" block, the role and time of checklist steps (the role is a filter instead).
 */
export const EXCLUDED_SELECTORS = ['.code-block-bar', '.heading-anchor', '.phase-meta', '.checklist-meta'];

/** The search bundle's folder in the build output; the search UI loads `<base>pagefind/pagefind.js`. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, always written, never loaded here (the site has its own small UI
 * over `pagefind.js`): removed so that nobody deploys ~430 kB of unused files.
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The pages indexed per language, from the bundle's `pagefind-entry.json`. */
async function indexedPages(bundle: string): Promise<[string, number][]> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.entries(entry.languages ?? {})
    .map(([lang, index]): [string, number] => [lang, index.page_count ?? 0])
    .filter(([, count]) => count > 0);
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'runbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no HTML page in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, BUNDLE_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_FILES.map((file) => rm(join(site, BUNDLE_DIR, file), { force: true })));
          const indexed = await indexedPages(join(site, BUNDLE_DIR));
          if (indexed.length === 0) {
            throw new Error('Pagefind indexed no page: the phase pages must mark their content with data-pagefind-body');
          }
          const summary = indexed.map(([lang, count]) => `${lang}: ${count} pages`).join(', ');
          logger.info(`search index written to ${BUNDLE_DIR}/ (${summary}) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
