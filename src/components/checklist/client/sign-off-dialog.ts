/**
 * The sign-off form of a phase (sign-off-element.ts), loaded on the reader's first use: the approver's name
 * (required) and role, the date (today unless changed) and an optional comment. Signing is a change of the
 * current run like any other (timed, logged); the store refuses it while a step is neither done nor not
 * applicable. Signing again (after a later change) replaces the sign-off and clears its flag.
 */
import { progressSettled, progressStore } from './store.ts';

let dialog: HTMLDialogElement | undefined;

function field(
  form: HTMLFormElement,
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  name: string,
  max: number,
): void {
  // As the run dialog's fields (RunControl.astro): a paragraph each, the control under its label.
  const line = document.createElement('p');
  const wrap = document.createElement('label');
  control.name = name;
  control.maxLength = max;
  wrap.append(label, document.createElement('br'), control);
  line.append(wrap);
  form.append(line);
}

function build(words: Record<string, string>): HTMLDialogElement {
  const made = document.createElement('dialog');
  made.className = 'confirm-dialog evidence-dialog';
  made.setAttribute('aria-labelledby', 'sign-off-dialog-title');
  const form = document.createElement('form');
  form.method = 'dialog';
  const title = document.createElement('h2');
  title.id = 'sign-off-dialog-title';
  title.textContent = words['dialogTitle'] ?? '';
  form.append(title);
  const name = document.createElement('input');
  name.required = true;
  name.autocomplete = 'name';
  field(form, words['name'] ?? '', name, 'name', 120);
  field(form, words['role'] ?? '', document.createElement('input'), 'role', 120);
  const date = document.createElement('input');
  date.type = 'date';
  date.required = true;
  field(form, words['date'] ?? '', date, 'date', 10);
  const comment = document.createElement('textarea');
  comment.rows = 3;
  field(form, words['commentLabel'] ?? '', comment, 'comment', 1000);
  const actions = document.createElement('div');
  actions.className = 'confirm-dialog-actions';
  const cancel = document.createElement('button');
  cancel.className = 'button';
  cancel.value = 'cancel';
  cancel.formNoValidate = true;
  cancel.textContent = words['cancel'] ?? '';
  const save = document.createElement('button');
  save.className = 'button button-primary';
  save.value = 'save';
  save.textContent = words['save'] ?? '';
  actions.append(cancel, save);
  form.append(actions);
  made.append(form);
  document.body.append(made);
  return made;
}

/** Today in the reader's time zone, as a date input holds it (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Opens the form for `phase` (its steps `steps`); signs it off on "save". */
export async function signOff(phase: string, steps: readonly string[], words: Record<string, string>): Promise<void> {
  await progressSettled();
  const store = progressStore();
  dialog ??= build(words);
  const shown = dialog;
  const form = shown.querySelector('form');
  if (!form) return;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
  // Signing again (after a change): the last approver's name and role, today, a new comment.
  const last = store.run().signOffs.get(phase);
  input('name').value = last?.name ?? '';
  input('role').value = last?.role ?? '';
  input('date').value = today();
  input('comment').value = '';
  shown.returnValue = '';
  shown.onclose = () => {
    if (shown.returnValue !== 'save') return;
    const value = (name: string) => input(name).value.trim();
    if (!value('name')) return;
    store.signOff(phase, steps, {
      name: value('name'),
      role: value('role'),
      date: value('date') || today(),
      comment: value('comment'),
    });
  };
  shown.showModal();
}
