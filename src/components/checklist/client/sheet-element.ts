/**
 * `<guide-sheet-controls>` on the printable sheets: a print button, and "print the current progress", which
 * marks the ticked rows of every sheet on the page, writes "not applicable" in the box of the steps so
 * marked, and when each was marked (blank by default, so that a sheet prints ready to fill by hand: the
 * operator then decides on paper). Follows marks made in other tabs while it is on. The choice is remembered
 * (preferences.ts): every sheet opens in the mode last chosen; without JavaScript a sheet stays blank.
 * Each sheet then says as of when, and its count ("Steps: 2 of 8 (1 not applicable)"), as its phase page does,
 * and names the run, lists its failed steps and gives the phase's sign-off (sheet-run.ts, loaded then).
 * The cover of the all-phases sheets gets today's date as the date printed (`[data-printed-on]`, a line to
 * fill by hand without JavaScript).
 * Data: `data-intl` (locale for dates and plurals), `data-as-of` (template with `{{date}}`), `data-count`
 * (template with `{{done}}`, `{{total}}`), `data-not-applicable-one` and `-other` (templates with `{{count}}`).
 */
import { rememberSheetProgress, sheetProgressRemembered } from '../../../client/preferences.ts';
import { fill } from '../../../i18n/fill.ts';
import type { ProgressReader } from '../progress-view.ts';
import { formatMarkTime, formatMarkTimeParts } from '../tick-time.ts';
import { countSteps } from '../progress-summary.ts';
import { progressText } from '../progress-text.ts';
import { pluralData, watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';
import { loadPart } from '../../../client/load-part.ts';

class GuideSheetControls extends HTMLElement {
  #stop: (() => void) | undefined;
  /** What the sheets show now (undefined: blank), and whether the run's part was asked for. */
  #shown: ProgressReader | undefined;
  #runLoaded = false;

  connectedCallback(): void {
    const toggle = this.querySelector<HTMLInputElement>('input[data-with-progress]');
    const print = this.querySelector<HTMLButtonElement>('button[data-print]');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
    const printedOn = () => {
      const today = new Intl.DateTimeFormat(this.dataset['intl'] ?? 'en', { dateStyle: 'long' }).format(new Date());
      for (const field of document.querySelectorAll('[data-printed-on]')) field.textContent = today;
    };
    printedOn();
    window.addEventListener('beforeprint', printedOn);
    if (!toggle) return;
    const apply = () => {
      this.#stop?.();
      this.#stop = undefined;
      if (toggle.checked) this.#stop = watchProgress((store) => this.#show(store));
      else this.#show(undefined);
    };
    toggle.addEventListener('change', () => {
      rememberSheetProgress(toggle.checked);
      apply();
    });
    // The reader's last choice, blank by default. This also undoes Firefox's restoring of a checkbox's state on
    // reload (`autocomplete="off"`, which stops it, is not valid HTML on a checkbox).
    toggle.checked = sheetProgressRemembered();
    toggle.disabled = false;
    apply();
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }

  /** Fills every sheet with the store's marks, or empties it when `store` is undefined. */
  #show(store: ProgressReader | undefined): void {
    const intl = this.dataset['intl'] ?? 'en';
    for (const row of document.querySelectorAll<HTMLElement>('.sheet [data-checklist-item]')) {
      const mark = store?.markOf(row.dataset['checklistItem'] ?? '');
      row.classList.toggle('is-ticked', mark?.state === 'ticked');
      row.classList.toggle('is-not-applicable', mark?.state === 'notApplicable');
      for (const label of row.querySelectorAll<HTMLElement>('[data-not-applicable]'))
        label.hidden = mark?.state !== 'notApplicable';
      // Evidence: who marked it, and the outcome and note when there is more to say than "done".
      const who = row.querySelector('[data-tick-who]');
      if (who) who.textContent = mark?.who ?? '';
      const evidence = row.querySelector<HTMLElement>('[data-evidence]');
      if (evidence) {
        const outcome =
          mark?.state === 'failed' ? this.dataset['outcomeFailed'] : mark?.outcome ? this.dataset['outcomeRemark'] : '';
        const text = [outcome, mark?.note].filter(Boolean).join(' — ');
        evidence.textContent = text;
        evidence.hidden = text === '';
      }
      const date = row.querySelector('[data-tick-date]');
      // Date, then time: a narrow column breaks the line between them, not inside either.
      if (date) date.textContent = mark ? (formatMarkTimeParts(intl, mark.at) ?? [mark.at]).join(' ') : '';
    }
    const runName = (store?.run().name || this.dataset['defaultRun']) ?? '';
    const asOfText = fill(this.dataset['asOf'] ?? '', { date: formatMarkTime(intl, new Date().toISOString()) ?? '' });
    for (const sheet of document.querySelectorAll<HTMLElement>('.sheet')) {
      const items = [...sheet.querySelectorAll<HTMLElement>('[data-checklist-item]')].map(
        (row) => row.dataset['checklistItem'] ?? '',
      );
      const counts = store
        ? progressText(
            countSteps(items, store.marks()),
            this.dataset['count'] ?? '',
            pluralData(this, 'notApplicable'),
            intl,
          )
        : '';
      for (const asOf of sheet.querySelectorAll<HTMLElement>('[data-as-of]')) {
        asOf.hidden = store === undefined;
        asOf.textContent = store ? `· ${runName} · ${asOfText} · ${counts}` : '';
      }
    }
    // The run's name, failed steps and sign-off: loaded once progress is printed, then kept in step.
    this.#shown = store;
    if (!store && !this.#runLoaded) return;
    this.#runLoaded = true;
    void loadPart(() => import('./sheet-run.ts')).then((part) => part.showRun(this.#shown, this));
  }
}

defineElement('guide-sheet-controls', GuideSheetControls);
