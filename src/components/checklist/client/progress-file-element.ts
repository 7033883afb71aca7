/**
 * `<guide-progress-file>` on a language's home: saves the reader's marks to a file, and loads a file saved
 * from this guide in another browser (or kept as a copy), adding its marks to steps that have none here.
 * Nothing of this browser's progress is changed or removed by a load; only the steps of this guide are
 * taken from a file. A file that cannot be read, holds no marked step, or none of this guide, changes
 * nothing and the reader is told why.
 * Data: `data-guide` (the guide's title, written into the file), `data-ids` (every step id of the guide),
 * `data-file-prefix`, `data-intl`, `data-saved-one` and `-other` (with `{{file}}` and `{{count}}`),
 * `data-saved-empty` (with `{{file}}`), `data-saved-run` (with `{{run}}` and `{{file}}`), `data-added-one` and `-other`
 * and `data-differing-one` and `-other` (with `{{count}}`), `data-invalid`, `data-empty`, `data-foreign`,
 * `data-nothing-new`, `data-not-kept` (said after a load when the browser keeps nothing).
 * Inside: `button[data-save]`, `button[data-save-run]` (the current run only), `button[data-load]`, `input[type=file][data-file]`, `[data-status]`, and
 * `[data-needs-js]` parts rendered hidden, shown by this script.
 */
import { defineElement } from '../../../client/define-element.ts';
import { loadPart } from '../../../client/load-part.ts';

/** Long enough for screen readers to notice that the status was emptied before the same words return. */
const ANNOUNCE_AGAIN_DELAY_MS = 100;

/** The actions, loaded on the first click (progress-file-actions.ts). */
const actions = () => loadPart(() => import('./progress-file-actions.ts'));

class GuideProgressFile extends HTMLElement {
  connectedCallback(): void {
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
    const failed = () => say(this.dataset['invalid'] ?? '');
    this.querySelector('button[data-save]')?.addEventListener('click', () => {
      actions()
        .then((loaded) => loaded.save(this))
        .then(say, failed);
    });
    this.querySelector('button[data-save-run]')?.addEventListener('click', () => {
      actions()
        .then((loaded) => loaded.saveRun(this))
        .then(say, failed);
    });
    this.querySelector('button[data-export-csv]')?.addEventListener('click', () => {
      void actions().then((loaded) => loaded.exportCsv(this));
    });
    this.querySelector('button[data-load]')?.addEventListener('click', () => input?.click());
    input?.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      actions()
        .then((loaded) => loaded.load(this, file))
        .then(say, failed);
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
  }
}

defineElement('guide-progress-file', GuideProgressFile);
