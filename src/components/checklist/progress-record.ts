/**
 * The progress record: what the browser keeps of the reader's steps, and how a stored value is read back.
 *
 * Shape (JSON, version 3), under `storageKey(base, 'progress')`:
 *
 *   { "version": 2,
 *     "ticked":        { "p4-view-current-users": "2026-11-25T09:14:03.120Z", ... },
 *     "notApplicable": { "p2-standard-edition-only": "2026-11-25T09:20:00.000Z", ... },
 *     "values":        { "sip-domain": "fabrikam.com", ... } }
 *
 * A step is ticked, not applicable, or open (no entry). Each entry is the step's id (the stable checklist
 * id, identical in every language) and when the reader marked it (ISO 8601). Ids are never checked against
 * the content: an id that the current content no longer has is kept, because a later version of the guide
 * may bring it back.
 *
 * Version 1 (`{ "version": 1, "ticked": {...} }`, before steps could be "not applicable") is read as the
 * same ticks, and written back in the current version on the next change: nothing is lost in the upgrade.
 *
 * Version 3 adds `values`: the reader's environment (src/parameters/), parameter id → the value they typed,
 * shared by every language like the marks: `"values": { "sip-domain": "fabrikam.com" }`. A version-1 or
 * version-2 record is read with no values. `drafts` (same shape) keeps what the reader typed that was not
 * valid for its parameter, so that nothing typed is lost, while only `values` reach the pages. A value is text (at most 1,000 characters); whether it is valid
 * for its parameter is decided where it is used, so that a value is never lost because the guide changed.
 *
 * Reading never throws. A value that is not JSON, has an unknown (newer) version, or the wrong shape is
 * reported as `invalid`; the entries of a version-1 or version-2 record that are still valid are salvaged,
 * so that one damaged entry does not cost the reader the others (an id both ticked and not applicable keeps
 * its latest mark). The caller keeps the raw value aside (progress-store.ts).
 */

export const RECORD_VERSION = 3;

/** The longest value kept for a parameter. */
const MAX_VALUE = 1000;

/** Same rule as the content schema's ids (`KEBAB_CASE` in src/schemas/fields.ts; a unit test keeps them equal). */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * What the reader said of a step: done, not applicable to their deployment, or (since runs, record version 4,
 * run-record.ts) failed.
 */
export type StepState = 'ticked' | 'notApplicable' | 'failed';

/** The field of the stored record (versions 1 to 3) that holds each state. */
const FIELDS = ['ticked', 'notApplicable'] as const satisfies readonly StepState[];

export interface Mark {
  readonly state: StepState;
  /** When the reader marked the step (ISO 8601). */
  readonly at: string;
  /** Evidence (record version 4): who marked it, a remark on a done step, a note (the remark, the reason it does not apply, what failed). */
  readonly who?: string;
  readonly outcome?: 'remark';
  readonly note?: string;
  /** Hash and text of the step's label and verification when it was marked ("changed since you marked it"). */
  readonly hash?: string;
  readonly text?: string;
  /** When its evidence last changed, when not when it was marked (merging keeps the later). */
  readonly changed?: string;
}

/** Step id → its mark; open steps have none. */
export type Marks = ReadonlyMap<string, Mark>;

/** Parameter id → the reader's value. */
export type Values = ReadonlyMap<string, string>;

/** The reader's values in use, and what they typed that their parameter refused (kept, never used). */
export interface Environment {
  readonly values: Values;
  readonly drafts: Values;
}

export type ReadResult =
  | { readonly kind: 'empty' }
  | ({ readonly kind: 'ok'; readonly marks: Marks } & Environment)
  | ({ readonly kind: 'invalid'; readonly reason: string; readonly marks: Marks } & Environment);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarkTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const invalid = (reason: string, marks: Marks = new Map(), values: Values = new Map(), drafts: Values = new Map()) =>
  ({ kind: 'invalid', reason, marks, values, drafts }) as const;

/** Reads a stored value (null when nothing is stored). Never throws. */
export function readRecord(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return invalid('not JSON');
  }
  return readRecordValue(parsed);
}

/** Reads a record already parsed from JSON (a stored value, or the `progress` of a progress file). Never throws. */
export function readRecordValue(parsed: unknown): Exclude<ReadResult, { kind: 'empty' }> {
  if (!isPlainObject(parsed)) return invalid('not an object');
  const version = parsed['version'];
  if (version !== 1 && version !== 2 && version !== RECORD_VERSION)
    return invalid(`unknown version ${JSON.stringify(version)}`);
  // Version 1 had ticks only.
  const fields = version === 1 ? FIELDS.slice(0, 1) : FIELDS;
  const marks = new Map<string, Mark>();
  const problems: string[] = [];
  const bad: string[] = [];
  for (const state of fields) {
    const entries = parsed[state];
    if (!isPlainObject(entries)) {
      problems.push(`"${state}" is not an object`);
      continue;
    }
    for (const [id, at] of Object.entries(entries)) {
      const earlier = marks.get(id);
      if (!ITEM_ID.test(id) || !isMarkTime(at)) bad.push(id);
      else if (earlier) {
        bad.push(id);
        if (Date.parse(at) > Date.parse(earlier.at)) marks.set(id, { state, at });
      } else marks.set(id, { state, at });
    }
  }
  const values = new Map<string, string>();
  const drafts = new Map<string, string>();
  for (const [name, into] of version === RECORD_VERSION
    ? ([
        ['values', values],
        ['drafts', drafts],
      ] as const)
    : []) {
    const entries = parsed[name] ?? {};
    if (!isPlainObject(entries)) problems.push(`"${name}" is not an object`);
    else {
      for (const [id, value] of Object.entries(entries)) {
        if (ITEM_ID.test(id) && typeof value === 'string' && value.length <= MAX_VALUE) into.set(id, value);
        else bad.push(id);
      }
    }
  }
  if (bad.length > 0) problems.push(`invalid entries: ${bad.slice(0, 5).join(', ')}`);
  const known: readonly string[] = version === RECORD_VERSION ? [...fields, 'values', 'drafts'] : fields;
  const extra = Object.keys(parsed).filter((key) => key !== 'version' && !known.includes(key));
  if (extra.length > 0) problems.push(`unknown fields: ${extra.join(', ')}`);
  return problems.length > 0
    ? invalid(problems.join('; '), marks, values, drafts)
    : { kind: 'ok', marks, values, drafts };
}

const byId = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** The record of some marks and values (current version), ids sorted so that equal progress is stored identically. */
export function recordValue(
  marks: Marks,
  values: Values = new Map(),
  drafts: Values = new Map(),
): {
  version: number;
  ticked: Record<string, string>;
  notApplicable: Record<string, string>;
  values: Record<string, string>;
  drafts?: Record<string, string>;
} {
  const sorted = [...marks].sort(byId);
  const field = (state: StepState) =>
    Object.fromEntries(sorted.flatMap(([id, mark]) => (mark.state === state ? [[id, mark.at]] : [])));
  const record = {
    version: RECORD_VERSION,
    ticked: field('ticked'),
    notApplicable: field('notApplicable'),
    values: Object.fromEntries([...values].sort(byId)),
  };
  return drafts.size > 0 ? { ...record, drafts: Object.fromEntries([...drafts].sort(byId)) } : record;
}

/** The stored form of some marks and values (see `recordValue`). */
export function writeRecord(marks: Marks, values: Values = new Map(), drafts: Values = new Map()): string {
  return JSON.stringify(recordValue(marks, values, drafts));
}
