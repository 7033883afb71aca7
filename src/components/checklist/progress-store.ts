/**
 * The one progress store: the reader's ticks, kept in the browser's storage and shared by every page and
 * language of the guide. Pure TypeScript: the storage, the clock and the cross-tab channel are injected, so
 * that unit tests drive it with fakes (tests/unit/progress-store.test.ts).
 *
 * Lifecycle
 * - Created once per page. Reads the record (progress-record.ts) from `key`.
 * - Every change is read-modify-write: the stored record is read again first, so that a change made in
 *   another tab whose `storage` event has not arrived yet is never overwritten.
 * - `listen` delivers the `storage` events of other tabs: the store reads the record again and notifies.
 *
 * What happens to stored data
 * - An unreadable record (not JSON, unknown version, wrong shape) is never overwritten before its raw value
 *   has been copied to `<key>:unreadable:<ISO time>` (a new slot each time, so nothing is ever lost; this
 *   happens once per damaged value, since the main key then holds the salvaged, valid record). The status
 *   says where it went, for the notice. If that copy fails, the raw value is left where it is and the store
 *   keeps ticks for this page only.
 * - When storage is missing or a read or write throws (private mode, disabled storage, quota), the store
 *   keeps working in memory for the page's life and stops touching storage; `status().persistent` is false.
 * - Ids unknown to the current content are kept untouched; `clear` removes only the ids it is given.
 */
import { readRecord, writeRecord, type Ticks } from './progress-record.ts';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ProgressStatus {
  /** False when ticks live only as long as this page: storage missing, failing, or full. */
  readonly persistent: boolean;
  /** Set when a stored record could not be read; `keptAs` is where its raw value was copied, if it could be. */
  readonly unreadable?: { readonly keptAs: string | undefined };
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
  ticks(): Ticks;
  tickedAt(id: string): string | undefined;
  status(): ProgressStatus;
  setTicked(id: string, ticked: boolean): void;
  /** Unticks `ids`; returns the removed entries (with their times), for undo. */
  clear(ids: Iterable<string>): Ticks;
  /** Puts entries back exactly as they were (undo of `clear`). */
  restore(entries: Ticks): void;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { key, now = () => new Date(), warn = () => {} } = options;
  let storage = options.storage;
  let ticks: Ticks = new Map();
  let unreadable: ProgressStatus['unreadable'];
  let warned = false;
  const listeners = new Set<() => void>();

  /** Stops using storage for the rest of the page's life; the reader is told through `status()`. */
  function fail(error: unknown): void {
    storage = undefined;
    if (!warned) warn(`Progress cannot be saved in this browser (${key}); ticks last until the page is closed.`, error);
    warned = true;
  }

  function keepAside(raw: string, reason: string): void {
    if (!storage) return;
    try {
      const stem = `${key}:unreadable:${now().toISOString()}`;
      let slot = stem;
      for (let n = 2; storage.getItem(slot) !== null; n += 1) slot = `${stem}-${n}`;
      storage.setItem(slot, raw);
      unreadable = { keptAs: slot };
      warn(`Saved progress could not be read (${reason}); its raw value was kept under "${slot}".`, undefined);
    } catch (error) {
      unreadable = { keptAs: undefined };
      fail(error);
    }
  }

  /** The stored ticks, after setting an unreadable value aside; undefined when storage is not usable. */
  function load(): Ticks | undefined {
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
    if (result.kind === 'ok') return result.ticks;
    keepAside(raw ?? '', result.reason);
    // Overwrite only once the raw value is safe elsewhere; either way, show what could be read.
    save(result.ticks);
    return result.ticks;
  }

  function save(next: Ticks): void {
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

  function change(apply: (draft: Map<string, string>) => void): void {
    const draft = new Map(load() ?? ticks);
    apply(draft);
    save(draft);
    ticks = draft;
    notify();
  }

  ticks = load() ?? ticks;
  const stopListening = options.listen?.((changedKey) => {
    if (!storage || (changedKey !== null && changedKey !== key)) return;
    ticks = load() ?? ticks;
    notify();
  });

  return {
    ticks: () => ticks,
    tickedAt: (id) => ticks.get(id),
    status: () => ({ persistent: storage !== undefined, ...(unreadable ? { unreadable } : {}) }),
    setTicked(id, ticked) {
      change((draft) => {
        if (!ticked) draft.delete(id);
        else if (!draft.has(id)) draft.set(id, now().toISOString());
      });
    },
    clear(ids) {
      const removed = new Map<string, string>();
      change((draft) => {
        for (const id of ids) {
          const at = draft.get(id);
          if (at !== undefined) removed.set(id, at);
          draft.delete(id);
        }
      });
      return removed;
    },
    restore(entries) {
      change((draft) => {
        for (const [id, at] of entries) draft.set(id, at);
      });
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
