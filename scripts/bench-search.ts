/**
 * Measures the search on the built site as a reader meets it (not part of `npm test`): serves the site
 * under its base path with scripts/serve.ts, opens a phase page in headless Chromium (a fresh profile
 * per run, so a cold cache), focuses the search field, types a query at once, and reports
 *   - the bytes fetched after the focus until the first results show (as served, and gzip-equivalent
 *     for JS/JSON, which a production server such as nginx or IIS would compress),
 *   - the time from the last keystroke to the first result in the page (includes the 150 ms debounce),
 *   - the same for a second query on the same page (warm: code and index chunks loaded),
 *   - the bytes that ticking "also search in <other language>" adds,
 *   - the size of the index on disk, per language.
 *
 *   BASE_PATH=/guides/g/ npx astro build --outDir dist-e2e
 *   BASE_PATH=/guides/g/ node scripts/bench-search.ts [dist-e2e] [--port 4332] [--runs 5] [--lang fr] [--page <slug>] [--query <text>] [--second-query <text>]
 *
 * The page and the query come from the guide the site was built from (CONTENT_DIR): by default the first
 * phase in reading order and the first command (inline code) its text shows.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { contentDir } from '../src/content-dir.ts';
import { readGuide } from '../src/content-model/site-map.ts';
import { normalizeBase } from '../src/utils/paths.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 'dist-e2e');
const port = Number(option('port', '4332'));
const runs = Number(option('runs', '5'));
const lang = option('lang', 'fr');
const BASE = normalizeBase(process.env['BASE_PATH']);
const phases = readGuide(contentDir())
  .source.phases.filter((document) => document.lang === lang)
  .sort((a, b) => Number((a.frontmatter?.data as { phase?: number } | undefined)?.phase ?? 0) - Number((b.frontmatter?.data as { phase?: number } | undefined)?.phase ?? 0));
const phase = phases.find((document) => document.slug === option('page', '')) ?? phases.find((document) => /`[A-Za-z][\w-]{3,}`/.test(document.text));
if (!phase) throw new Error(`No phase page in "${lang}" to search from: check CONTENT_DIR and --page`);
const PAGE = `${lang}/${phase.slug}/`;
const commands = [...new Set([...phase.text.matchAll(/`([A-Za-z][\w-]{3,})`/g)].map((match) => match[1]!))];
const QUERY = option('query', commands[0] ?? '');
/** The warm query: another command of the page. */
const SECOND_QUERY = option('second-query', commands[1] ?? QUERY);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function sizeOnDisk(path: string, keep: (name: string) => boolean): number {
  return readdirSync(path).reduce((total, name) => {
    const full = join(path, name);
    const stat = statSync(full);
    return total + (stat.isDirectory() ? sizeOnDisk(full, keep) : keep(name) ? stat.size : 0);
  }, 0);
}

const server = spawn(process.execPath, ['scripts/serve.ts', dir, '--port', String(port)], { env: { ...process.env, BASE_PATH: BASE }, stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 1000));
const browser = await chromium.launch({ executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS });

/** In the page: the time of the last input event and of the first result shown. */
function recordTimes(): void {
  const marks = { lastInput: 0, firstResult: 0 };
  (window as unknown as { searchBench: typeof marks }).searchBench = marks;
  document.addEventListener('input', () => {
    marks.lastInput = performance.now();
    marks.firstResult = 0;
  }, true);
  new MutationObserver(() => {
    if (!marks.firstResult && document.querySelector('.search-result')) marks.firstResult = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

interface Run {
  bytes: number;
  gzipBytes: number;
  requests: number;
  cold: number;
  warm: number;
  otherLanguageBytes: number;
  otherLanguageGzipBytes: number;
}

async function oneRun(): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordTimes);
  await page.goto(`http://localhost:${port}${BASE}${PAGE}`, { waitUntil: 'networkidle' });
  let bytes = 0;
  let gzipBytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const compressible = /\.(js|json)(\?|$)/.test(response.url());
    requests += 1;
    bytes += body.length;
    gzipBytes += compressible ? gzipSync(body, { level: 6 }).length : body.length;
  });
  const field = page.getByRole('searchbox');
  await field.focus();
  await page.keyboard.type(QUERY);
  await page.locator('.search-result').first().waitFor();
  const cold = await page.evaluate(() => {
    const marks = (window as unknown as { searchBench: { lastInput: number; firstResult: number } }).searchBench;
    return marks.firstResult - marks.lastInput;
  });
  await page.waitForLoadState('networkidle');
  const counted = { bytes, gzipBytes, requests };
  await field.fill('');
  await page.keyboard.type(SECOND_QUERY);
  await page.waitForFunction(() => (window as unknown as { searchBench: { firstResult: number } }).searchBench.firstResult > 0);
  const warm = await page.evaluate(() => {
    const marks = (window as unknown as { searchBench: { lastInput: number; firstResult: number } }).searchBench;
    return marks.firstResult - marks.lastInput;
  });
  await page.waitForLoadState('networkidle');
  const beforeMerge = { bytes, gzipBytes };
  await page.locator('site-search').getByRole('checkbox').check();
  await page.locator('.search-result-lang').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ...counted, cold, warm, otherLanguageBytes: bytes - beforeMerge.bytes, otherLanguageGzipBytes: gzipBytes - beforeMerge.gzipBytes };
}

try {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await oneRun());
  const bundle = join(dir, 'pagefind');
  const perLanguage = ['fr', 'en'].map((code) => {
    const data = sizeOnDisk(bundle, (name) => name.startsWith(`${code}_`) || name.startsWith(`pagefind.${code}_`));
    const wasm = sizeOnDisk(bundle, (name) => name === `wasm.${code}.pagefind`);
    return `${code}: ${data} B of index (words, filters, fragments, meta) + ${wasm} B of WebAssembly`;
  });
  console.log(`Search for "${QUERY}" on ${PAGE} (${runs} cold runs, Chromium headless, localhost)`);
  console.table(results.map((run) => ({ ...run, cold: Math.round(run.cold), warm: Math.round(run.warm) })));
  console.log(`median bytes after focus: ${median(results.map((run) => run.bytes))} B as served, ${median(results.map((run) => run.gzipBytes))} B with gzip for JS/JSON`);
  console.log(`median last keystroke → first result: cold ${Math.round(median(results.map((run) => run.cold)))} ms, warm ${Math.round(median(results.map((run) => run.warm)))} ms`);
  console.log(`median bytes added by the other language: ${median(results.map((run) => run.otherLanguageBytes))} B as served, ${median(results.map((run) => run.otherLanguageGzipBytes))} B with gzip for JS/JSON`);
  console.log(`index on disk: ${perLanguage.join('; ')}; whole bundle ${sizeOnDisk(bundle, () => true)} B`);
} finally {
  await browser.close();
  server.kill();
}
