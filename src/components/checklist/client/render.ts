/** What the progress elements write into the page: a count with its bar, and prerequisite hints. */
import type { StepCounts } from '../progress-summary.ts';

/**
 * Writes `text` into `[data-progress-count]` and the counts into the `<progress>` of `scope`. A phase whose
 * steps are all "not applicable" has nothing left to count: its bar shows full when it is complete.
 */
export function showProgress(scope: ParentNode, text: string, counts: StepCounts, complete: boolean): void {
  const count = scope.querySelector<HTMLElement>('[data-progress-count]');
  const bar = scope.querySelector('progress');
  if (count) count.textContent = text;
  if (!bar) return;
  bar.max = Math.max(counts.total, 1);
  bar.value = counts.total > 0 ? counts.done : Number(complete);
}

/** Shows the `[data-pending]` hint of `scope` with the `[data-prerequisite="<slug>"]` links of `pending` only. */
export function showPending(scope: ParentNode, pending: readonly string[]): void {
  for (const hint of scope.querySelectorAll<HTMLElement>('[data-pending]')) hint.hidden = pending.length === 0;
  for (const link of scope.querySelectorAll<HTMLElement>('[data-prerequisite]')) {
    link.hidden = !pending.includes(link.dataset['prerequisite'] ?? '');
  }
}
