/**
 * The "running over" flag of the home's phase cards (`[data-overrun]` in PhaseCardProgress.astro): shown on
 * each phase whose planned end, in the current run, has passed while it is not complete (run-board.ts).
 * Loaded by `<guide-overview>` only when the current run plans a window.
 */
import { boardCell } from '../run-board.ts';
import type { Run } from '../run-record.ts';
import { listOf } from './store.ts';

export function flagOverruns(cards: readonly HTMLElement[], run: Run, now = new Date()): void {
  for (const card of cards) {
    const flag = card.querySelector<HTMLElement>('[data-overrun]');
    if (!flag) continue;
    const phase = { slug: card.dataset['phase'] ?? '', items: listOf(card.dataset['items']) };
    flag.hidden = !boardCell(run, phase, now).overrunning;
  }
}
