/**
 * `<guide-checklist>`: makes the rendered checklist markable. Enables each step's checkbox and "not
 * applicable" toggle (rendered disabled, so that the page reads and prints without JavaScript), keeps them
 * in step with the progress store (this tab and others), and shows when each step was marked.
 * Data: `data-intl` (locale for dates), `data-ticked-at` and `data-not-applicable-at` (templates with `{{date}}`).
 */
import { fill } from '../../../i18n/fill.ts';
import { formatMarkTime } from '../tick-time.ts';
import { progressStore, watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';

interface Item {
  readonly id: string;
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly skip: HTMLButtonElement | null;
  readonly time: HTMLTimeElement;
}

class GuideChecklist extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const intl = this.dataset['intl'] ?? 'en';
    const items: Item[] = [];
    for (const row of this.querySelectorAll<HTMLElement>('[data-checklist-item]')) {
      const id = row.dataset['checklistItem'];
      const input = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (!id || !input) continue;
      const time = document.createElement('time');
      time.className = 'checklist-ticked';
      time.hidden = true;
      (row.querySelector('.checklist-body') ?? row).append(time);
      items.push({ id, row, input, skip: row.querySelector('button[data-not-applicable]'), time });
    }
    this.#stop = watchProgress((store) => {
      for (const { id, row, input, skip, time } of items) {
        const mark = store.markOf(id);
        input.checked = mark?.state === 'ticked';
        skip?.setAttribute('aria-pressed', String(mark?.state === 'notApplicable'));
        row.classList.toggle('is-ticked', mark?.state === 'ticked');
        row.classList.toggle('is-not-applicable', mark?.state === 'notApplicable');
        time.hidden = mark === undefined;
        if (!mark) continue;
        time.dateTime = mark.at;
        const template = this.dataset[mark.state === 'ticked' ? 'tickedAt' : 'notApplicableAt'] ?? '';
        time.textContent = fill(template, { date: formatMarkTime(intl, mark.at) ?? mark.at });
      }
    });
    for (const { id, input, skip } of items) {
      input.addEventListener('change', () => progressStore().setMark(id, 'ticked', input.checked));
      input.disabled = false;
      if (!skip) continue;
      skip.addEventListener('click', () =>
        progressStore().setMark(id, 'notApplicable', skip.getAttribute('aria-pressed') !== 'true'),
      );
      skip.disabled = false;
    }
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

defineElement('guide-checklist', GuideChecklist);
