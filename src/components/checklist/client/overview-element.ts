/**
 * `<guide-overview>` on a language's home: the progress of the whole guide and of each phase card, and a
 * hint on a phase the reader has started while its prerequisites are not complete (a hint only: nothing is
 * locked).
 * Each card: `data-phase`, `data-items`, `data-prerequisites`; inside it `[data-progress-count]`,
 * `progress`, `[data-complete]`, `[data-pending]` with one `[data-prerequisite="<slug>"]` per prerequisite.
 * Near the top, `[data-resume]`: a link to where the reader resumes (resume-point.ts), at the step's anchor
 * (`#step-<id>`) on its phase page, named by the card's `data-name`; `[data-resume-done]` once all is done.
 * Data: `data-resume-start` and `data-resume-continue` (templates with `{{phase}}`, `{{step}}`, `{{steps}}`),
 * `data-intl`, `data-count` (template with `{{done}}`, `{{total}}`), `data-guide-count-one` and
 * `-other` (the same, by the plural of `done`), `data-not-applicable-one` and `-other` (templates with `{{count}}`, by its plural).
 */
import { fill } from '../../../i18n/fill.ts';
import { summarizeProgress, type PhaseItems } from '../progress-summary.ts';
import { resumePoint } from '../resume-point.ts';
import { pluralTemplate, progressText } from '../progress-text.ts';
import { showPending, showProgress } from './render.ts';
import { listOf, pluralData, watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';
import { loadPart } from '../../../client/load-part.ts';

class GuideOverview extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const { intl = 'en', count = '', guideCountOne, guideCountOther } = this.dataset;
    const notApplicable = pluralData(this, 'notApplicable');
    const cards = [...this.querySelectorAll<HTMLElement>('[data-phase][data-items]')];
    const phases: PhaseItems[] = cards.map((card) => ({
      slug: card.dataset['phase'] ?? '',
      items: listOf(card.dataset['items']),
      prerequisites: listOf(card.dataset['prerequisites']),
    }));
    const guide = this.querySelector<HTMLElement>('[data-guide-progress]');
    const resume = this.querySelector<HTMLAnchorElement>('a[data-resume]');
    const resumeDone = this.querySelector<HTMLElement>('[data-resume-done]');

    this.#stop = watchProgress((store) => {
      const summary = summarizeProgress(phases, store.marks());
      if (guide) {
        guide.hidden = summary.total + summary.notApplicable === 0;
        const template = pluralTemplate(intl, summary.done, { one: guideCountOne, other: guideCountOther });
        showProgress(
          guide,
          progressText(summary, template, notApplicable, intl),
          summary,
          summary.done === summary.total,
        );
      }
      const point = resumePoint(phases, store.marks());
      if (resume) resume.hidden = point === undefined || point.state === 'done';
      if (resumeDone) resumeDone.hidden = point?.state !== 'done';
      if (resume && point && point.state !== 'done') {
        const card = cards[phases.findIndex((phase) => phase.slug === point.slug)];
        const template = this.dataset[point.state === 'start' ? 'resumeStart' : 'resumeContinue'] ?? '';
        resume.textContent = fill(template, {
          phase: card?.dataset['name'] ?? point.slug,
          // The step's speakable number (6.12), as the page, the sheets and the text give it.
          number: listOf(card?.dataset['numbers'])[point.step - 1] ?? point.step,
          step: point.step,
          steps: point.steps,
        });
        resume.href = `${card?.querySelector('a')?.href.split('#')[0] ?? ''}#step-${point.item}`;
      }
      summary.phases.forEach((phase, index) => {
        const card = cards[index];
        if (!card) return;
        if (phase.total + phase.notApplicable > 0)
          showProgress(card, progressText(phase, count, notApplicable, intl), phase, phase.complete);
        card.classList.toggle('is-complete', phase.complete);
        for (const badge of card.querySelectorAll<HTMLElement>('[data-complete]')) badge.hidden = !phase.complete;
        showPending(card, phase.started ? phase.pendingPrerequisites : []);
      });
      // Phases running over the current run's planned windows (loaded only where a window is planned).
      if (store.run().windows.size > 0 || this.querySelector('[data-overrun]:not([hidden])'))
        void loadPart(() => import('./phase-overrun.ts')).then((part) => part.flagOverruns(cards, store.run()));
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

defineElement('guide-overview', GuideOverview);
