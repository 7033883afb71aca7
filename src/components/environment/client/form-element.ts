/**
 * `<guide-environment-form>` on the environment page: one input per parameter. What the reader types is
 * kept as they type it (no save button to forget), in the progress store beside the ticks; a value is used
 * on the pages only when it is valid for its parameter (usable.ts). An invalid one is marked
 * `aria-invalid="true"` with the reason in the page's language (`data-errors`: reason → message), and the
 * pages keep showing the example. Emptying a field goes back to the example.
 * Without JavaScript the inputs stay disabled and the note that says so stays visible.
 */
import { defineElement } from '../../../client/define-element.ts';
import { invalidReason } from '../../../parameters/kinds.ts';
import { progressStore } from '../../checklist/client/store.ts';
import { declaredParameters } from './declared.ts';

class GuideEnvironmentForm extends HTMLElement {
  connectedCallback(): void {
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
      input.value = store.values().get(input.name) ?? '';
      show(input.value);
      input.disabled = false;
      input.addEventListener('input', () => {
        // Kept even when invalid, so that nothing typed is lost; only a valid value reaches the pages.
        store.setValue(input.name, input.value === '' ? null : input.value);
        show(input.value);
      });
      input.addEventListener('change', () => {
        if (!status || !show(input.value)) return;
        status.textContent = input.value === '' ? (this.dataset['cleared'] ?? '') : (this.dataset['saved'] ?? '');
      });
    }
  }
}

defineElement('guide-environment-form', GuideEnvironmentForm);
