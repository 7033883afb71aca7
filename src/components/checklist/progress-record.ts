/**
 * The progress record: what the browser keeps of the reader's ticks, and how a stored value is read back.
 *
 * Shape (JSON, version 1), under `storageKey(base, 'progress')`:
 *
 *   { "version": 1, "ticked": { "p4-view-current-users": "2026-11-25T09:14:03.120Z", ... } }
 *
 * One entry per ticked item: its id (the stable checklist id, identical in every language) and when it was
 * ticked (ISO 8601). An unticked item has no entry. Ids are never checked against the content: an id that
 * the current content no longer has is kept, because a later version of the guide may bring it back.
 *
 * Reading never throws. A value that is not JSON, has an unknown (newer) version, or the wrong shape is
 * reported as `invalid`; the entries of a version-1 record that are still valid are salvaged, so that one
 * damaged entry does not cost the reader the others. The caller keeps the raw value aside (progress-store.ts).
 */

export const RECORD_VERSION = 1;

/** Same rule as the content schema's ids (`KEBAB_CASE` in src/schemas/fields.ts; a unit test keeps them equal). */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Item id → when it was ticked (ISO 8601). */
export type Ticks = ReadonlyMap<string, string>;

export type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly ticks: Ticks }
  | { readonly kind: 'invalid'; readonly reason: string; readonly ticks: Ticks };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTickTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Reads a stored value (null when nothing is stored). Never throws. */
export function readRecord(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'not JSON', ticks: new Map() };
  }
  if (!isPlainObject(parsed)) return { kind: 'invalid', reason: 'not an object', ticks: new Map() };
  if (parsed['version'] !== RECORD_VERSION) {
    return { kind: 'invalid', reason: `unknown version ${JSON.stringify(parsed['version'])}`, ticks: new Map() };
  }
  const ticked = parsed['ticked'];
  if (!isPlainObject(ticked)) return { kind: 'invalid', reason: '"ticked" is not an object', ticks: new Map() };
  const ticks = new Map<string, string>();
  const bad: string[] = [];
  for (const [id, at] of Object.entries(ticked)) {
    if (ITEM_ID.test(id) && isTickTime(at)) ticks.set(id, at);
    else bad.push(id);
  }
  const extra = Object.keys(parsed).filter((key) => key !== 'version' && key !== 'ticked');
  if (bad.length > 0) return { kind: 'invalid', reason: `invalid entries: ${bad.slice(0, 5).join(', ')}`, ticks };
  if (extra.length > 0) return { kind: 'invalid', reason: `unknown fields: ${extra.join(', ')}`, ticks };
  return { kind: 'ok', ticks };
}

/** The stored form of some ticks, ids sorted so that equal progress is stored identically. */
export function writeRecord(ticks: Ticks): string {
  const ticked = Object.fromEntries([...ticks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: RECORD_VERSION, ticked });
}
