/**
 * `<guide-overview>` on a language's home: the progress of the whole guide and of each phase card, and a
 * hint on a phase whose prerequisites are not complete (a hint only: nothing is locked).
 * Each card: `data-phase`, `data-items`, `data-prerequisites`; inside it `[data-progress-count]`,
 * `progress`, `[data-complete]`, `[data-pending]` with one `[data-prerequisite="<slug>"]` per prerequisite.
 * Data: `data-count` and `data-guide-count` (templates with `{{done}}`, `{{total}}`).
 */
import { fill } from '../../../i18n/fill.ts';
import { summarizeProgress, type PhaseItems } from '../progress-summary.ts';
import { define, listOf, watchProgress } from './store.ts';

class GuideOverview extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const cards = [...this.querySelectorAll<HTMLElement>('[data-phase][data-items]')];
    const phases: PhaseItems[] = cards.map((card) => ({
      slug: card.dataset['phase'] ?? '',
      items: listOf(card.dataset['items']),
      prerequisites: listOf(card.dataset['prerequisites']),
    }));
    const guide = this.querySelector<HTMLElement>('[data-guide-progress]');

    this.#stop = watchProgress((store) => {
      const summary = summarizeProgress(phases, (id) => store.tickedAt(id) !== undefined);
      if (guide) {
        guide.hidden = summary.total === 0;
        show(guide, this.dataset['guideCount'], summary.done, summary.total);
      }
      summary.phases.forEach((phase, index) => {
        const card = cards[index];
        if (!card) return;
        if (phase.total > 0) show(card, this.dataset['count'], phase.done, phase.total);
        card.classList.toggle('is-complete', phase.complete);
        for (const badge of card.querySelectorAll<HTMLElement>('[data-complete]')) badge.hidden = !phase.complete;
        for (const pending of card.querySelectorAll<HTMLElement>('[data-pending]')) pending.hidden = phase.pendingPrerequisites.length === 0;
        for (const item of card.querySelectorAll<HTMLElement>('[data-prerequisite]')) {
          item.hidden = !phase.pendingPrerequisites.includes(item.dataset['prerequisite'] ?? '');
        }
      });
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

function show(scope: HTMLElement, template: string | undefined, done: number, total: number): void {
  const count = scope.querySelector<HTMLElement>('[data-progress-count]');
  const bar = scope.querySelector('progress');
  if (count) count.textContent = fill(template ?? '', { done, total });
  if (bar) {
    bar.max = total;
    bar.value = done;
  }
}

define('guide-overview', GuideOverview);
