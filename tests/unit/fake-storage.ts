/**
 * A fake Web Storage area for the progress store's tests: one shared map, seen through any number of "tabs".
 * Like a browser, a write in one tab fires the `storage` listeners of the other tabs (not its own).
 * Failures are injected per tab: `failGet` / `failSet` make the next calls throw the given error.
 */
import type { StorageLike } from '../../src/components/checklist/progress-store.ts';

export class FakeArea {
  readonly data = new Map<string, string>();
  private readonly tabs = new Set<FakeTab>();

  tab(): FakeTab {
    const tab = new FakeTab(this);
    this.tabs.add(tab);
    return tab;
  }

  broadcast(from: FakeTab, key: string | null): void {
    for (const tab of this.tabs) if (tab !== from) tab.fire(key);
  }
}

export class FakeTab implements StorageLike {
  failGet: Error | undefined;
  failSet: Error | undefined;
  writes = 0;
  private readonly handlers = new Set<(key: string | null) => void>();

  constructor(private readonly area: FakeArea) {}

  getItem(key: string): string | null {
    if (this.failGet) throw this.failGet;
    return this.area.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet;
    this.writes += 1;
    this.area.data.set(key, value);
    this.area.broadcast(this, key);
  }

  /** The store's `listen` option. */
  listen = (handler: (key: string | null) => void): (() => void) => {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  };

  fire(key: string | null): void {
    for (const handler of this.handlers) handler(key);
  }
}

export function domError(name: string): Error {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}
