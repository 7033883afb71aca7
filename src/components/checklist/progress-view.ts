/**
 * The reading side of the progress store (progress-store.ts): what a page needs to show the reader's
 * progress as it loads, without the code that changes it. Reads the record (any version) and the current
 * run, follows other tabs, and never writes. The page's store (client/store.ts) starts with it and loads
 * the full store on the reader's first change, or at once when the record needs repairing (unreadable).
 * It reads lightly (`readForShow`): a record whose shape it doubts is left to the full store, whose strict
 * reader (run-record.ts) sets it aside and salvages what it can.
 * Pure TypeScript, storage and channel injected (tests/unit/progress-view.test.ts).
 */
import type { Mark, Marks, Values } from './progress-record.ts';
import type { Run, Runs } from './run-record.ts';
import { DEFAULT_RUN, RUNS_VERSION, emptyRun, isRemoved } from './run-basics.ts';

/** Characters a browser keeps per site (5 MB in UTF-16 code units in every current browser). */
export const STORAGE_QUOTA = 5_000_000;
/** Past this share of the quota, the reader is told. */
export const NEARLY_FULL = 0.8;

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Unreadable {
  /** The storage key that holds the raw value now: a new `<key>:unreadable:<time>` slot, or `key` itself when it could not be copied. */
  readonly keptAs: string;
  readonly movedAside: boolean;
  /** How many entries could be read from it (the reader sees them). */
  readonly salvaged: number;
}

export interface ProgressStatus {
  /** False when marks live only as long as this page: storage missing, failing, or full. */
  readonly persistent: boolean;
  /** Set when a stored record could not be read. */
  readonly unreadable?: Unreadable;
  /** Set when the stored record is of a newer version: shown, never overwritten. */
  readonly newer?: number;
  /** Set when the record uses most of the browser's quota. */
  readonly nearlyFull?: boolean;
}

export interface RunSummary {
  readonly id: string;
  /** '' for the default run (each language names it). */
  readonly name: string;
  readonly created: string;
}

/** What every page reads of the reader's progress. */
export interface ProgressReader {
  marks(): Marks;
  markOf(id: string): Mark | undefined;
  status(): ProgressStatus;
  /** The current run's values of the guide's parameters (valid when they were typed). */
  values(): Values;
  /** What the reader typed that their parameter refused: kept, never used. */
  drafts(): Values;
  /** The runs not removed, oldest first. */
  runs(): readonly RunSummary[];
  /** Every run, removed ones included (exports, the home's table). */
  allRuns(): Runs;
  /** The current run, whole. */
  run(): Run;
  currentRunId(): string;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export interface ProgressViewOptions {
  readonly storage: StorageLike | undefined;
  readonly key: string;
  readonly runKey?: string;
  readonly listen?: (onExternalChange: (key: string | null) => void) => () => void;
}

export const byCreation = (a: Run, b: Run) =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1;

/** The remembered run when it exists and is not removed, else the oldest run left, else the default. */
export function pickCurrent(runs: Runs, wanted: string | undefined): string {
  const run = wanted === undefined ? undefined : runs.get(wanted);
  if (run && !isRemoved(run)) return run.id;
  const left = [...runs.values()].filter((r) => !isRemoved(r)).sort(byCreation);
  return left[0]?.id ?? DEFAULT_RUN;
}

export function runSummaries(runs: Runs): RunSummary[] {
  return [...runs.values()]
    .filter((run) => !isRemoved(run))
    .sort(byCreation)
    .map(({ id, name, created }) => ({ id, name, created }));
}

/** The run shown before anything is stored: empty, the default run's name. */
export const emptyDefault = (id: string): Run => emptyRun(id, '', '1970-01-01T00:00:00.000Z');

type Shown =
  | { readonly kind: 'ok'; readonly runs: Runs }
  | { readonly kind: 'newer'; readonly version: number; readonly runs: Runs }
  /** Not something this light reader trusts: the full store reads it strictly (and sets it aside if need be). */
  | { readonly kind: 'repair'; readonly runs: Runs };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const entries = <T>(value: unknown) =>
  new Map<string, T>(isObject(value) ? (Object.entries(value) as [string, T][]) : []);
const isTime = (at: unknown) => typeof at === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(at);
const isMark = (mark: unknown) => isObject(mark) && typeof mark['state'] === 'string' && isTime(mark['at']);
const OLD_FIELDS = ['version', 'ticked', 'notApplicable', 'values', 'drafts'];

/** The runs of a stored value, for showing only (any version; never throws). */
export function readForShow(raw: string | null): Shown {
  let parsed: unknown;
  try {
    parsed = raw === null ? { version: RUNS_VERSION, runs: {} } : JSON.parse(raw);
  } catch {
    return { kind: 'repair', runs: new Map() };
  }
  if (!isObject(parsed)) return { kind: 'repair', runs: new Map() };
  const version = parsed['version'];
  const runs = new Map<string, Run>();
  let doubt = false;
  if (version === 1 || version === 2 || version === 3) {
    // Before runs: the marks and values of the default run.
    const marks = new Map();
    doubt = Object.keys(parsed).some((field) => !OLD_FIELDS.includes(field));
    for (const state of ['ticked', 'notApplicable'] as const) {
      doubt ||= parsed[state] !== undefined && !isObject(parsed[state]);
      for (const [id, at] of entries(parsed[state])) {
        marks.set(id, { state, at });
        doubt ||= !isTime(at);
      }
    }
    runs.set(DEFAULT_RUN, {
      ...emptyRun(DEFAULT_RUN, '', '1970-01-01T00:00:00.000Z'),
      marks,
      values: entries(parsed['values']),
      drafts: entries(parsed['drafts']),
    });
    return { kind: doubt ? 'repair' : 'ok', runs };
  }
  for (const [id, value] of entries(parsed['runs'])) {
    if (!isObject(value)) {
      doubt = true;
      continue;
    }
    const run: Run = {
      ...value,
      id,
      name: String(value['name'] ?? ''),
      created: String(value['created'] ?? ''),
      marks: entries(value['steps']),
      open: entries(value['open']),
      values: entries(value['values']),
      drafts: entries(value['drafts']),
      valueTimes: entries(value['valueTimes']),
      log: Array.isArray(value['log']) ? value['log'] : [],
      signOffs: entries(value['signOffs']),
      windows: entries(value['windows']),
    };
    doubt ||= ![...run.marks.values()].every(isMark);
    runs.set(id, run);
  }
  if (typeof version === 'number' && version > RUNS_VERSION) return { kind: 'newer', version, runs };
  return { kind: version === RUNS_VERSION && !doubt ? 'ok' : 'repair', runs };
}

export interface ProgressView extends ProgressReader {
  /** The stored record cannot be shown as it is (unreadable): the full store must set it aside. */
  needsRepair(): boolean;
}

export function createProgressView(options: ProgressViewOptions): ProgressView {
  const { storage, key, runKey } = options;
  let runs: Runs = new Map();
  let current = DEFAULT_RUN;
  let persistent = storage !== undefined;
  let newer: number | undefined;
  let repair = false;
  let size = 0;
  const listeners = new Set<() => void>();

  function read(): void {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(key) ?? null;
    } catch {
      persistent = false;
    }
    const result = readForShow(raw);
    size = raw?.length ?? 0;
    runs = result.runs;
    if (result.kind === 'newer') {
      newer = result.version;
      persistent = false;
    }
    repair = result.kind === 'repair';
  }

  /** The run chosen last in this browser, by any tab. */
  const remembered = () => {
    try {
      return runKey ? (storage?.getItem(runKey) ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  };
  read();
  current = pickCurrent(runs, remembered());
  const stop = options.listen?.((changed) => {
    const chosen = changed === runKey;
    if (changed !== null && changed !== key && !chosen) return;
    read();
    current = pickCurrent(runs, chosen ? remembered() : current);
    for (const listener of listeners) listener();
  });

  const run = () => runs.get(current) ?? emptyDefault(current);
  return {
    marks: () => run().marks,
    markOf: (id) => run().marks.get(id),
    status: () => ({
      persistent,
      ...(newer !== undefined ? { newer } : {}),
      ...(size > STORAGE_QUOTA * NEARLY_FULL ? { nearlyFull: true } : {}),
    }),
    values: () => run().values,
    drafts: () => run().drafts,
    runs: () => runSummaries(runs),
    allRuns: () => runs,
    run,
    currentRunId: () => current,
    needsRepair: () => repair,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stop?.();
      listeners.clear();
    },
  };
}
