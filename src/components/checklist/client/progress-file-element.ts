/**
 * `<guide-progress-file>` on a language's home: saves the reader's marks to a file, and loads a file saved
 * from this guide in another browser (or kept as a copy), adding its marks to steps that have none here.
 * Nothing of this browser's progress is changed or removed by a load; only the steps of this guide are
 * taken from a file. A file that cannot be read, holds no marked step, or none of this guide, changes
 * nothing and the reader is told why.
 * Data: `data-guide` (the guide's title, written into the file), `data-ids` (every step id of the guide),
 * `data-file-prefix`, `data-intl`, `data-saved-one` and `-other` (with `{{file}}` and `{{count}}`),
 * `data-saved-empty` (with `{{file}}`), `data-added-one` and `-other`
 * and `data-differing-one` and `-other` (with `{{count}}`), `data-invalid`, `data-empty`, `data-foreign`,
 * `data-nothing-new`, `data-not-kept` (said after a load when the browser keeps nothing).
 * Inside: `button[data-save]`, `button[data-load]`, `input[type=file][data-file]`, `[data-status]`, and
 * `[data-needs-js]` parts rendered hidden, shown by this script.
 */
import { fill } from '../../../i18n/fill.ts';
import {
  MAX_PROGRESS_FILE_BYTES,
  marksOfGuide,
  progressFileName,
  readProgressFile,
  writeProgressFile,
} from '../progress-file.ts';
import { pluralTemplate } from '../progress-text.ts';
import { listOf, progressStore } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';

/** How long the saved file's address stays valid: the browser has started the download long before. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** Long enough for screen readers to notice that the status was emptied before the same words return. */
const ANNOUNCE_AGAIN_DELAY_MS = 100;

class GuideProgressFile extends HTMLElement {
  /** Every step id of the guide. */
  #ids: ReadonlySet<string> = new Set();

  connectedCallback(): void {
    this.#ids = new Set(listOf(this.dataset['ids']));
    const input = this.querySelector<HTMLInputElement>('input[type="file"][data-file]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const say = (text: string) => {
      if (!status) return;
      // The same words written again (a second save in the same minute) are not announced: empty first.
      if (status.textContent === text) {
        status.textContent = '';
        setTimeout(() => (status.textContent = text), ANNOUNCE_AGAIN_DELAY_MS);
      } else status.textContent = text;
    };
    this.querySelector('button[data-save]')?.addEventListener('click', () => say(this.#save()));
    this.querySelector('button[data-load]')?.addEventListener('click', () => input?.click());
    input?.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      void this.#load(file).then(say, () => say(this.dataset['invalid'] ?? ''));
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  }

  #save(): string {
    const now = new Date();
    const name = progressFileName(this.dataset['filePrefix'] ?? '', now);
    // Every run of this browser (removed ones left out), so that the file carries all of the reader's work.
    const text = writeProgressFile(progressStore().allRuns(), { guide: this.dataset['guide'] ?? '', saved: now });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    // The count the reader checks the file against: the steps of this guide marked in this browser.
    const marked = marksOfGuide(progressStore().marks(), this.#ids).size;
    if (marked === 0) return fill(this.dataset['savedEmpty'] ?? '', { file: name });
    return fill(this.#plural('saved', marked), { file: name, count: marked });
  }

  /** The `.one` or `.other` template of `data-<prefix>-one` / `-other` for `count`, in the page's language. */
  #plural(prefix: 'saved' | 'added' | 'differing' | 'runsAdded', count: number): string {
    return pluralTemplate(this.dataset['intl'] ?? 'en', count, {
      one: this.dataset[`${prefix}One`],
      other: this.dataset[`${prefix}Other`],
    });
  }

  async #load(file: File): Promise<string> {
    const { invalid = '', empty = '', foreign = '', nothingNew = '', notKept = '' } = this.dataset;
    if (file.size > MAX_PROGRESS_FILE_BYTES) return invalid;
    const read = readProgressFile(await file.text());
    if (read.kind === 'invalid') {
      console.warn(`Progress file "${file.name}" not loaded: ${read.reason}.`);
      // What is wrong, named (the reason is the file's field, in the file's own terms).
      return `${invalid} (${read.reason})`;
    }
    const store = progressStore();
    if (!read.single) {
      // A file of runs: new runs are added whole, runs already here get the marks of steps without one.
      const runs = new Map(
        [...read.runs].map(([id, run]) => [id, { ...run, marks: marksOfGuide(run.marks, this.#ids) }] as const),
      );
      const allMarks = [...read.runs.values()].reduce((sum, run) => sum + run.marks.size, 0);
      if (allMarks === 0 && read.runs.size === 0) return empty;
      const marked = [...runs.values()].reduce((sum, run) => sum + run.marks.size, 0);
      if (allMarks > 0 && marked === 0) return foreign;
      const result = store.mergeRuns(runs);
      const said = [
        ...(result.marks > 0 ? [fill(this.#plural('added', result.marks), { count: result.marks })] : []),
        ...(result.runs > 0 ? [fill(this.#plural('runsAdded', result.runs), { count: result.runs })] : []),
      ];
      if (said.length === 0) said.push(nothingNew);
      if (result.marks > 0 && !store.status().persistent) said.push(notKept);
      return said.join(' ');
    }
    // A file from before runs: its marks go to the current run, as they always did.
    // The environment's values travel with the marks: those of parameters without a value here are added.
    store.mergeValues(read.values);
    if (read.marks.size === 0) return empty;
    const ofGuide = marksOfGuide(read.marks, this.#ids);
    if (ofGuide.size === 0) return foreign;
    const { added, differing } = store.merge(ofGuide);
    const count = (prefix: 'added' | 'differing', value: number) => fill(this.#plural(prefix, value), { count: value });
    const said = [
      ...(added.size > 0 ? [count('added', added.size)] : []),
      ...(differing > 0 ? [count('differing', differing)] : []),
    ];
    if (said.length === 0) said.push(nothingNew);
    if (added.size > 0 && !store.status().persistent) said.push(notKept);
    return said.join(' ');
  }
}

defineElement('guide-progress-file', GuideProgressFile);
