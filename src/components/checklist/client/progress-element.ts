/**
 * `<guide-progress>`: a phase's progress on its page ("Steps: 5 of 12 · 2 not applicable" and a
 * `<progress>`), a hint when its prerequisites are not complete (once the reader has marked something),
 * and "untick all", confirmed in a dialog and undoable: the removed marks (ticked and not applicable, with
 * their times) stay offered for undo until the phase's marks change again.
 * Data: `data-items` (the phase's item ids), `data-count` (template with `{{done}}`, `{{total}}`),
 * `data-intl`, `data-not-applicable-one` and `-other` (templates with `{{count}}`, by its plural), `data-reset-done` (ticks and "not applicable" marks
 * removed) and `data-reset-done-ticks` (ticks only), `data-undone`. Inside:
 * `[data-pending]` with one `[data-prerequisite="<slug>"][data-items]` link per prerequisite.
 * Rendered hidden/disabled; this script shows and enables it.
 */
import type { Marks } from '../progress-record.ts';
import { summarizeProgress, type PhaseItems } from '../progress-summary.ts';
import { progressText } from '../progress-text.ts';
import { showPending, showProgress } from './render.ts';
import { listOf, pluralData, progressStore, watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';

class GuideProgress extends HTMLElement {
  #stop: (() => void) | undefined;
  #undo: Marks | undefined;
  #signature = '';

  connectedCallback(): void {
    const items = listOf(this.dataset['items']);
    const prerequisites: PhaseItems[] = [...this.querySelectorAll<HTMLElement>('[data-prerequisite][data-items]')].map(
      (link) => ({
        slug: link.dataset['prerequisite'] ?? '',
        items: listOf(link.dataset['items']),
        prerequisites: [],
      }),
    );
    const phases = [{ slug: '', items, prerequisites: prerequisites.map((phase) => phase.slug) }, ...prerequisites];
    const reset = this.querySelector<HTMLButtonElement>('button[data-reset]');
    const dialog = this.querySelector('dialog');
    const message = this.querySelector<HTMLElement>('[data-undo-message]');
    const undo = this.querySelector<HTMLButtonElement>('button[data-undo]');
    const failedPart = this.querySelector<HTMLElement>('[data-failed]');
    const failedList = this.querySelector('[data-failed-list]');
    const say = (text: string, offerUndo: boolean) => {
      if (message) message.textContent = text;
      if (undo) undo.hidden = !offerUndo;
    };

    this.#stop = watchProgress((store) => {
      const summary = summarizeProgress(phases, store.marks());
      const [phase] = summary.phases;
      if (!phase) return;
      showProgress(
        this,
        progressText(
          phase,
          this.dataset['count'] ?? '',
          pluralData(this, 'notApplicable'),
          this.dataset['intl'] ?? 'en',
        ),
        phase,
        phase.complete,
      );
      showPending(this, summary.hintsShown ? phase.pendingPrerequisites : []);
      if (reset) reset.disabled = phase.done + phase.notApplicable === 0;
      // The failed steps, at the top, each a link to its step.
      const failed = items.filter((id) => store.markOf(id)?.state === 'failed');
      if (failedPart) failedPart.hidden = failed.length === 0;
      failedList?.replaceChildren(
        ...failed
          .map((id, index) => {
            const link = document.createElement('a');
            link.href = `#step-${id}`;
            link.textContent =
              document.querySelector(`[data-checklist-item="${CSS.escape(id)}"] label`)?.textContent?.trim() ?? id;
            return index === 0 ? link : [', ', link];
          })
          .flat(),
      );
      const signature = items.map((id) => JSON.stringify(store.markOf(id) ?? null)).join('|');
      if (signature !== this.#signature && this.#undo) {
        this.#undo = undefined;
        say('', false);
      }
      this.#signature = signature;
    });

    reset?.addEventListener('click', () => dialog?.showModal());
    dialog?.addEventListener('close', () => {
      if (dialog.returnValue !== 'confirm') return;
      dialog.returnValue = '';
      const removed = progressStore().clear(items);
      this.#undo = removed;
      const clearedNotApplicable = [...removed.values()].some((mark) => mark.state === 'notApplicable');
      say((clearedNotApplicable ? this.dataset['resetDone'] : this.dataset['resetDoneTicks']) ?? '', true);
      undo?.focus();
    });
    undo?.addEventListener('click', () => {
      const removed = this.#undo;
      if (!removed) return;
      this.#undo = undefined;
      progressStore().restore(removed);
      say(this.dataset['undone'] ?? '', false);
      reset?.focus();
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

defineElement('guide-progress', GuideProgress);
