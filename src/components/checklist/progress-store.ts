/**
 * The one progress store: the reader's marks (ticked, or not applicable, with their times), kept in the
 * browser's storage and shared by every page and language of the guide. Pure TypeScript: the storage, the clock and the cross-tab channel are injected, so
 * that unit tests drive it with fakes (tests/unit/progress-store.test.ts).
 *
 * Lifecycle
 * - Created once per page. Reads the record (progress-record.ts) from `key`. A record of an older version
 *   is read as it is and written in the current version on the next change.
 * - Every change is read-modify-write: the stored record is read again first, so that a change made in
 *   another tab whose `storage` event has not arrived yet is never overwritten.
 * - `listen` delivers the `storage` events of other tabs: the store reads the record again and notifies.
 *
 * What happens to stored data
 * - An unreadable record (not JSON, unknown version, wrong shape) is never overwritten before its raw value
 *   has been copied to `<key>:unreadable:<ISO time>` (a new slot each time, so nothing is ever lost; this
 *   happens once per damaged value, since the main key then holds the salvaged, valid record). The status
 *   says where the original is and how many marks were salvaged, for the notice. If that copy fails, the
 *   raw value is left where it is and the store keeps marks for this page only.
 * - When storage is missing or a read or write throws (private mode, disabled storage, quota), the store
 *   keeps working in memory for the page's life and stops touching storage; `status().persistent` is false.
 * - Ids unknown to the current content are kept untouched; `clear` removes only the ids it is given.
 */
import {
  mergeMarks,
  readRecord,
  writeRecord,
  type Mark,
  type Marks,
  type MergeResult,
  type StepState,
} from './progress-record.ts';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ProgressStatus {
  /** False when marks live only as long as this page: storage missing, failing, or full. */
  readonly persistent: boolean;
  /** Set when a stored record could not be read. */
  readonly unreadable?: Unreadable;
}

export interface Unreadable {
  /** The storage key that holds the raw value now: a new `<key>:unreadable:<time>` slot, or `key` itself when it could not be copied. */
  readonly keptAs: string;
  readonly movedAside: boolean;
  /** How many marks could be read from it (the reader sees them). */
  readonly salvaged: number;
}

export interface ProgressStoreOptions {
  readonly storage: StorageLike | undefined;
  readonly key: string;
  readonly now?: () => Date;
  /** Subscribes to changes made by other tabs (`storage` events); `key` null means storage was cleared. */
  readonly listen?: (onExternalChange: (key: string | null) => void) => () => void;
  /** Told once when storage fails, for the console. */
  readonly warn?: (message: string, error: unknown) => void;
}

export interface ProgressStore {
  marks(): Marks;
  markOf(id: string): Mark | undefined;
  status(): ProgressStatus;
  /**
   * `on`: gives the step `state`, timed now (a step that already has it keeps its time; one in the other
   * state changes). Not `on`: opens a step that has `state`, and leaves a step in the other state as it is.
   */
  setMark(id: string, state: StepState, on: boolean): void;
  /** Opens `ids` (whatever their state); returns the removed marks (with their times), for undo. */
  clear(ids: Iterable<string>): Marks;
  /** Puts marks back exactly as they were (undo of `clear`). */
  restore(entries: Marks): void;
  /** Adds the marks of steps that have none (a loaded progress file); changes no existing mark. */
  merge(entries: Marks): MergeResult;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { key, now = () => new Date(), warn = () => {} } = options;
  let storage = options.storage;
  let marks: Marks = new Map();
  let unreadable: ProgressStatus['unreadable'];
  let warned = false;
  const listeners = new Set<() => void>();

  /** Stops using storage for the rest of the page's life; the reader is told through `status()`. */
  function fail(error: unknown): void {
    storage = undefined;
    if (!warned) warn(`Progress cannot be saved in this browser (${key}); marks last until the page is closed.`, error);
    warned = true;
  }

  function keepAside(raw: string, reason: string, salvaged: number): void {
    if (!storage) return;
    try {
      const stem = `${key}:unreadable:${now().toISOString()}`;
      let slot = stem;
      for (let n = 2; storage.getItem(slot) !== null; n += 1) slot = `${stem}-${n}`;
      storage.setItem(slot, raw);
      unreadable = { keptAs: slot, movedAside: true, salvaged };
      warn(`Saved progress could not be read (${reason}); its raw value was kept under "${slot}".`, undefined);
    } catch (error) {
      unreadable = { keptAs: key, movedAside: false, salvaged };
      fail(error);
    }
  }

  /** The stored marks, after setting an unreadable value aside; undefined when storage is not usable. */
  function load(): Marks | undefined {
    if (!storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (error) {
      fail(error);
      return undefined;
    }
    const result = readRecord(raw);
    if (result.kind === 'empty') return new Map();
    if (result.kind === 'ok') return result.marks;
    keepAside(raw ?? '', result.reason, result.marks.size);
    // Overwrite only once the raw value is safe elsewhere; either way, show what could be read.
    save(result.marks);
    return result.marks;
  }

  function save(next: Marks): void {
    if (!storage) return;
    try {
      storage.setItem(key, writeRecord(next));
    } catch (error) {
      fail(error);
    }
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function change(apply: (draft: Map<string, Mark>) => void): void {
    const draft = new Map(load() ?? marks);
    apply(draft);
    save(draft);
    marks = draft;
    notify();
  }

  marks = load() ?? marks;
  const stopListening = options.listen?.((changedKey) => {
    if (!storage || (changedKey !== null && changedKey !== key)) return;
    marks = load() ?? marks;
    notify();
  });

  return {
    marks: () => marks,
    markOf: (id) => marks.get(id),
    status: () => ({ persistent: storage !== undefined, ...(unreadable ? { unreadable } : {}) }),
    setMark(id, state, on) {
      change((draft) => {
        const current = draft.get(id);
        if (on && current?.state !== state) draft.set(id, { state, at: now().toISOString() });
        else if (!on && current?.state === state) draft.delete(id);
      });
    },
    clear(ids) {
      const removed = new Map<string, Mark>();
      change((draft) => {
        for (const id of ids) {
          const mark = draft.get(id);
          if (mark !== undefined) removed.set(id, mark);
          draft.delete(id);
        }
      });
      return removed;
    },
    restore(entries) {
      change((draft) => {
        for (const [id, mark] of entries) draft.set(id, mark);
      });
    },
    merge(entries) {
      let result: MergeResult = { added: new Map(), differing: 0 };
      change((draft) => {
        result = mergeMarks(draft, entries);
        for (const [id, mark] of result.added) draft.set(id, mark);
      });
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopListening?.();
      listeners.clear();
    },
  };
}
