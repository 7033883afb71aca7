/**
 * The one module of browser code that touches the browser's storage (keys: src/utils/storage-keys.ts;
 * the inline theme script of theme-before-paint.ts, which runs before any module, reads the theme key on its own). localStorage is
 * reached without ever throwing: merely reading `window.localStorage` throws a SecurityError when the
 * reader (or a policy) disabled site data. Undefined then: the progress store keeps ticks for the page's
 * life, and a preference holds for the page only.
 */
export function localStorageOrUndefined(): Storage | undefined {
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

/** The value stored under `key`; null when there is none or storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return localStorageOrUndefined()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key for null; false when storage refused it. */
export function writeStored(key: string, value: string | null): boolean {
  const storage = localStorageOrUndefined();
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
