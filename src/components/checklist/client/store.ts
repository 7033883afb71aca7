/** The page's one progress store, on the browser's localStorage under the site's namespaced key. */
import { storageKey } from '../../../utils/storage-keys.ts';
import { createProgressStore, type ProgressStore } from '../progress-store.ts';
import { listenToOtherTabs, localStorageOrUndefined } from '../../../client/storage.ts';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  store ??= createProgressStore({
    storage: localStorageOrUndefined(),
    key: storageKey(import.meta.env.BASE_URL, 'progress'),
    listen: listenToOtherTabs,
    warn: (message, error) => console.warn(message, error ?? ''),
  });
  return store;
}

/** Runs `render` now and after every change of the ticks; returns the unsubscribe function. */
export function watchProgress(render: (store: ProgressStore) => void): () => void {
  const current = progressStore();
  render(current);
  return current.subscribe(() => render(current));
}

/** A space-separated list from a data attribute (`data-items="p4-a p4-b"`). */
export function listOf(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}
