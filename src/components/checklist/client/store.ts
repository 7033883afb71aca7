/**
 * The page's one progress store, on the browser's localStorage under the site's namespaced keys.
 *
 * A page starts with the reading side only (progress-view.ts): what it needs to show the reader's runs and
 * marks as it loads. The code that changes them (progress-store.ts, run-changes.ts) is loaded on the
 * reader's first change, or at once when the stored record must be set aside (unreadable), so that every
 * page ships less JavaScript before search (tests/e2e/page-weight.test.ts).
 *
 * Nothing asked for while it loads is lost, even when the reader leaves the page at once: each change is
 * first written, synchronously, to a journal in storage (`pending`: the change and its time), and the
 * writing side, once there (on this page or the next one, which loads it at once when the journal holds
 * anything), makes the changes in order with their own times, taking each out of the journal as it does.
 */
import { storageKey } from '../../../utils/storage-keys.ts';
import type { ProgressStore } from '../progress-store.ts';
import { createProgressView, type ProgressReader, type ProgressView } from '../progress-view.ts';
import type { Evidence, ReadText } from '../run-changes.ts';
import type { SignOff } from '../run-record.ts';
import type { Marks, StepState } from '../progress-record.ts';
import { loadPart } from '../../../client/load-part.ts';
import { listenToOtherTabs, localStorageOrUndefined, readStored, writeStored } from '../../../client/storage.ts';
import type { PluralTemplates } from '../progress-text.ts';

/** What a page reads, and the changes it makes without waiting for an answer. */
export interface PageProgress extends ProgressReader {
  /** `read`: the step's text hash and text as the reader read it, kept by the mark. */
  setMark(id: string, state: StepState, on: boolean, read?: ReadText): void;
  /** `run`: the run the reader began in (see ProgressStore.setEvidence). */
  setEvidence(id: string, evidence: Evidence | undefined, run?: string): void;
  /** The reader confirms a changed step's new text (its hash and text). */
  confirmText(id: string, hash: string, text: string): void;
  /** Opens `ids`; returns the marks removed (for undo), as they were before. */
  clear(ids: Iterable<string>): Marks;
  restore(entries: Marks): void;
  setValue(id: string, value: string | null, valid?: boolean): void;
  selectRun(id: string): void;
  /** Signs `phase` off (refused by the store while one of `steps` is neither done nor not applicable). */
  signOff(phase: string, steps: readonly string[], signOff: Omit<SignOff, 'at'>, run?: string): void;
}

const base = import.meta.env.BASE_URL;
const options = () => ({
  storage: localStorageOrUndefined(),
  key: storageKey(base, 'progress'),
  runKey: storageKey(base, 'run'),
  listen: listenToOtherTabs,
});

let view: ProgressView | undefined;
let full: ProgressStore | undefined;
let loading: Promise<ProgressStore> | undefined;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** A change waiting in the journal: the store's method, its arguments, and when the reader made it. */
type Change = readonly [
  method: 'setMark' | 'setEvidence' | 'confirmText' | 'clear' | 'restore' | 'setValue' | 'selectRun' | 'signOff',
  at: string,
  ...args: unknown[],
];
const journalKey = storageKey(base, 'pending');

function journal(): Change[] {
  try {
    return JSON.parse(readStored(journalKey) ?? '[]') as Change[];
  } catch {
    return [];
  }
}

/** The full store, loaded once (its first call starts the load); it first makes the changes of the journal. */
export function writableProgressStore(): Promise<ProgressStore> {
  if (loading) return loading;
  loading = loadPart(() => import('../progress-store.ts')).then(({ createProgressStore }) => {
    view?.dispose();
    let replaying: string | undefined;
    const store = createProgressStore({
      ...options(),
      now: () => new Date(replaying ?? Date.now()),
      who: () => readStored(storageKey(base, 'who')) ?? '',
      warn: (message, error) => console.warn(message, error ?? ''),
    });
    for (let next = journal()[0]; next; next = journal()[0]) {
      // Taken out first: another tab replaying the same journal never makes a change twice.
      writeStored(journalKey, JSON.stringify(journal().slice(1)));
      const [method, at, ...args] = next;
      replaying = at;
      (store[method] as (...values: unknown[]) => void)(...args.map(revive));
      replaying = undefined;
    }
    writeStored(journalKey, null);
    full = store;
    full.subscribe(notify);
    notify();
    return full;
  });
  // A part that could not load (the change stays in the journal, for the next page): asked again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Marks (maps) travel through the journal as lists of entries. */
const MAP = '__map__';
const keep = (value: unknown) => (value instanceof Map ? { [MAP]: [...value] } : value);
const revive = (value: unknown) =>
  typeof value === 'object' && value !== null && MAP in value ? new Map((value as Record<string, []>)[MAP]) : value;

function reader(): ProgressReader {
  if (full) return full;
  if (!view) {
    view = createProgressView(options());
    // Once a change is waiting for the writing side, the stored record lacks it: another tab's change
    // shown now would undo the reader's box until then. The writing side shows both when it is there.
    view.subscribe(() => {
      if (!loading) notify();
    });
    if (view.needsRepair() || journal().length > 0) void writableProgressStore();
  }
  return view;
}

/**
 * Resolves once the changes still in the journal (typed on the page the reader just left) are in the
 * store: what reads a value once, as a form filling its fields, waits for it. At once when there are none.
 */
export function progressSettled(): Promise<unknown> {
  reader();
  return full || !loading ? Promise.resolve() : loading;
}

/** Makes a change now when the writing side is there, else journals it and loads it. */
function later(method: Change[0], ...args: unknown[]): void {
  if (full) {
    (full[method] as (...values: unknown[]) => void)(...args);
    return;
  }
  const change: Change = [method, new Date().toISOString(), ...args.map(keep)];
  if (!writeStored(journalKey, JSON.stringify([...journal(), change]))) {
    // No storage: the change lives as long as the page, like every other.
    void writableProgressStore().then((store) => (store[method] as (...values: unknown[]) => void)(...args));
    return;
  }
  void writableProgressStore();
}

const page: PageProgress = {
  marks: () => reader().marks(),
  markOf: (id) => reader().markOf(id),
  status: () => reader().status(),
  values: () => reader().values(),
  drafts: () => reader().drafts(),
  runs: () => reader().runs(),
  allRuns: () => reader().allRuns(),
  run: () => reader().run(),
  currentRunId: () => reader().currentRunId(),
  subscribe(listener) {
    reader();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  dispose() {
    listeners.clear();
  },
  setMark: (id, state, on, read) => later('setMark', id, state, on, read),
  setEvidence: (id, evidence, run) => later('setEvidence', id, evidence, run),
  confirmText: (id, hash, text) => later('confirmText', id, hash, text),
  clear(ids) {
    const list = [...ids];
    const marks = reader().marks();
    const removed = new Map(list.flatMap((id) => (marks.has(id) ? [[id, marks.get(id)!] as const] : [])));
    later('clear', list);
    return removed;
  },
  restore: (entries) => later('restore', entries),
  setValue: (id, value, valid) => later('setValue', id, value, valid),
  selectRun: (id) => later('selectRun', id),
  signOff: (phase, steps, signOff, run) => later('signOff', phase, steps, signOff, run),
};

export function progressStore(): PageProgress {
  return page;
}

/** Runs `render` now and after every change of the progress; returns the unsubscribe function. */
export function watchProgress(render: (store: PageProgress) => void): () => void {
  render(page);
  return page.subscribe(() => render(page));
}

/** A space-separated list from a data attribute (`data-items="p4-a p4-b"`). */
export function listOf(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

/** The `.one` and `.other` forms of a counted message, from `data-<name>-one` and `data-<name>-other`. */
export function pluralData(element: HTMLElement, name: string): PluralTemplates {
  return { one: element.dataset[`${name}One`], other: element.dataset[`${name}Other`] };
}
