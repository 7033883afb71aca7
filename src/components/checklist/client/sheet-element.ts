/**
 * `<guide-sheet-controls>` on the printable sheets: a print button, and "print the current progress", which
 * marks the ticked rows of every sheet on the page and writes when each was ticked (blank by default, so
 * that a sheet prints ready to fill by hand). Follows ticks made in other tabs while it is on.
 * Data: `data-intl` (locale for dates), `data-as-of` (template with `{{date}}`).
 */
import { fill } from '../../../i18n/fill.ts';
import type { ProgressStore } from '../progress-store.ts';
import { formatTickTime } from '../tick-time.ts';
import { define, watchProgress } from './store.ts';

class GuideSheetControls extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const toggle = this.querySelector<HTMLInputElement>('input[data-with-progress]');
    const print = this.querySelector<HTMLButtonElement>('button[data-print]');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
    if (!toggle) return;
    const apply = () => {
      this.#stop?.();
      this.#stop = undefined;
      if (toggle.checked) this.#stop = watchProgress((store) => this.#show(store));
      else this.#show(undefined);
    };
    toggle.addEventListener('change', apply);
    toggle.disabled = false;
    apply();
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }

  /** Fills every sheet with the store's ticks, or empties it when `store` is undefined. */
  #show(store: ProgressStore | undefined): void {
    const intl = this.dataset['intl'] ?? 'en';
    const stamp = (iso: string) => formatTickTime(intl, iso, 'short') ?? iso;
    // Date, then time: a narrow column breaks the line between them, not inside the date.
    const dateThenTime = (iso: string) => {
      const when = new Date(iso);
      return `${new Intl.DateTimeFormat(intl, { dateStyle: 'short' }).format(when)} ${new Intl.DateTimeFormat(intl, { timeStyle: 'short' }).format(when)}`;
    };
    for (const row of document.querySelectorAll<HTMLElement>('.sheet [data-checklist-item]')) {
      const at = store?.tickedAt(row.dataset['checklistItem'] ?? '');
      row.classList.toggle('is-ticked', at !== undefined);
      const date = row.querySelector('[data-tick-date]');
      if (date) date.textContent = at ? dateThenTime(at) : '';
    }
    for (const asOf of document.querySelectorAll<HTMLElement>('.sheet [data-as-of]')) {
      asOf.hidden = store === undefined;
      asOf.textContent = store ? `· ${fill(this.dataset['asOf'] ?? '', { date: stamp(new Date().toISOString()) })}` : '';
    }
  }
}

define('guide-sheet-controls', GuideSheetControls);
