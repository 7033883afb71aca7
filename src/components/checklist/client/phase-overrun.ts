/**
 * The "running over" flag of the home's phase cards (`[data-overrun]` in PhaseCardProgress.astro): shown on
 * each phase whose planned end, in the current run, has passed while it is not complete (run-board.ts).
 * Loaded by `<guide-overview>` only when the current run plans a window; flagged again on every change of
 * the progress and, while the page is shown, as the clock passes a planned end.
 */
import { OVERRUN_CHECK_MS, boardCell } from '../run-board.ts';
import type { Run } from '../run-record.ts';
import { listOf } from './store.ts';

let latest: { cards: readonly HTMLElement[]; run: Run } | undefined;
let clock: ReturnType<typeof setInterval> | undefined;

function flag(cards: readonly HTMLElement[], run: Run, now: Date): void {
  for (const card of cards) {
    const overrun = card.querySelector<HTMLElement>('[data-overrun]');
    if (!overrun) continue;
    const phase = { slug: card.dataset['phase'] ?? '', items: listOf(card.dataset['items']) };
    overrun.hidden = !boardCell(run, phase, now).overrunning;
  }
}

export function flagOverruns(cards: readonly HTMLElement[], run: Run, now = new Date()): void {
  latest = { cards, run };
  flag(cards, run, now);
  clock ??= setInterval(() => {
    if (latest && !document.hidden) flag(latest.cards, latest.run, new Date());
  }, OVERRUN_CHECK_MS);
}
