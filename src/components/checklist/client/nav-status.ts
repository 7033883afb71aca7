/**
 * The sidebar's phase statuses: each phase with steps is marked done, started or not started, by a sign
 * and by words for screen readers, from the reader's marks; updated as they change, in this tab or another.
 * Data: one `[data-nav-phase][data-items]` per phase (the item ids of its checklist), and in every copy of
 * the navigation a `[data-nav-status="<slug>"]` holding `[data-sign]` and `[data-words]`, with the words in
 * `data-done`, `data-started` and `data-not-started`. Rendered hidden: without JavaScript nothing is known.
 */
import { summarizeProgress, type PhaseItems } from '../progress-summary.ts';
import { phaseStatus, type PhaseStatus } from '../resume-point.ts';
import { listOf, watchProgress } from './store.ts';

const SIGNS: Readonly<Record<PhaseStatus, string>> = { done: '✓', started: '◐', 'not-started': '○' };
const WORDS = { done: 'done', started: 'started', 'not-started': 'notStarted' } as const;

const phases: PhaseItems[] = [...document.querySelectorAll<HTMLElement>('[data-nav-phase][data-items]')].map(
  (phase) => ({
    slug: phase.dataset['navPhase'] ?? '',
    items: listOf(phase.dataset['items']),
    prerequisites: [],
  }),
);

if (phases.length > 0) {
  watchProgress((store) => {
    for (const phase of summarizeProgress(phases, store.marks()).phases) {
      if (phase.total + phase.notApplicable === 0) continue;
      const status = phaseStatus(phase);
      for (const mark of document.querySelectorAll<HTMLElement>(`[data-nav-status="${CSS.escape(phase.slug)}"]`)) {
        mark.hidden = false;
        mark.dataset['state'] = status;
        const sign = mark.querySelector('[data-sign]');
        const words = mark.querySelector('[data-words]');
        if (sign) sign.textContent = SIGNS[status];
        if (words) words.textContent = ` (${mark.dataset[WORDS[status]] ?? status})`;
      }
    }
  });
}
