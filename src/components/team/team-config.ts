/**
 * `team.json`, the small file beside the site that turns team runs on: who hosts the site writes in it the
 * one folder of the same web server where the team's browsers share their runs over WebDAV. It is read by
 * the browser on every page that shows progress, so it can be edited after deployment. Pure, unit-tested
 * (tests/unit/team-config.test.ts).
 *
 *   { "folder": "/guides/lync-progress/" }
 *
 * No file, an empty file, or no folder (`"folder": ""`) turns the feature off: nothing changes on the site.
 * A folder must be a path of this same site (it starts with one `/`; no scheme, host, query or `..`), so
 * that the strict Content-Security-Policy (`connect-src 'self'`) holds and no credentials go elsewhere.
 */

export const TEAM_FILE = 'team.json';

export type TeamConfig =
  | { readonly kind: 'off' }
  | { readonly kind: 'on'; readonly folder: string }
  | { readonly kind: 'invalid'; readonly message: string };

const FIELDS = new Set(['folder', '$comment']);
const SEGMENT = /^[\w.~!$&'()*+,;=:@%-]+$/;

/** Why `folder` is not a same-origin folder path, or undefined when it is. */
export function folderProblem(folder: string): string | undefined {
  if (!folder.startsWith('/') || folder.startsWith('//'))
    return 'a path on this same site, starting with one "/" (e.g. "/guides/lync-progress/")';
  if (/[?#\\]/.test(folder)) return 'a folder path without "?", "#" or "\\"';
  const segments = folder.split('/').filter(Boolean);
  if (segments.length === 0) return 'a folder below the site root, not "/" itself';
  if (segments.some((segment) => segment === '.' || segment === '..' || !SEGMENT.test(segment)))
    return 'a folder path without "." or ".." segments, spaces or control characters';
  return undefined;
}

/**
 * Reads the text of `team.json` (null when the server has none: 404). Never throws: a bad file is named
 * with its field and what is expected, and the feature stays off.
 */
export function readTeamConfig(text: string | null, file = TEAM_FILE): TeamConfig {
  if (text === null || text.trim() === '') return { kind: 'off' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', message: `${file}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { kind: 'invalid', message: `${file}: expected an object such as {"folder": "/guides/progress/"}` };
  const record = parsed as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0)
    return { kind: 'invalid', message: `${file}: unknown field "${unknown[0]}" (expected only "folder")` };
  const folder = record['folder'];
  if (folder === undefined || folder === null || folder === '') return { kind: 'off' };
  if (typeof folder !== 'string') return { kind: 'invalid', message: `${file}: field "folder" must be a string` };
  const problem = folderProblem(folder.trim());
  if (problem) return { kind: 'invalid', message: `${file}: field "folder" must be ${problem}; got "${folder}"` };
  const path = folder.trim();
  return { kind: 'on', folder: path.endsWith('/') ? path : `${path}/` };
}

/**
 * The `team.json` the build writes beside the site: sharing off unless `folder` is given (the build's
 * TEAM_FOLDER), with a note saying how to turn it on. Whoever hosts edits it after deployment.
 */
export function teamConfigText(folder = ''): string {
  const note =
    'Team runs: set "folder" to a WebDAV folder of this same web server (e.g. "/guides/lync-progress/") ' +
    "to share runs between the team's browsers; leave it empty to turn sharing off. See README, Hosting.";
  return `${JSON.stringify({ $comment: note, folder }, null, 2)}\n`;
}
