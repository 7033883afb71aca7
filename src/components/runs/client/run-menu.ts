/**
 * The run control's menu (run-control-element.ts), loaded on the reader's first use of it so that no page
 * carries it before: create a run (a name asked in a dialog, optionally with another run's values), rename
 * or delete the current one (asked first; undone with the button offered after, for `UNDO_MS`), and the
 * initials that sign the reader's marks (remembered by the browser).
 */
import { fill } from '../../../i18n/fill.ts';
import { writableProgressStore } from '../../checklist/client/store.ts';
import { readStored, writeStored } from '../../../client/storage.ts';
import { storageKey } from '../../../utils/storage-keys.ts';
import { fillOptions } from './run-options.ts';

/** How long a deleted run can be brought back from the control (it stays in the record, flagged, after). */
const UNDO_MS = 60_000;

const whoKey = () => storageKey(import.meta.env.BASE_URL, 'who');

/** Wires the menu of `control`; returns what a click on a `[data-run-action]` button does. */
export async function enableRunMenu(control: HTMLElement): Promise<(action: string) => void> {
  const data = control.dataset;
  const defaultName = data['defaultName'] ?? '';
  const select = control.querySelector<HTMLSelectElement>('select[data-run-select]');
  const dialog = control.querySelector<HTMLDialogElement>('dialog[data-run-dialog]');
  const removeDialog = control.querySelector<HTMLDialogElement>('dialog[data-run-delete-dialog]');
  const message = control.querySelector<HTMLElement>('[data-run-message]');
  const undo = control.querySelector<HTMLButtonElement>('button[data-run-undo]');
  const menu = control.querySelector('details');
  const who = control.querySelector<HTMLInputElement>('input[data-run-who]');
  const form = dialog?.querySelector('form');
  const nameInput = dialog?.querySelector<HTMLInputElement>('input[name="name"]');
  const copy = dialog?.querySelector<HTMLSelectElement>('select[name="copy"]');
  const copyPart = dialog?.querySelector<HTMLElement>('[data-run-copy]');
  const title = dialog?.querySelector('[data-run-dialog-title]');
  const submit = dialog?.querySelector('[data-run-submit]');
  const store = await writableProgressStore();
  const nameOf = (id: string) => store.runs().find((run) => run.id === id)?.name || defaultName;
  let mode: 'new' | 'rename' = 'new';
  let removed = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string, offerUndo = false) => {
    if (message) message.textContent = text;
    if (undo) undo.hidden = !offerUndo;
    clearTimeout(timer);
    if (offerUndo) timer = setTimeout(() => say(''), UNDO_MS);
  };

  const open = (chosen: 'new' | 'rename') => {
    if (!dialog) return;
    mode = chosen;
    if (menu) menu.open = false;
    if (title) title.textContent = (chosen === 'new' ? data['newTitle'] : data['renameTitle']) ?? '';
    if (submit) submit.textContent = (chosen === 'new' ? data['create'] : data['save']) ?? '';
    if (copyPart) copyPart.hidden = chosen !== 'new';
    if (copy && chosen === 'new') {
      const none = copy.options[0];
      fillOptions(copy, store, defaultName, store.currentRunId());
      if (none) copy.prepend(none);
    }
    if (nameInput)
      nameInput.value =
        chosen === 'new' ? '' : (store.runs().find((run) => run.id === store.currentRunId())?.name ?? '');
    dialog.showModal();
  };
  control.querySelector('button[data-run-cancel]')?.addEventListener('click', () => dialog?.close('cancel'));
  form?.addEventListener('submit', () => {
    const name = nameInput?.value.trim() ?? '';
    if (!name) return;
    if (mode === 'new') store.createRun(name, copy?.value || undefined);
    else store.renameRun(store.currentRunId(), name);
  });

  const askDelete = () => {
    if (menu) menu.open = false;
    if (store.runs().length <= 1) {
      say(data['lastOne'] ?? '');
      return;
    }
    const question = removeDialog?.querySelector('[data-run-delete-question]');
    if (question) question.textContent = fill(data['deleteQuestion'] ?? '', { name: nameOf(store.currentRunId()) });
    if (!removeDialog) return;
    removeDialog.returnValue = '';
    removeDialog.showModal();
  };
  removeDialog?.addEventListener('close', () => {
    if (removeDialog.returnValue !== 'confirm') return;
    const id = store.currentRunId();
    const name = nameOf(id);
    if (!store.removeRun(id)) return;
    removed = id;
    say(fill(data['deleted'] ?? '', { name }), true);
    undo?.focus();
  });
  undo?.addEventListener('click', () => {
    if (!removed) return;
    store.restoreRun(removed);
    say(fill(data['restored'] ?? '', { name: nameOf(removed) }));
    removed = '';
    select?.focus();
  });

  if (who) {
    // Initials typed while this code loaded are the reader's latest word: kept and stored, not replaced.
    const typed = who.value.trim();
    if (typed) writeStored(whoKey(), typed);
    else who.value = readStored(whoKey()) ?? '';
    who.addEventListener('change', () => writeStored(whoKey(), who.value.trim() || null));
  }
  return (action) => {
    if (action === 'new' || action === 'rename') open(action);
    else if (action === 'delete') askDelete();
  };
}
