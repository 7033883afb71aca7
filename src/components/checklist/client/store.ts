/**
 * The page's one progress store, on the browser's localStorage under the site's namespaced keys.
 *
 * A page starts with the reading side only (progress-view.ts): what it needs to show the reader's runs and
 * marks as it loads. The code that changes them (progress-store.ts, run-changes.ts) is loaded on the
 * reader's first change, or at once when the stored record must be set aside (unreadable), so that every
 * page ships less JavaScript before search (tests/e2e/page-weight.test.ts). Changes asked for while it loads
 * are made in order when it is there; the page shows them as the store notifies.
 */
import { storageKey } from '../../../utils/storage-keys.ts';
import type { ProgressStore } from '../progress-store.ts';
import { createProgressView, type ProgressReader, type ProgressView } from '../progress-view.ts';
import type { Evidence } from '../run-changes.ts';
import type { Marks, StepState } from '../progress-record.ts';
import { listenToOtherTabs, localStorageOrUndefined, readStored } from '../../../client/storage.ts';
import type { PluralTemplates } from '../progress-text.ts';

/** What a page reads, and the changes it makes without waiting for an answer. */
export interface PageProgress extends ProgressReader {
  setMark(id: string, state: StepState, on: boolean): void;
  setEvidence(id: string, evidence: Evidence | undefined): void;
  /** Opens `ids`; returns the marks removed (for undo), as they were before. */
  clear(ids: Iterable<string>): Marks;
  restore(entries: Marks): void;
  setValue(id: string, value: string | null, valid?: boolean): void;
  selectRun(id: string): void;
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

/** The full store, loaded once (its first call starts the load). */
export function writableProgressStore(): Promise<ProgressStore> {
  loading ??= import('../progress-store.ts').then(({ createProgressStore }) => {
    view?.dispose();
    full = createProgressStore({
      ...options(),
      who: () => readStored(storageKey(base, 'who')) ?? '',
      warn: (message, error) => console.warn(message, error ?? ''),
    });
    full.subscribe(notify);
    notify();
    return full;
  });
  return loading;
}

function reader(): ProgressReader {
  if (full) return full;
  if (!view) {
    view = createProgressView(options());
    view.subscribe(notify);
    if (view.needsRepair()) void writableProgressStore();
  }
  return view;
}

const later = (change: (store: ProgressStore) => void) => {
  if (full) change(full);
  else void writableProgressStore().then(change);
};

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
  setMark: (id, state, on) => later((store) => store.setMark(id, state, on)),
  setEvidence: (id, evidence) => later((store) => store.setEvidence(id, evidence)),
  clear(ids) {
    const list = [...ids];
    const marks = reader().marks();
    const removed = new Map(list.flatMap((id) => (marks.has(id) ? [[id, marks.get(id)!] as const] : [])));
    later((store) => store.clear(list));
    return removed;
  },
  restore: (entries) => later((store) => store.restore(entries)),
  setValue: (id, value, valid) => later((store) => store.setValue(id, value, valid)),
  selectRun: (id) => later((store) => store.selectRun(id)),
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
