/**
 * Changes to runs (run-record.ts): writing a record, merging two versions of it, and what the reader does
 * to a run (mark a step with its evidence, undo, sign a phase off, confirm a changed step). Pure,
 * unit-tested (tests/unit/run-record.test.ts). Only the store's writing side uses it: pages load it on the
 * reader's first change (client/store.ts), so that reading progress stays light.
 */
import type { Mark, Marks } from './progress-record.ts';
import {
  RUNS_VERSION,
  outcomeOf,
  sortLog,
  stepTime,
  type LogEntry,
  type Outcome,
  type Run,
  type Runs,
  type SignOff,
} from './run-record.ts';
import { stepsBlockingSignOff } from './sign-off-state.ts';

// ——— Writing ———

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
const sortedObject = <T>(map: ReadonlyMap<string, T>) => Object.fromEntries([...map].sort(byKey));

/** The JSON value of one run: keys sorted, empty parts left out, so that equal runs are stored identically. */
export function runValue(run: Run): Record<string, unknown> {
  const value: Record<string, unknown> = { name: run.name, created: run.created };
  if (run.named) value['named'] = run.named;
  if (run.removed) value['removed'] = run.removed;
  if (run.restored) value['restored'] = run.restored;
  value['steps'] = sortedObject(run.marks);
  if (run.open.size > 0) value['open'] = sortedObject(run.open);
  value['values'] = sortedObject(run.values);
  if (run.drafts.size > 0) value['drafts'] = sortedObject(run.drafts);
  if (run.valueTimes.size > 0) value['valueTimes'] = sortedObject(run.valueTimes);
  value['log'] = sortLog(run.log).map((entry) =>
    Object.fromEntries(Object.entries(entry).filter(([key, field]) => field !== '' || key === 'who')),
  );
  if (run.signOffs.size > 0) value['signOffs'] = sortedObject(run.signOffs);
  if (run.windows.size > 0) value['windows'] = sortedObject(run.windows);
  return value;
}

export function runsValue(runs: Runs): { version: number; runs: Record<string, unknown> } {
  return {
    version: RUNS_VERSION,
    runs: Object.fromEntries([...runs].sort(byKey).map(([id, run]) => [id, runValue(run)])),
  };
}

export function writeRuns(runs: Runs): string {
  return JSON.stringify(runsValue(runs));
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

/** Steps of `phaseSteps` that keep a phase from being signed off: neither done nor not applicable. */
export { stepsBlockingSignOff };

// ——— Merging ———

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a >= b ? a : b;
const earlier = (a: string, b: string) => (a <= b ? a : b);

/** The later of two versions of a thing, by `time`; equal times are decided by content, the same on both sides. */
function pick<T>(a: T | undefined, b: T | undefined, time: (value: T) => string): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const [ta, tb] = [time(a), time(b)];
  if (ta !== tb) return ta > tb ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeMaps<T>(
  a: ReadonlyMap<string, T>,
  b: ReadonlyMap<string, T>,
  time: (value: T) => string,
): Map<string, T> {
  const result = new Map(a);
  for (const [id, value] of b) result.set(id, pick(a.get(id), value, time) as T);
  return result;
}

/** Two versions of one run made one: the later change of each part wins, logs are united. */
export function mergeRun(a: Run, b: Run): Run {
  // Name: the later renaming.
  const nameOf = pick({ name: a.name, named: a.named ?? '' }, { name: b.name, named: b.named ?? '' }, (n) => n.named);
  // Steps: per step, the later of its mark or its opening.
  const marks = new Map<string, Mark>();
  const open = new Map<string, string>();
  for (const id of new Set([...a.marks.keys(), ...a.open.keys(), ...b.marks.keys(), ...b.open.keys()])) {
    const state = (run: Run) => ({ time: stepTime(run, id) ?? '', mark: run.marks.get(id), opened: run.open.get(id) });
    const side = pick(state(a), state(b), (s) => s.time);
    if (side?.mark) marks.set(id, side.mark);
    else if (side?.opened) open.set(id, side.opened);
  }
  // Values: per parameter, the side that changed it last (a side without a time for it has the oldest).
  const values = new Map<string, string>();
  const drafts = new Map<string, string>();
  const valueTimes = new Map<string, string>();
  for (const id of new Set([
    ...a.values.keys(),
    ...a.drafts.keys(),
    ...a.valueTimes.keys(),
    ...b.values.keys(),
    ...b.drafts.keys(),
    ...b.valueTimes.keys(),
  ])) {
    const state = (run: Run) => ({
      time: run.valueTimes.get(id) ?? '',
      value: run.values.get(id),
      draft: run.drafts.get(id),
    });
    const side = pick(state(a), state(b), (s) => s.time);
    if (!side) continue;
    if (side.value !== undefined) values.set(id, side.value);
    if (side.draft !== undefined) drafts.set(id, side.draft);
    if (side.time) valueTimes.set(id, side.time);
  }
  const log = new Map(a.log.map((entry) => [entry.id, entry]));
  for (const entry of b.log) log.set(entry.id, pick(log.get(entry.id), entry, (e) => e.at) as LogEntry);
  const removed = later(a.removed, b.removed);
  const restored = later(a.restored, b.restored);
  return {
    id: a.id,
    name: nameOf?.name ?? a.name,
    created: earlier(a.created, b.created),
    ...(nameOf?.named ? { named: nameOf.named } : {}),
    ...(removed ? { removed } : {}),
    ...(restored ? { restored } : {}),
    marks,
    open,
    values,
    drafts,
    valueTimes,
    log: sortLog([...log.values()]),
    signOffs: mergeMaps(a.signOffs, b.signOffs, (s) => s.at),
    windows: mergeMaps(a.windows, b.windows, (w) => w.at),
  };
}

/** Two records made one (a tab's and the stored one, or a browser's and a server's): nothing changed on either side is lost. */
export function mergeRecords(a: Runs, b: Runs): Map<string, Run> {
  const result = new Map(a);
  for (const [id, run] of b) {
    const here = a.get(id);
    result.set(id, here ? mergeRun(here, run) : run);
  }
  return result;
}

// ——— Changes ———

export interface Evidence {
  readonly outcome: Exclude<Outcome, 'open'>;
  readonly who?: string;
  readonly note?: string;
  /** Hash and text of the step's label and verification when marked (changed-step detection). */
  readonly hash?: string;
  readonly text?: string;
}

/** A step's text as the reader read it when marking: the hash the page gives and the text itself. */
export interface ReadText {
  readonly hash: string;
  readonly text: string;
}

/** A fresh id for a log entry or a run: the time, and randomness so that two tabs never make the same. */
export function newId(at: Date, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${at.getTime().toString(36)}-${tail}`;
}

/** How long a reader's edits of one value count as one change in the log (typing a name makes many). */
export const VALUE_EDIT_MS = 5 * 60_000;

/**
 * The run with a parameter's value changed from `from` to `to` logged: a change of the same value by the
 * same reader within VALUE_EDIT_MS of the last entry is that entry, updated (its `from` kept); values are
 * cut to the log's 120 characters.
 */
export function logValue(run: Run, param: string, from: string, to: string, at: string, id: string, who: string): Run {
  if (from === to) return run;
  const cut = (value: string) => value.slice(0, 120);
  const last = run.log.at(-1);
  const recent =
    last?.param === param && last.who === who && Date.parse(at) - Date.parse(last.at) < VALUE_EDIT_MS
      ? last
      : undefined;
  if (recent && recent.from === cut(to)) return { ...run, log: run.log.slice(0, -1) };
  const logged = recent ? { ...recent, at, to: cut(to) } : entry(at, id, { who, param, from: cut(from), to: cut(to) });
  return { ...run, log: [...(recent ? run.log.slice(0, -1) : run.log), logged] };
}

function entry(at: string, id: string, fields: Partial<LogEntry>): LogEntry {
  return { id, at, who: '', step: '', phase: '', from: '', to: '', note: '', ...fields };
}

/**
 * The run with step `id` given `evidence` (or opened again, undefined) at `at`, and the change logged.
 * A step given the outcome it has keeps its first time; its note or who may change.
 */
export function markStep(
  run: Run,
  id: string,
  evidence: Evidence | undefined,
  at: string,
  logId: string,
  who = evidence?.who ?? '',
): Run {
  const before = run.marks.get(id);
  const from = outcomeOf(before);
  const to = evidence?.outcome ?? 'open';
  const marks = new Map(run.marks);
  const open = new Map(run.open);
  let mark: Mark | undefined;
  if (evidence) {
    const state: Mark['state'] = to === 'not-applicable' ? 'notApplicable' : to === 'failed' ? 'failed' : 'ticked';
    const same = before !== undefined && from === to;
    mark = {
      state,
      at: same ? before.at : at,
      ...(evidence.who ? { who: evidence.who } : {}),
      ...(to === 'remark' ? { outcome: 'remark' as const } : {}),
      ...(evidence.note ? { note: evidence.note } : {}),
      ...(evidence.hash ? { hash: evidence.hash } : same && before.hash ? { hash: before.hash } : {}),
      ...(evidence.text ? { text: evidence.text } : same && before.text ? { text: before.text } : {}),
      ...(same ? { changed: at } : {}),
    };
    if (same && JSON.stringify({ ...before, changed: at }) === JSON.stringify(mark)) return run;
    marks.set(id, mark);
    open.delete(id);
  } else {
    if (!before) return run;
    marks.delete(id);
    open.set(id, at);
  }
  const note = evidence?.note ?? '';
  return { ...run, marks, open, log: [...run.log, entry(at, logId, { who, step: id, from, to, note })] };
}

/** Puts marks back as they were (undo of clearing a phase): logged as a change like any other. */
export function restoreSteps(run: Run, entries: Marks, at: string, logIds: () => string, who: string): Run {
  const marks = new Map(run.marks);
  const open = new Map(run.open);
  const log = [...run.log];
  for (const [id, mark] of entries) {
    const from = outcomeOf(marks.get(id));
    marks.set(id, { ...mark, changed: at });
    open.delete(id);
    log.push(entry(at, logIds(), { who, step: id, from, to: outcomeOf(mark), note: 'undo' }));
  }
  return { ...run, marks, open, log };
}

/** The run with `phase` signed off, logged. Refused (undefined) while a step is neither done nor not applicable. */
export function signOffPhase(
  run: Run,
  phase: string,
  phaseSteps: readonly string[],
  signOff: Omit<SignOff, 'at'>,
  at: string,
  logId: string,
): Run | undefined {
  if (stepsBlockingSignOff(run, phaseSteps).length > 0 || signOff.name.trim() === '') return undefined;
  const signOffs = new Map(run.signOffs).set(phase, { ...signOff, at });
  const log = [...run.log, entry(at, logId, { who: signOff.name, phase, to: 'signed-off', note: signOff.comment })];
  return { ...run, signOffs, log };
}

/**
 * The reader confirms a changed step: its mark takes the current text, its outcome unchanged; logged (to
 * `text-confirmed`), so that the record shows who accepted the guide's new text of a step already marked, and when.
 */
export function confirmText(
  run: Run,
  id: string,
  hash: string,
  text: string,
  at: string,
  logId: string,
  who: string,
): Run {
  const mark = run.marks.get(id);
  if (!mark || mark.hash === hash) return run;
  const log = [...run.log, entry(at, logId, { who, step: id, to: 'text-confirmed' })];
  return { ...run, marks: new Map(run.marks).set(id, { ...mark, hash, text, changed: at }), log };
}
