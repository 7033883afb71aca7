/**
 * The sign-off form of a phase (sign-off-element.ts), loaded on the reader's first use: the approver's name
 * (required) and role, the date (today unless changed) and an optional comment. Signing is a change of the
 * current run like any other (timed, logged); the store refuses it while a step is neither done nor not
 * applicable. Signing again (after a later change) replaces the sign-off and clears its flag.
 */
import { progressSettled, progressStore } from './store.ts';
import { dialogField as field, formDialog } from '../../../client/form-dialog.ts';

let dialog: HTMLDialogElement | undefined;

function build(words: Record<string, string>): HTMLDialogElement {
  const name = document.createElement('input');
  name.required = true;
  name.autocomplete = 'name';
  const date = document.createElement('input');
  date.type = 'date';
  date.required = true;
  const comment = document.createElement('textarea');
  const text = { title: words['dialogTitle'] ?? '', cancel: words['cancel'] ?? '', save: words['save'] ?? '' };
  return formDialog('sign-off-dialog-title', text, [
    field(words['name'] ?? '', name, 'name', 120),
    field(words['role'] ?? '', document.createElement('input'), 'role', 120),
    field(words['date'] ?? '', date, 'date', 10),
    field(words['commentLabel'] ?? '', comment, 'comment', 1000),
  ]).dialog;
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
  // The run shown as the form opens: the sign-off goes there, even if another tab chooses another run.
  const run = store.currentRunId();
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
    store.signOff(
      phase,
      steps,
      {
        name: value('name'),
        role: value('role'),
        date: value('date') || today(),
        comment: value('comment'),
      },
      run,
    );
  };
  shown.showModal();
}
