/**
 * The browser's localStorage, reached without ever throwing: merely reading `window.localStorage` throws a
 * SecurityError when the reader (or a policy) disabled site data. Undefined then, and the progress store
 * keeps ticks for the page's life.
 */
import type { StorageLike } from './progress-store.ts';

export function localStorageOrUndefined(): StorageLike | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Other tabs' changes to localStorage, as the progress store's `listen` option expects them. */
export function listenToOtherTabs(onExternalChange: (key: string | null) => void): () => void {
  const handler = (event: StorageEvent) => onExternalChange(event.key);
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
