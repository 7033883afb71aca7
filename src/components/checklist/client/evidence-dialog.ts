/**
 * The outcome and note of a step (checklist-element.ts), loaded on the reader's first use: a dialog with
 * the four outcomes (done, done with a remark, failed, not applicable) and a short note (plain text). What
 * the reader saves is a change of the current run like any other: timed, signed with their initials, logged.
 */
import { outcomeOf } from '../run-record.ts';
import type { ReadText } from '../run-changes.ts';
import { writableProgressStore } from './store.ts';
import { dialogField, formDialog } from '../../../client/form-dialog.ts';

const OUTCOMES = ['done', 'remark', 'failed', 'not-applicable'] as const;
let dialog: HTMLDialogElement | undefined;

function build(words: Record<string, string>): HTMLDialogElement {
  const choices = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = words['title'] ?? '';
  legend.className = 'visually-hidden';
  choices.append(legend);
  for (const outcome of OUTCOMES) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'outcome';
    radio.value = outcome;
    label.append(radio, ` ${words[outcome] ?? outcome}`);
    // One choice a line.
    const line = document.createElement('div');
    line.append(label);
    choices.append(line);
  }
  const note = dialogField(words['note'] ?? '', document.createElement('textarea'), 'note', 1000);
  const text = { title: words['title'] ?? '', cancel: words['cancel'] ?? '', save: words['save'] ?? '' };
  return formDialog('evidence-title', text, [choices, note]).dialog;
}

/**
 * Opens the dialog for step `id`, filled with its evidence; saves it on "save". A new outcome keeps the
 * step's text as read now (`read`); a note changed alone leaves the mark's text, and so its flag if changed.
 */
export async function editEvidence(id: string, words: Record<string, string>, read?: ReadText): Promise<void> {
  const store = await writableProgressStore();
  // The run shown as the dialog opens: what the reader saves goes there, even if another tab chooses another.
  const run = store.currentRunId();
  const mark = store.markOf(id);
  dialog ??= build(words);
  const shown = dialog;
  const form = shown.querySelector('form');
  if (!form) return;
  const current = outcomeOf(mark);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="outcome"]'))
    radio.checked = radio.value === (current === 'open' ? 'done' : current);
  const note = form.querySelector('textarea');
  if (note) note.value = mark?.note ?? '';
  shown.returnValue = '';
  shown.onclose = () => {
    if (shown.returnValue !== 'save') return;
    const outcome = form.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value;
    if (!outcome) return;
    store.setEvidence(
      id,
      {
        outcome: outcome as (typeof OUTCOMES)[number],
        ...(note?.value.trim() ? { note: note.value.trim() } : {}),
        ...(outcome !== current ? read : {}),
      },
      run,
    );
  };
  shown.showModal();
}
