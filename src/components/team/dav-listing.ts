/**
 * What a folder of the team's web server holds, from its listing: a WebDAV PROPFIND of depth 1 (a
 * `multistatus` XML document; IIS's WebDAV module and Apache's mod_dav answer it) or, where the server has
 * no PROPFIND (nginx's dav module), nginx's JSON autoindex (`autoindex_format json`). Only the folder's
 * direct children are returned, by name, with whether each is a folder. Pure: no DOM parser (it runs in
 * the unit tests as in the browser), unit-tested (tests/unit/dav-listing.test.ts).
 */

export interface FolderEntry {
  /** The child's name, decoded (`JD-1a2b.json`, `run-abc`). */
  readonly name: string;
  readonly folder: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The path of an href, absolute (`http://host/a/b/`) or not (`/a/b/`). */
function pathOf(href: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(href);
  const path = match ? (match[1] ?? '/') : href;
  return path.startsWith('/') ? path : undefined;
}

/** The name of `path` when it is a direct child of `folder` (both decoded), else undefined. */
function childName(path: string, folder: string): { name: string; slash: boolean } | undefined {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  const slash = rest.endsWith('/');
  const name = slash ? rest.slice(0, -1) : rest;
  if (name === '' || name.includes('/')) return undefined;
  return { name, slash };
}

/**
 * The children of `folder` (its path, as requested: `/guides/progress/run-1/`) in a PROPFIND multistatus
 * answer. Undefined when the text is not a multistatus document.
 */
export function parseMultistatus(xml: string, folder: string): FolderEntry[] | undefined {
  const tag = (name: string) => `<(?:[\\w.-]+:)?${name}\\b`;
  if (!new RegExp(`${tag('multistatus')}[^>]*>`, 'i').test(xml)) return undefined;
  const folderPath = decodePath(folder) ?? folder;
  const entries = new Map<string, FolderEntry>();
  const responses = xml.split(new RegExp(tag('response'), 'i')).slice(1);
  for (const response of responses) {
    const href = new RegExp(`${tag('href')}[^>]*>([^<]*)<`, 'i').exec(response)?.[1];
    if (href === undefined) continue;
    const path = pathOf(decodeXml(href.trim()));
    const decoded = path === undefined ? undefined : decodePath(path);
    if (decoded === undefined) continue;
    const child = childName(decoded, folderPath);
    if (!child) continue;
    const collection =
      child.slash || new RegExp(`${tag('resourcetype')}[^>]*>\\s*${tag('collection')}`, 'i').test(response);
    entries.set(child.name, { name: child.name, folder: collection });
  }
  return [...entries.values()];
}

/** The children listed by nginx's `autoindex_format json`. Undefined when the text is not such a listing. */
export function parseAutoindexJson(text: string): FolderEntry[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const entries: FolderEntry[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, type } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name === '' || name.includes('/') || name === '.' || name === '..') continue;
    entries.push({ name, folder: type === 'directory' });
  }
  return entries;
}
