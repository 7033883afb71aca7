/**
 * `<guide-environment-form>` on the environment page: one input per parameter. What the reader types is
 * kept as they type it (no save button to forget), in the progress store beside the ticks: as a value when
 * it is valid for its parameter (kinds.ts), else as a draft that the pages never use. An invalid one is marked
 * `aria-invalid="true"` with the reason in the page's language (`data-errors`: reason → message), and the
 * pages keep showing the example. Emptying a field goes back to the example.
 * Without JavaScript the inputs stay disabled and the note that says so stays visible.
 */
import { defineElement } from '../../../client/define-element.ts';
import { invalidReason } from '../../../parameters/kinds.ts';
import { progressSettled, progressStore } from '../../checklist/client/store.ts';
import { declaredParameters } from './declared.ts';

class GuideEnvironmentForm extends HTMLElement {
  connectedCallback(): void {
    // The fields are filled once: with what the reader typed last, even if the page was left at once.
    void progressSettled().then(() => this.#start());
  }

  #start(): void {
    const store = progressStore();
    const declared = declaredParameters();
    let errors: Record<string, string> = {};
    try {
      errors = JSON.parse(this.dataset['errors'] ?? '{}') as Record<string, string>;
    } catch {
      // no messages: the field is still marked invalid
    }
    const status = this.querySelector<HTMLElement>('[data-environment-status]');
    for (const note of this.querySelectorAll<HTMLElement>('[data-no-js]')) note.hidden = true;
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
      const parameter = declared.get(input.name);
      if (!parameter) continue;
      const error = document.getElementById(`${input.id}-error`);
      const show = (value: string): boolean => {
        const reason = value === '' ? undefined : invalidReason(parameter.kind, value, parameter.pattern);
        if (reason === undefined) input.removeAttribute('aria-invalid');
        else input.setAttribute('aria-invalid', 'true');
        if (error) {
          error.textContent = reason === undefined ? '' : (errors[reason] ?? reason);
          error.hidden = reason === undefined;
        }
        return reason === undefined;
      };
      const keep = (value: string, valid: boolean) => store.setValue(input.name, value === '' ? null : value, valid);
      input.value = store.values().get(input.name) ?? store.drafts().get(input.name) ?? '';
      const valid = show(input.value);
      // A stored value that this version of the guide refuses (its kind or pattern changed) stops being used.
      if (!valid && store.values().has(input.name)) keep(input.value, false);
      input.disabled = false;
      input.addEventListener('input', () => {
        // Kept even when invalid (as a draft), so that nothing typed is lost; only a valid value reaches the pages.
        keep(input.value, show(input.value));
      });
      input.addEventListener('change', () => {
        if (!status || !show(input.value)) return;
        status.textContent = input.value === '' ? (this.dataset['cleared'] ?? '') : (this.dataset['saved'] ?? '');
      });
    }
  }
}

defineElement('guide-environment-form', GuideEnvironmentForm);
