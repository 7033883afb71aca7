/**
 * The progress record: what the browser keeps of the reader's steps, and how a stored value is read back.
 *
 * Shape (JSON, version 2), under `storageKey(base, 'progress')`:
 *
 *   { "version": 2,
 *     "ticked":        { "p4-view-current-users": "2026-11-25T09:14:03.120Z", ... },
 *     "notApplicable": { "p2-standard-edition-only": "2026-11-25T09:20:00.000Z", ... } }
 *
 * A step is ticked, not applicable, or open (no entry). Each entry is the step's id (the stable checklist
 * id, identical in every language) and when the reader marked it (ISO 8601). Ids are never checked against
 * the content: an id that the current content no longer has is kept, because a later version of the guide
 * may bring it back.
 *
 * Version 1 (`{ "version": 1, "ticked": {...} }`, before steps could be "not applicable") is read as the
 * same ticks, and written back as version 2 on the next change: nothing is lost in the upgrade.
 *
 * Reading never throws. A value that is not JSON, has an unknown (newer) version, or the wrong shape is
 * reported as `invalid`; the entries of a version-1 or version-2 record that are still valid are salvaged,
 * so that one damaged entry does not cost the reader the others (an id both ticked and not applicable keeps
 * its latest mark). The caller keeps the raw value aside (progress-store.ts).
 */

export const RECORD_VERSION = 2;

/** Same rule as the content schema's ids (`KEBAB_CASE` in src/schemas/fields.ts; a unit test keeps them equal). */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** What the reader said of a step: done, or not applicable to their deployment. */
export type StepState = 'ticked' | 'notApplicable';

/** The field of the stored record that holds each state. */
const FIELDS = ['ticked', 'notApplicable'] as const satisfies readonly StepState[];

export interface Mark {
  readonly state: StepState;
  /** When the reader marked the step (ISO 8601). */
  readonly at: string;
}

/** Step id → its mark; open steps have none. */
export type Marks = ReadonlyMap<string, Mark>;

export type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly marks: Marks }
  | { readonly kind: 'invalid'; readonly reason: string; readonly marks: Marks };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarkTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const invalid = (reason: string, marks: Marks = new Map()) => ({ kind: 'invalid', reason, marks }) as const;

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
  if (version !== 1 && version !== RECORD_VERSION) return invalid(`unknown version ${JSON.stringify(version)}`);
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
  if (bad.length > 0) problems.push(`invalid entries: ${bad.slice(0, 5).join(', ')}`);
  const extra = Object.keys(parsed).filter((key) => key !== 'version' && !(fields as readonly string[]).includes(key));
  if (extra.length > 0) problems.push(`unknown fields: ${extra.join(', ')}`);
  return problems.length > 0 ? invalid(problems.join('; '), marks) : { kind: 'ok', marks };
}

/** The record of some marks (current version), ids sorted so that equal progress is stored identically. */
export function recordValue(marks: Marks): {
  version: number;
  ticked: Record<string, string>;
  notApplicable: Record<string, string>;
} {
  const sorted = [...marks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const field = (state: StepState) =>
    Object.fromEntries(sorted.flatMap(([id, mark]) => (mark.state === state ? [[id, mark.at]] : [])));
  return { version: RECORD_VERSION, ticked: field('ticked'), notApplicable: field('notApplicable') };
}

/** The stored form of some marks (see `recordValue`). */
export function writeRecord(marks: Marks): string {
  return JSON.stringify(recordValue(marks));
}

export interface MergeResult {
  /** The marks taken from `incoming`: steps that had none in `current`. */
  readonly added: Marks;
  /** Steps `incoming` marks in another state than `current` does (left as they are). */
  readonly differing: number;
}

/** The marks of `incoming` to add to `current`: those of steps without a mark there (none is changed). */
export function mergeMarks(current: Marks, incoming: Marks): MergeResult {
  const added = new Map<string, Mark>();
  let differing = 0;
  for (const [id, mark] of incoming) {
    const here = current.get(id);
    if (here === undefined) added.set(id, mark);
    else if (here.state !== mark.state) differing += 1;
  }
  return { added, differing };
}
