/**
 * `<guide-progress>`: a phase's progress on its page ("Steps: 5 of 12" and a `<progress>`), and "untick
 * all", confirmed in a dialog and undoable: the removed ticks (with their times) stay offered for undo until
 * the phase's ticks change again.
 * Data: `data-items` (the phase's item ids), `data-count` (template with `{{done}}`, `{{total}}`),
 * `data-reset-done`, `data-undone`. Rendered hidden/disabled; this script shows and enables it.
 */
import { fill } from '../../../i18n/fill.ts';
import type { Ticks } from '../progress-record.ts';
import { countDone } from '../progress-summary.ts';
import { define, listOf, progressStore, watchProgress } from './store.ts';

class GuideProgress extends HTMLElement {
  #stop: (() => void) | undefined;
  #undo: Ticks | undefined;
  #signature = '';

  connectedCallback(): void {
    const items = listOf(this.dataset['items']);
    const count = this.querySelector<HTMLElement>('[data-progress-count]');
    const bar = this.querySelector('progress');
    const reset = this.querySelector<HTMLButtonElement>('button[data-reset]');
    const dialog = this.querySelector('dialog');
    const message = this.querySelector<HTMLElement>('[data-undo-message]');
    const undo = this.querySelector<HTMLButtonElement>('button[data-undo]');
    const say = (text: string, offerUndo: boolean) => {
      if (message) message.textContent = text;
      if (undo) undo.hidden = !offerUndo;
    };

    this.#stop = watchProgress((store) => {
      const done = countDone(items, (id) => store.tickedAt(id) !== undefined);
      if (count) count.textContent = fill(this.dataset['count'] ?? '', { done, total: items.length });
      if (bar) bar.value = done;
      if (reset) reset.disabled = done === 0;
      const signature = items.map((id) => store.tickedAt(id) ?? '').join('|');
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
      say(this.dataset['resetDone'] ?? '', true);
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

define('guide-progress', GuideProgress);
