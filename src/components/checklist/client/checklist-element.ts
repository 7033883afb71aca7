/**
 * `<guide-checklist>`: makes the rendered checklist tickable. Enables the checkboxes (rendered disabled, so
 * that the page reads and prints without JavaScript), keeps them in step with the progress store (this tab
 * and others), and shows when each ticked item was ticked.
 * Data: `data-intl` (locale for dates), `data-ticked-at` (template with `{{date}}`).
 */
import { fill } from '../../../i18n/fill.ts';
import { formatTickTime } from '../tick-time.ts';
import { define, progressStore, watchProgress } from './store.ts';

interface Item {
  readonly id: string;
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
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
      items.push({ id, row, input, time });
    }
    this.#stop = watchProgress((store) => {
      for (const { id, row, input, time } of items) {
        const at = store.tickedAt(id);
        input.checked = at !== undefined;
        row.classList.toggle('is-ticked', at !== undefined);
        time.hidden = at === undefined;
        if (at === undefined) continue;
        time.dateTime = at;
        time.textContent = fill(this.dataset['tickedAt'] ?? '', { date: formatTickTime(intl, at) ?? at });
      }
    });
    for (const { id, input } of items) {
      input.addEventListener('change', () => progressStore().setTicked(id, input.checked));
      input.disabled = false;
    }
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

define('guide-checklist', GuideChecklist);
