/**
 * How a web server must serve the built site: the one source of truth from which the build writes the
 * server files (`web.config` for IIS, `.htaccess` for Apache, `nginx.conf` for nginx), so that the three
 * say the same thing. Pure: the renderers beside it only turn this description into each server's syntax.
 *
 * - MIME types: every extension of the build is mapped (servers know some, never Pagefind's).
 * - `index.html` is the default document; `404.html` answers an unknown path, with status 404.
 * - Headers on every response: the Content-Security-Policy (content-security-policy.ts), `nosniff`,
 *   `Referrer-Policy: same-origin`.
 * - Caching, by folder: what is named by a hash of its content never changes under its name, so it is kept
 *   a year without asking again; everything else (HTML, `team.json`, the search entry points
 *   `pagefind-entry.json`, `pagefind.js`, its worker and WebAssembly, whose names never change) is
 *   revalidated on every use, so that a new version of the guide shows at once.
 */
import { serverContentSecurityPolicy } from './content-security-policy.ts';

export interface Header {
  readonly name: string;
  readonly value: string;
}

export interface CacheRule {
  /** A folder of the site, relative to its root, with a trailing slash: `_astro/`. */
  readonly folder: string;
  readonly cacheControl: string;
  /** Why the files there may be kept (shown as a comment in the server files). */
  readonly why: string;
}

export interface HostingPolicy {
  /** The path the site is served under, with leading and trailing slash: `/guides/runbook/`. */
  readonly base: string;
  readonly defaultDocument: string;
  /** The not-found page, relative to the site's root. */
  readonly notFoundPage: string;
  /** Sent with every response, error pages included. */
  readonly headers: readonly Header[];
  /** Extension (no dot, lower case) → MIME type, for every extension of the build, sorted. */
  readonly mimeTypes: readonly (readonly [string, string])[];
  /** UTF-8 text types: served with `charset=utf-8`. */
  readonly textTypes: readonly string[];
  /** Folders whose files are kept; any other file gets `revalidate`. */
  readonly immutable: readonly CacheRule[];
  readonly revalidate: string;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Folders whose file names hold a hash of their content. Pagefind's `fragment/`, `index/` and `filter/`
 * chunks are named by hash (`en_1ac2773.pf_fragment`); its `pf_meta` files too, but they sit beside the
 * unhashed entry points in `pagefind/`, so they are revalidated (a few hundred bytes).
 */
const HASHED_FOLDERS: readonly CacheRule[] = [
  { folder: '_astro/', cacheControl: IMMUTABLE, why: 'scripts and styles, named by the hash of their content' },
  { folder: 'pagefind/fragment/', cacheControl: IMMUTABLE, why: 'search excerpts, named by hash' },
  { folder: 'pagefind/index/', cacheControl: IMMUTABLE, why: 'search index chunks, named by hash' },
  { folder: 'pagefind/filter/', cacheControl: IMMUTABLE, why: 'search filters, named by hash' },
];

const BYTES = 'application/octet-stream';

/** Types of the extensions a build may hold; any other extension is served as bytes. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  map: 'application/json',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
  woff: 'font/woff',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  // Pagefind's index: binary files fetched by its script.
  pagefind: BYTES,
  pf_fragment: BYTES,
  pf_index: BYTES,
  pf_meta: BYTES,
  pf_filter: BYTES,
};

const TEXT_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'application/json',
  'application/xml',
  'image/svg+xml',
  'application/manifest+json',
];

/** The extension of a file name, lower case and without its dot (`wasm.fr.pagefind` → `pagefind`). */
export function extensionOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : undefined;
}

/** The MIME type served for an extension. */
export function mimeTypeOf(extension: string): string {
  return MIME_TYPES[extension] ?? BYTES;
}

/** The server files themselves: read by the servers, never part of what they serve. */
export const SERVER_FILES = ['web.config', '.htaccess', 'nginx.conf'] as const;

/** The Cache-Control a file gets, from its path relative to the site's root (`_astro/x.css`). */
export function cacheControlOf(path: string): string {
  const relative = path.replace(/\\/g, '/').replace(/^\/+/, '');
  return HASHED_FOLDERS.find((rule) => relative.startsWith(rule.folder))?.cacheControl ?? REVALIDATE;
}

/** The policy for a build served under `base`, holding files of these names (extensions are enough). */
export function hostingPolicy(base: string, fileNames: Iterable<string>): HostingPolicy {
  const names = [...fileNames].filter(
    (name) => !(SERVER_FILES as readonly string[]).includes(name.split(/[\\/]/).pop() ?? ''),
  );
  const extensions = [...new Set(names.flatMap((name) => extensionOf(name.split(/[\\/]/).pop() ?? '') ?? []))].sort();
  return {
    base,
    defaultDocument: 'index.html',
    notFoundPage: '404.html',
    headers: [
      { name: 'Content-Security-Policy', value: serverContentSecurityPolicy() },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'Referrer-Policy', value: 'same-origin' },
    ],
    mimeTypes: extensions.map((extension) => [extension, mimeTypeOf(extension)] as const),
    textTypes: TEXT_TYPES,
    immutable: HASHED_FOLDERS,
    revalidate: REVALIDATE,
  };
}
