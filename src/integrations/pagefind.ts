/**
 * Builds the search index after every production build (`astro build`, hence `npm run build` too), with
 * Pagefind's Node API: one index per language, found from each page's `<html lang>` (French stemming for
 * French pages). Only what pages mark with `data-pagefind-body` is indexed (the phase documents); inside
 * it, the selectors below are skipped because their words would pollute excerpts without helping anyone
 * find a step. Pages are read and handed to Pagefind one by one (rather than with `addDirectory`) so
 * that French elisions can be indexed by their parts (see index-content.ts).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { INDEXED_MARK, pageUrl, prepareForIndex } from './index-content.ts';

/**
 * Parts of an indexed page that are chrome, not content: they would only fill excerpts. The "Phase 4"
 * label above the title (the title says it), the "at a glance" block, code-block bars (language name,
 * copy button), heading anchors, the role and time of checklist steps (the role is a filter), their
 * "Check:" label and "not applicable" button, and the progress controls and notices (interface text, the
 * same on every page).
 */
export const EXCLUDED_SELECTORS = [
  '.phase-header .eyebrow',
  '.phase-meta',
  '.phase-progress',
  '.translation-notice',
  '.code-block-bar',
  '.heading-anchor',
  '.checklist-meta',
  '.checklist-verify-label',
  '.checklist-when-label',
  '.checklist-skip',
];

/** The search bundle's folder in the build output; the search UI loads `<base>pagefind/pagefind.js`. */
const BUNDLE_DIR = 'pagefind';

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

/** The HTML files of the build, relative to its folder. */
async function builtPages(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .sort();
}

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
          for (const file of await builtPages(site)) {
            const html = await readFile(join(site, file), 'utf8');
            if (!html.includes(INDEXED_MARK)) continue;
            const added = await index.addHTMLFile({ url: pageUrl(file), content: prepareForIndex(html) });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, BUNDLE_DIR) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_FILES.map((file) => rm(join(site, BUNDLE_DIR, file), { force: true })));
          const indexed = await indexedPages(join(site, BUNDLE_DIR));
          if (indexed.length === 0) {
            throw new Error(
              'Pagefind indexed no page: the phase pages must mark their content with data-pagefind-body',
            );
          }
          const summary = indexed.map(([lang, count]) => `${lang}: ${count} pages`).join(', ');
          logger.info(
            `search index written to ${BUNDLE_DIR}/ (${summary}) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
