/**
 * The progress record since version 4: runs. A run is one named execution of the guide (one pool or site,
 * a rehearsal then the live change), with its own marks and their evidence, values, log, phase sign-offs
 * and planned windows. Pure, unit-tested (tests/unit/run-record.test.ts).
 *
 * Shape (JSON, version 4), under `storageKey(base, 'progress')`:
 *
 *   { "version": 4,
 *     "runs": { "default": {
 *       "name": "",                         // "" is the default run, named by the page's language
 *       "created": "2026-11-25T09:00:00.000Z", "named": "…", "removed": "…", "restored": "…",
 *       "steps": { "p4-a": { "state": "ticked", "at": "…", "who": "JD", "outcome": "remark",
 *                           "note": "…", "hash": "1a2b3c4d", "text": "…", "changed": "…" } },
 *       "open": { "p4-b": "…" },             // steps opened again, and when (so that a merge keeps it open)
 *       "values": {…}, "drafts": {…}, "valueTimes": { "sip-domain": "…" },
 *       "log": [ { "id": "…", "at": "…", "who": "JD", "step": "p4-a", "phase": "", "from": "open", "to": "done", "note": "…" } ],
 *       "signOffs": { "<phase>": { "name": "…", "role": "…", "date": "2026-11-26", "comment": "…", "at": "…" } },
 *       "windows": { "<phase>": { "start": "2026-11-26T20:00", "end": "2026-11-26T23:00", "at": "…" } } } } }
 *
 * Self-contained and mergeable (a later issue shares runs through a server): every run, step, value,
 * sign-off and window carries the time of its last change, a removed thing leaves its time behind (a run
 * removed is flagged, never dropped; a step opened again is listed in `open`), and the log is append-only
 * with an id per entry. `mergeRecords` is then a join: the later change of each thing wins, logs are united,
 * and merging in any order gives the same record, so that two tabs that changed different steps at the same
 * moment both keep their change.
 *
 * A record of version 1 to 3 (progress-record.ts) is read as the default run holding its marks and values
 * untouched; it is written as version 4 on the next change.
 */
import { ITEM_ID, readRecordValue, type Mark, type Marks, type Values } from './progress-record.ts';
import { DEFAULT_RUN, RUNS_VERSION, emptyRun, isChanged, isRemoved } from './run-basics.ts';
import { changedSinceSignOff, stepTime } from './sign-off-state.ts';

export { DEFAULT_RUN, RUNS_VERSION, emptyRun, isChanged, isRemoved, changedSinceSignOff, stepTime };

/** What the reader said of a step (the record's `state` plus its outcome). */
export type Outcome = 'open' | 'done' | 'remark' | 'failed' | 'not-applicable';

export interface LogEntry {
  /** Unique in its run: entries are united by id when records merge. */
  readonly id: string;
  readonly at: string;
  readonly who: string;
  /** The step changed; '' for a change of a whole phase (a sign-off). */
  readonly step: string;
  /** The phase signed off ('' for a step). */
  readonly phase: string;
  /** The parameter whose value changed (issue 12's environment); absent for a step or a phase. */
  readonly param?: string;
  readonly from: string;
  readonly to: string;
  readonly note: string;
}

export interface SignOff {
  readonly name: string;
  readonly role: string;
  /** The date the approver gives (YYYY-MM-DD). */
  readonly date: string;
  readonly comment: string;
  /** When it was recorded. */
  readonly at: string;
}

export interface PlannedWindow {
  /** Local date and time (YYYY-MM-DDTHH:MM) or a date, as the reader typed it. */
  readonly start: string;
  readonly end: string;
  readonly at: string;
}

export interface Run {
  readonly id: string;
  /** '' for the default run, which each language names. */
  readonly name: string;
  readonly created: string;
  readonly named?: string;
  readonly removed?: string;
  readonly restored?: string;
  readonly marks: Marks;
  /** Step id → when it was opened again (no mark). */
  readonly open: ReadonlyMap<string, string>;
  readonly values: Values;
  readonly drafts: Values;
  /** Parameter id → when its value (or draft) last changed, removed ones included. */
  readonly valueTimes: ReadonlyMap<string, string>;
  readonly log: readonly LogEntry[];
  readonly signOffs: ReadonlyMap<string, SignOff>;
  readonly windows: ReadonlyMap<string, PlannedWindow>;
}

/** Run id → run. */
export type Runs = ReadonlyMap<string, Run>;

export type RunsReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly runs: Runs; readonly upgraded: boolean }
  /** A record of a later version than this page knows: shown, never overwritten. */
  | { readonly kind: 'newer'; readonly version: number; readonly runs: Runs }
  | { readonly kind: 'invalid'; readonly reason: string; readonly runs: Runs; readonly salvaged: number };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const RUN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
const MAX_TEXT = 1000;
const MAX_NAME = 120;

/** The outcome a mark stands for (`open` without one). */
export function outcomeOf(mark: Mark | undefined): Outcome {
  if (!mark) return 'open';
  if (mark.state === 'notApplicable') return 'not-applicable';
  if (mark.state === 'failed') return 'failed';
  return mark.outcome === 'remark' ? 'remark' : 'done';
}

// ——— Reading ———

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const optionalText = (value: unknown, max = MAX_TEXT): value is string | undefined =>
  value === undefined || isText(value, max);

const STATES = ['ticked', 'notApplicable', 'failed'] as const;

function readMark(value: unknown): Mark | undefined {
  if (!isPlainObject(value)) return undefined;
  const { state, at, who, outcome, note, hash, text, changed } = value;
  if (!STATES.includes(state as (typeof STATES)[number]) || !isTime(at)) return undefined;
  if (!optionalText(who, MAX_NAME) || !optionalText(note) || !optionalText(hash, 64) || !optionalText(text, 4000))
    return undefined;
  if (outcome !== undefined && outcome !== 'remark') return undefined;
  if (changed !== undefined && !isTime(changed)) return undefined;
  return {
    state: state as Mark['state'],
    at,
    ...(who ? { who } : {}),
    ...(outcome ? { outcome } : {}),
    ...(note ? { note } : {}),
    ...(hash ? { hash } : {}),
    ...(text ? { text } : {}),
    ...(changed ? { changed } : {}),
  };
}

function readLogEntry(value: unknown): LogEntry | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, at, who = '', step = '', phase = '', param = '', from = '', to = '', note = '' } = value;
  if (!isText(id, 64) || id === '' || !isTime(at)) return undefined;
  if (![who, step, phase, param, from, to].every((field) => isText(field, MAX_NAME)) || !isText(note)) return undefined;
  return { id, at, who, step, phase, ...(param ? { param } : {}), from, to, note } as LogEntry;
}

function readSignOff(value: unknown): SignOff | undefined {
  if (!isPlainObject(value)) return undefined;
  const { name, role = '', date, comment = '', at } = value;
  if (!isText(name, MAX_NAME) || !isText(role, MAX_NAME) || !isText(comment) || !isTime(at)) return undefined;
  if (typeof date !== 'string' || !LOCAL_TIME.test(date)) return undefined;
  return { name, role, date, comment, at };
}

function readWindow(value: unknown): PlannedWindow | undefined {
  if (!isPlainObject(value)) return undefined;
  const { start = '', end = '', at } = value;
  const ok = (time: unknown) => time === '' || (typeof time === 'string' && LOCAL_TIME.test(time));
  if (!ok(start) || !ok(end) || !isTime(at)) return undefined;
  return { start: start as string, end: end as string, at };
}

/** Reads the entries of `field` with `read`; a bad entry is named in `bad`, the others kept. */
function readMap<T>(
  run: Record<string, unknown>,
  field: string,
  read: (value: unknown) => T | undefined,
  bad: string[],
  key: RegExp = ITEM_ID,
): Map<string, T> {
  const entries = run[field] ?? {};
  const result = new Map<string, T>();
  if (!isPlainObject(entries)) {
    bad.push(`"${field}" is not an object`);
    return result;
  }
  for (const [id, value] of Object.entries(entries)) {
    const read_ = key.test(id) ? read(value) : undefined;
    if (read_ === undefined) bad.push(`${field}.${id}`);
    else result.set(id, read_);
  }
  return result;
}

const RUN_FIELDS = new Set([
  'name',
  'created',
  'named',
  'removed',
  'restored',
  'steps',
  'open',
  'values',
  'drafts',
  'valueTimes',
  'log',
  'signOffs',
  'windows',
]);

/** One run of a version-4 record; `bad` collects what could not be read (as `runs.<id>.<field>`). */
function readRun(id: string, value: unknown, problems: string[]): Run | undefined {
  if (!isPlainObject(value)) {
    problems.push(`run "${id}" is not an object`);
    return undefined;
  }
  const bad: string[] = [];
  const { name = '', created, named, removed, restored } = value;
  if (!isText(name, MAX_NAME) || !isTime(created)) {
    problems.push(`run "${id}" has no valid name or creation time`);
    return undefined;
  }
  for (const [field, time] of Object.entries({ named, removed, restored }))
    if (time !== undefined && !isTime(time)) bad.push(field);
  const log: LogEntry[] = [];
  const rawLog = value['log'] ?? [];
  if (!Array.isArray(rawLog)) bad.push('"log" is not a list');
  else
    rawLog.forEach((entry: unknown, index) => {
      const read = readLogEntry(entry);
      if (read) log.push(read);
      else bad.push(`log[${index}]`);
    });
  const run: Run = {
    id,
    name,
    created,
    ...(isTime(named) ? { named } : {}),
    ...(isTime(removed) ? { removed } : {}),
    ...(isTime(restored) ? { restored } : {}),
    marks: readMap(value, 'steps', readMark, bad),
    open: readMap(value, 'open', (time) => (isTime(time) ? time : undefined), bad),
    values: readMap(value, 'values', (text) => (isText(text) ? text : undefined), bad),
    drafts: readMap(value, 'drafts', (text) => (isText(text) ? text : undefined), bad),
    valueTimes: readMap(value, 'valueTimes', (time) => (isTime(time) ? time : undefined), bad),
    log: sortLog(log),
    signOffs: readMap(value, 'signOffs', readSignOff, bad),
    windows: readMap(value, 'windows', readWindow, bad),
  };
  const extra = Object.keys(value).filter((key) => !RUN_FIELDS.has(key));
  if (extra.length > 0) bad.push(`unknown fields: ${extra.join(', ')}`);
  if (bad.length > 0) problems.push(`run "${id}": ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`);
  return run;
}

/** The default run holding a record of version 1 to 3 as it is. */
function fromOldRecord(marks: Marks, values: Values, drafts: Values): Run {
  const times = [...marks.values()].map((mark) => mark.at).sort();
  return {
    ...emptyRun(DEFAULT_RUN, '', times[0] ?? '1970-01-01T00:00:00.000Z'),
    marks,
    values,
    drafts,
  };
}

/** How many things a set of runs holds (for "n salvaged" in the notice). */
export function countEntries(runs: Runs): number {
  let count = 0;
  for (const run of runs.values()) count += run.marks.size + run.values.size + run.drafts.size + run.log.length;
  return count;
}

/** Reads a stored value (null when nothing is stored). Never throws. */
export function readRuns(raw: string | null): RunsReadResult {
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'not JSON', runs: new Map(), salvaged: 0 };
  }
  return readRunsValue(parsed);
}

/** Reads a record already parsed from JSON, of any version. Never throws. */
export function readRunsValue(parsed: unknown): Exclude<RunsReadResult, { kind: 'empty' }> {
  const version = isPlainObject(parsed) ? parsed['version'] : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > RUNS_VERSION) {
    // Read what this page understands of it (runs of the same shape), to show; it is never written.
    const runs = isPlainObject(parsed) && isPlainObject(parsed['runs']) ? readRunsField(parsed['runs'], []) : new Map();
    return { kind: 'newer', version, runs };
  }
  if (version !== RUNS_VERSION) {
    const old = readRecordValue(parsed);
    const runs = new Map([[DEFAULT_RUN, fromOldRecord(old.marks, old.values, old.drafts)]]);
    if (old.kind === 'ok') return { kind: 'ok', runs, upgraded: true };
    return { kind: 'invalid', reason: old.reason, runs, salvaged: countEntries(runs) };
  }
  const record = parsed as Record<string, unknown>;
  const problems: string[] = [];
  if (!isPlainObject(record['runs'])) {
    return { kind: 'invalid', reason: '"runs" is not an object', runs: new Map(), salvaged: 0 };
  }
  const runs = readRunsField(record['runs'], problems);
  const extra = Object.keys(record).filter((key) => key !== 'version' && key !== 'runs');
  if (extra.length > 0) problems.push(`unknown fields: ${extra.join(', ')}`);
  return problems.length > 0
    ? { kind: 'invalid', reason: problems.join('; '), runs, salvaged: countEntries(runs) }
    : { kind: 'ok', runs, upgraded: false };
}

function readRunsField(value: Record<string, unknown>, problems: string[]): Map<string, Run> {
  const runs = new Map<string, Run>();
  for (const [id, run] of Object.entries(value)) {
    if (!RUN_ID.test(id)) {
      problems.push(`run id "${id}" is not valid`);
      continue;
    }
    const read = readRun(id, run, problems);
    if (read) runs.set(id, read);
  }
  return runs;
}

/** The log in time order (ids break ties), as it is stored. */
export function sortLog(log: readonly LogEntry[]): LogEntry[] {
  return [...log].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ——— What a run says ———

export interface ChangedStep {
  readonly id: string;
  /** The text when it was marked. */
  readonly before: string;
  readonly now: string;
}

/**
 * Marked steps whose label or verification changed in the guide since they were marked (the stored hash
 * differs from the page's), with the old and new text. A mark stored without a hash (before runs) is not flagged.
 */
export function changedSteps(run: Run, current: ReadonlyMap<string, { hash: string; text: string }>): ChangedStep[] {
  const changed: ChangedStep[] = [];
  for (const [id, mark] of run.marks) {
    const now = current.get(id);
    if (now && isChanged(mark, now.hash)) changed.push({ id, before: mark.text ?? '', now: now.text });
  }
  return changed;
}

/** A short, stable hash of a step's text (FNV-1a, 32 bits, hex): the build writes it, the mark keeps it. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface PhaseWindowState {
  readonly phase: string;
  /** The planned end has passed and the phase is not complete. */
  readonly overrunning: boolean;
}

/** Whether a phase runs over its planned window: its end has passed (local time `now`) and it is not complete. */
export function isOverrunning(window: PlannedWindow | undefined, complete: boolean, now: Date): boolean {
  if (!window?.end || complete) return false;
  const end = window.end.length === 10 ? `${window.end}T23:59` : window.end;
  const [date = '', time = '00:00'] = end.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const endAt = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  return now.getTime() > endAt.getTime();
}
