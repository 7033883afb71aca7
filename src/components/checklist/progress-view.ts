/**
 * The reading side of the progress store (progress-store.ts): what a page needs to show the reader's
 * progress as it loads, without the code that changes it. Reads the record (any version) and the current
 * run, follows other tabs, and never writes. The page's store (client/store.ts) starts with it and loads
 * the full store on the reader's first change, or at once when the record needs repairing (unreadable).
 * Pure TypeScript, storage and channel injected (tests/unit/progress-view.test.ts).
 */
import type { Mark, Marks, Values } from './progress-record.ts';
import { DEFAULT_RUN, emptyRun, isRemoved, readRuns, type Run, type Runs } from './run-record.ts';

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
    const result = readRuns(raw);
    size = raw?.length ?? 0;
    runs = result.kind === 'empty' ? new Map() : result.runs;
    if (result.kind === 'newer') {
      newer = result.version;
      persistent = false;
    }
    repair = result.kind === 'invalid';
  }

  read();
  let remembered: string | undefined;
  try {
    remembered = runKey ? (storage?.getItem(runKey) ?? undefined) : undefined;
  } catch {
    remembered = undefined;
  }
  current = pickCurrent(runs, remembered);
  const stop = options.listen?.((changed) => {
    if (changed !== null && changed !== key) return;
    read();
    current = pickCurrent(runs, current);
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
