/**
 * The built site, checked after the build (astro:build:done) so that links hold as readers get them,
 * under the base path: every internal `href` and `src` of every page leads to a file of the output,
 * every `#anchor` to an id of its page, nothing points outside the base path or loads from another
 * site, and no id is given twice on a page. This catches what the source checks cannot see: links made by
 * components and layouts, and the base path itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../utils/paths.ts';
import { error, sortProblems, type Problem } from './problem.ts';

export interface BuiltSiteOptions {
  /** The output folder (dist/). */
  readonly dir: string;
  /** The base path the site was built for (`/` or `/guides/example/`). */
  readonly base: string;
  /** The site's origin when it was given (SITE_URL): absolute URLs on it are the site's own pages. */
  readonly site?: string | undefined;
}

/** Attributes that hold a URL, and whether following them loads something (a request) or not (a link). */
const URL_ATTRIBUTES: Readonly<Record<string, { attribute: string; loads: boolean }>> = {
  a: { attribute: 'href', loads: false },
  area: { attribute: 'href', loads: false },
  link: { attribute: 'href', loads: true },
  script: { attribute: 'src', loads: true },
  img: { attribute: 'src', loads: true },
  source: { attribute: 'src', loads: true },
  iframe: { attribute: 'src', loads: true },
  video: { attribute: 'src', loads: true },
  audio: { attribute: 'src', loads: true },
};

const ORIGIN = 'http://site.invalid';
const FIX =
  'the link is made by a document, a component or a layout: correct it there (npm run check names those written in documents)';

interface Page {
  readonly file: string;
  readonly tree: Root;
  readonly ids: ReadonlySet<string>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

function idsOf(tree: Root): { ids: Set<string>; repeated: { id: string; line: number | undefined }[] } {
  const ids = new Set<string>();
  const repeated: { id: string; line: number | undefined }[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id !== 'string') return;
    if (ids.has(id)) repeated.push({ id, line: node.position?.start.line });
    ids.add(id);
  });
  return { ids, repeated };
}

export function checkBuiltSite({ dir, base: rawBase, site }: BuiltSiteOptions): {
  problems: Problem[];
  fileCount: number;
} {
  const base = normalizeBase(rawBase);
  const display = (path: string) => relative(process.cwd(), path).replaceAll('\\', '/');
  const problems: Problem[] = [];
  const pages = new Map<string, Page>();
  for (const path of htmlFiles(dir)) {
    const tree = fromHtml(readFileSync(path, 'utf8'));
    const { ids, repeated } = idsOf(tree);
    const file = display(path);
    pages.set(path, { file, tree, ids });
    for (const { id, line } of repeated) {
      problems.push(
        error(
          { file, line },
          `id "${id}" is given to two elements of the page; links to "#${id}" reach only the first`,
          'rename one of them: a heading of a document and a checklist group may have the same id',
        ),
      );
    }
  }
  for (const [path, page] of pages) {
    const pageUrl = new URL(
      `${base}${relative(dir, path)
        .replaceAll('\\', '/')
        .replace(/(^|\/)index\.html$/, '$1')}`,
      ORIGIN,
    );
    visit(page.tree, 'element', (node: Element) => {
      const spec = URL_ATTRIBUTES[node.tagName];
      const value = spec ? node.properties[spec.attribute] : undefined;
      if (!spec || typeof value !== 'string') return;
      const message = checkUrl(value, spec.loads, pageUrl, base, dir, pages, site);
      if (message) problems.push(error({ file: page.file, line: node.position?.start.line }, message, FIX));
    });
  }
  return { problems: sortProblems(problems), fileCount: pages.size };
}

function checkUrl(
  value: string,
  loads: boolean,
  pageUrl: URL,
  base: string,
  dir: string,
  pages: ReadonlyMap<string, Page>,
  site: string | undefined,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return `"${value}" is not a valid URL`;
  }
  // An absolute URL on the site's own origin (the hreflang alternates, with SITE_URL) is one of its pages.
  if (site && url.origin === new URL(site).origin) url = new URL(`${url.pathname}${url.search}${url.hash}`, ORIGIN);
  if (url.origin !== ORIGIN) {
    return loads && /^https?:$/.test(url.protocol)
      ? `"${value}" loads from another site; the site must make no request outside itself`
      : undefined;
  }
  if (!url.pathname.startsWith(base)) return `"${value}" leads outside the base path ${base}`;
  const path = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
  const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
  if (!existsSync(file) || statSync(file).isDirectory()) return `"${value}" leads to no file of the built site`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  const target = pages.get(file);
  if (anchor !== '' && target && !target.ids.has(anchor)) return `"${value}": the page has no anchor "${anchor}"`;
  return undefined;
}
