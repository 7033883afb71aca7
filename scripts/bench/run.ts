/**
 * `npm run bench`: the project's benchmark (not part of `npm test`; speed is measured, never asserted).
 *
 * 1. Build cost: writes synthetic guides (synthetic-guide.ts) of several sizes in a temporary folder, checks
 *    them with the content checks, and builds each with the engine (CONTENT_DIR) and, in the same run, as a
 *    plain Astro + MDX site of the same documents (plain-site.ts). Each build runs in its own process
 *    (measure-build.ts): wall time and peak memory. Reports the cost of each extra phase, and the engine's
 *    against the plain site's, and the weight of one phase page as the guide grows.
 * 2. The reader's side, in headless Chromium on the guide of CONTENT_DIR (default content/) built under
 *    /guides/runbook/ and served by scripts/serve.ts: requests and gzip bytes per page type, first paint,
 *    search latency cold and warm in both languages, checklist restore with 1,000 marks (browser.ts).
 * 3. Team runs: 50 writers' files × 280 steps read and merged with the local run (team-merge.ts; target
 *    under 200 ms).
 *
 * Prints tables and writes every figure as JSON (--json <file>, default runbook-bench-results.json in the
 * system's temporary folder). Machine, Node, CPU and load are recorded with them.
 *
 *   npm run bench                    guides of 9 and 100 phases, 5 browser runs
 *   npm run bench -- --quick         guides of 9 and 30 phases, 3 browser runs (a few minutes)
 *   npm run bench -- --sizes 9,100,300 --build-runs 3 --runs 7 --json bench.json
 *   npm run bench -- --no-builds     only the browser part (or --no-browser)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../../src/content-dir.ts';
import { storageKey } from '../../src/utils/storage-keys.ts';
import { measureInBrowser, type BrowserFigures } from './browser.ts';
import { writePlainSite } from './plain-site.ts';
import { measureTeamMerge } from './team-merge.ts';
import { show, summarize, table, type Summary } from './stats.ts';
import { slugOf, writeSyntheticGuide } from './synthetic-guide.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const quick = flag('quick');
const sizes = option('sizes', quick ? '9,30' : '9,100')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);
const buildRuns = Number(option('build-runs', '1'));
const runs = Number(option('runs', quick ? '3' : '5'));
const keep = flag('keep');
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BASE = '/guides/runbook/';
const work = mkdtempSync(join(tmpdir(), 'runbook-bench-'));
const jsonPath = resolve(option('json', join(tmpdir(), 'runbook-bench-results.json')));
const log = (line: string) => console.error(`[bench] ${line}`);

function run(command: string, commandArgs: string[], env: Record<string, string>, cwd = ROOT): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) =>
      code === 0
        ? done(out)
        : fail(
            new Error(`${command} ${commandArgs.join(' ')} failed (${code}):\n${err.slice(-3000)}${out.slice(-3000)}`),
          ),
    );
  });
}

interface BuildFigures {
  readonly ms: Summary;
  readonly peakMemoryMB: Summary;
  readonly pages: number;
  /** gzip -9 bytes of the first phase's page, in English. */
  readonly phasePageGzip: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

async function measureBuild(root: string, outDir: string, env: Record<string, string>): Promise<BuildFigures> {
  const times: number[] = [];
  const memory: number[] = [];
  for (let attempt = 0; attempt < buildRuns; attempt += 1) {
    rmSync(outDir, { recursive: true, force: true });
    const cache = join(work, `cache-${Date.now()}`);
    const out = await run(process.execPath, [join(ROOT, 'scripts/bench/measure-build.ts'), root, outDir, cache], env);
    const figures = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { ms: number; peakMemoryMB: number };
    times.push(figures.ms);
    memory.push(figures.peakMemoryMB);
    rmSync(cache, { recursive: true, force: true });
  }
  const phasePage = join(outDir, 'en', slugOf(1), 'index.html');
  return {
    ms: summarize(times),
    peakMemoryMB: summarize(memory),
    pages: htmlFiles(outDir).length,
    phasePageGzip: existsSync(phasePage) ? gzipSync(readFileSync(phasePage), { level: 9 }).length : Number.NaN,
  };
}

interface SizeFigures {
  readonly phases: number;
  readonly wordsPerPhase: number;
  readonly engine: BuildFigures;
  readonly plain: BuildFigures;
}

async function buildBench(): Promise<SizeFigures[]> {
  const results: SizeFigures[] = [];
  for (const phases of sizes) {
    const guide = join(work, `guide-${phases}`);
    const { wordsPerPhase } = writeSyntheticGuide(guide, phases);
    log(`guide of ${phases} phases (${wordsPerPhase} words a phase): content checks`);
    await run(process.execPath, ['scripts/check.ts'], { CONTENT_DIR: guide });
    log(`guide of ${phases} phases: engine build`);
    const engineOut = join(work, `engine-${phases}`);
    const engine = await measureBuild(ROOT, engineOut, { CONTENT_DIR: guide, BASE_PATH: '/' });
    if (!existsSync(join(engineOut, 'en', slugOf(phases), 'index.html'))) {
      throw new Error(
        `The engine did not build the synthetic guide (no ${slugOf(phases)} page): does it read CONTENT_DIR?`,
      );
    }
    log(`guide of ${phases} phases: plain Astro + MDX build`);
    const plainRoot = join(work, `plain-${phases}`);
    writePlainSite(plainRoot, guide, join(ROOT, 'node_modules'));
    const plain = await measureBuild(plainRoot, join(plainRoot, 'dist'), {});
    results.push({ phases, wordsPerPhase, engine, plain });
    if (!keep) rmSync(engineOut, { recursive: true, force: true });
  }
  return results;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Pages of each type in the built guide, found on disk: the phase with the most steps, its sheet... */
function pageTypesOf(dist: string): { pageTypes: Record<string, string>; phase: string } {
  const steps = (name: string) =>
    readFileSync(join(dist, 'en', name, 'index.html'), 'utf8').split('class="checklist-item').length;
  const phase = readdirSync(join(dist, 'en'))
    .filter((name) => existsSync(join(dist, 'en', name, 'checklist', 'index.html')))
    .sort((a, b) => steps(b) - steps(a) || a.localeCompare(b))
    .at(0);
  if (!phase) throw new Error(`no phase page with a checklist in ${dist}/en`);
  return {
    phase,
    pageTypes: {
      root: '',
      'home fr': 'fr/',
      'home en': 'en/',
      'phase fr': `fr/${phase}/`,
      'phase en': `en/${phase}/`,
      glossary: 'en/glossary/',
      'all sheets': 'fr/checklists/',
      'phase sheet': `en/${phase}/checklist/`,
      '404': 'en/no-such-page/',
    },
  };
}

/** Queries a reader of the page might type: the longest words of its title and headings, and a code word. */
function queriesOf(html: string): string[] {
  const text = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));
  const words = text(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)
    .flatMap((heading) => heading.split(/[\s:;!?,.()«»’']+/))
    .filter((word) => word.length >= 7 && /^\p{L}+$/u.test(word));
  const code = text(/<code[^>]*>([^<]*)<\/code>/g).find((word) => /^[A-Z][a-z]+-[A-Za-z]+$/.test(word));
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return [...(code ? [code] : []), ...unique.slice(0, 2)].slice(0, 3);
}

async function browserBench(): Promise<{ build: Summary; figures: BrowserFigures; contentDir: string }> {
  const dist = join(work, 'site');
  log(`building the guide of ${contentDir()} under ${BASE}`);
  const started = performance.now();
  await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    BASE_PATH: BASE,
  });
  const build = summarize([performance.now() - started]);
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.ts', dist, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: BASE },
    stdio: 'ignore',
  });
  try {
    await new Promise((done) => setTimeout(done, 1000));
    const { pageTypes, phase } = pageTypesOf(dist);
    const searchPages = Object.fromEntries(
      ['fr', 'en'].map((lang) => [
        lang,
        { path: `${lang}/${phase}/`, queries: queriesOf(readFileSync(join(dist, lang, phase, 'index.html'), 'utf8')) },
      ]),
    );
    log(
      `search queries: ${JSON.stringify(Object.fromEntries(Object.entries(searchPages).map(([lang, page]) => [lang, page.queries])))}`,
    );
    const figures = await measureInBrowser(
      {
        root: `http://localhost:${port}${BASE}`,
        pageTypes,
        searchPages,
        checklistPages: { 'phase page': `fr/${phase}/`, home: 'en/' },
        homePath: 'en/',
        storageKey: storageKey(BASE, 'progress'),
      },
      runs,
      log,
    );
    return { build, figures, contentDir: contentDir() };
  } finally {
    server.kill();
  }
}

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  freeMemoryGB: Math.round((freemem() / 2 ** 30) * 10) / 10,
  loadBefore: loadavg().map((value) => Math.round(value * 100) / 100),
  date: new Date().toISOString(),
};

try {
  const builds = flag('no-builds') ? [] : await buildBench();
  const reader = flag('no-browser') ? undefined : await browserBench();
  const team = measureTeamMerge(50, 280, runs);
  const results = {
    machine: { ...machine, loadAfter: loadavg().map((value) => Math.round(value * 100) / 100) },
    options: { sizes, buildRuns, runs },
    builds,
    reader,
    team,
  };
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);

  const out: string[] = [];
  out.push(
    `Machine: Node ${machine.node}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB; load ${machine.loadBefore.join(' ')} before, ${results.machine.loadAfter.join(' ')} after`,
  );
  if (builds.length > 0) {
    out.push(
      '',
      `Build (median (min–max) of ${buildRuns} run${buildRuns > 1 ? 's' : ''}; synthetic guide, fr + en, ~${builds[0]?.wordsPerPhase} words and 30 steps a phase)`,
    );
    out.push(
      table(
        [
          'phases',
          'engine: time',
          'pages',
          'peak memory',
          'phase page gzip',
          'plain Astro+MDX: time',
          'pages',
          'peak memory',
        ],
        builds.map((size) => [
          String(size.phases),
          show(summarize([size.engine.ms.median / 1000]), ' s'),
          String(size.engine.pages),
          show(size.engine.peakMemoryMB, ' MB'),
          `${size.engine.phasePageGzip} B`,
          show(summarize([size.plain.ms.median / 1000]), ' s'),
          String(size.plain.pages),
          show(size.plain.peakMemoryMB, ' MB'),
        ]),
      ),
    );
    const steps = builds.slice(1).map((size, index) => {
      const before = builds[index];
      if (!before) return [];
      const added = size.phases - before.phases;
      const engine = (size.engine.ms.median - before.engine.ms.median) / added;
      const plain = (size.plain.ms.median - before.plain.ms.median) / added;
      return [
        `${before.phases} → ${size.phases}`,
        `${Math.round(engine)} ms`,
        `${Math.round(plain)} ms`,
        `${(engine / plain).toFixed(2)}×`,
      ];
    });
    if (steps.length > 0) {
      out.push('', 'Cost of one extra phase (both languages; the engine also writes its sign-off sheet):');
      out.push(table(['guide', 'engine', 'plain Astro+MDX', 'ratio'], steps));
    }
  }
  if (reader) {
    const { figures } = reader;
    out.push(
      '',
      `Reader side: ${reader.contentDir} built under ${BASE} in ${show(summarize([reader.build.median / 1000]), ' s')}, served by scripts/serve.ts, headless Chromium, ${runs} cold runs`,
    );
    out.push(
      table(
        ['page type', 'requests', 'JS gzip', 'CSS gzip', 'HTML gzip', 'first paint'],
        Object.entries(figures.pageTypes).map(([name, page]) => [
          name,
          String(page.requests),
          `${page.byType['script']?.gzipBytes ?? 0} B`,
          `${page.byType['stylesheet']?.gzipBytes ?? 0} B`,
          `${page.byType['document']?.gzipBytes ?? 0} B`,
          show(page.firstPaint, ' ms'),
        ]),
      ),
    );
    out.push(
      '',
      'Search: last keystroke → results of the query (fresh page: typed at 100 ms a key, or at once; warm: next queries)',
    );
    out.push(
      table(
        ['language', 'cold', 'cold, typed at once', 'warm'],
        Object.entries(figures.search).map(([lang, search]) => [
          lang,
          show(search.cold, ' ms'),
          show(search.coldAtOnce, ' ms'),
          show(search.warm, ' ms'),
        ]),
      ),
    );
    out.push('', 'Checklists: navigation start → 1,000 stored marks shown');
    out.push(
      table(
        ['page', 'time'],
        Object.entries(figures.checklistRestore).map(([name, time]) => [name, show(time, ' ms')]),
      ),
    );
  }
  out.push(
    '',
    `Team runs: ${team.writers} writers' files × ${team.steps} marked steps (${Math.round(team.characters / 1000)} k characters) read and merged with the local run (target: under 200 ms)`,
  );
  out.push(table(['read and merge', 'merge only'], [[show(team.readAndMerge, ' ms'), show(team.merge, ' ms')]]));
  out.push('', `JSON: ${jsonPath}`);
  console.log(out.join('\n'));
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
