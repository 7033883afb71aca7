/**
 * The one way a page loads a part of its code on demand (`loadPart(() => import('./part.ts'))`).
 *
 * A load can fail for a moment: Firefox rejects a pending import() as soon as the reader starts leaving the
 * page (a reload right after a tick), and an intranet server may drop one request. So a failed load is
 * tried again after a pause, which never comes when the page is gone; only a part that still does not load
 * is reported, by the rejected promise, and the next use of the part tries once more.
 */
const RETRY_DELAYS_MS = [1_000, 3_000];

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await load();
    } catch {
      await pause(delay);
    }
  }
  return load();
}
