/**
 * The run on the printed sheets in progress mode (sheet-element.ts loads it once that mode is on): on the
 * cover of all the sheets, the run's name and each phase's sign-off; on each sheet, the run's name among
 * its facts, the sheet's failed steps (number, label, note), and the phase's electronic sign-off in the
 * approver's row (name and role, date) and in full below it, with the steps changed since.
 * Given no run (blank mode), it empties and hides all of it again.
 * Data on `<guide-sheet-controls>`: `data-intl`, `data-default-run`, `data-sign-off` (the sentences, JSON);
 * on each `.sheet`: `data-sheet` (the phase), `data-phase-items` and `data-phase-numbers`.
 */
import type { ProgressReader } from '../progress-view.ts';
import { signOffState } from '../sign-off-state.ts';
import { approver, changedText, signOffDay, signedText, type Words } from '../sign-off-text.ts';
import { listOf } from './store.ts';

/** A step's label as printed, without its condition and its evidence. */
function labelOf(row: HTMLElement): string {
  const step = row.querySelector('.sheet-step')?.cloneNode(true) as HTMLElement | undefined;
  for (const extra of step?.querySelectorAll('.sheet-when, [data-evidence]') ?? []) extra.remove();
  return step?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function show(element: HTMLElement | null, text: string): void {
  if (!element) return;
  element.textContent = text;
  element.hidden = text === '';
}

export function showRun(store: ProgressReader | undefined, controls: HTMLElement): void {
  let words: Words = {};
  try {
    words = JSON.parse(controls.dataset['signOff'] ?? '{}') as Words;
  } catch {
    // the sign-off prints without its sentences
  }
  const intl = controls.dataset['intl'] ?? 'en';
  const run = store?.run();
  const runName = run ? run.name || (controls.dataset['defaultRun'] ?? '') : '';
  // The cover of the all-phases sheets: the run's name, and each phase's sign-off in its box.
  for (const field of document.querySelectorAll('[data-run-name]')) field.textContent = runName;
  for (const box of document.querySelectorAll<HTMLElement>('[data-cover-sign-off]')) {
    const phase = box.dataset['coverSignOff'] ?? '';
    const sheet = document.querySelector<HTMLElement>(`.sheet[data-sheet="${CSS.escape(phase)}"]`);
    const items = listOf(sheet?.dataset['phaseItems']);
    const numbers = listOf(sheet?.dataset['phaseNumbers']);
    const state = run && signOffState(run, phase, items);
    box.textContent =
      state?.kind === 'signed'
        ? [
            `${approver(state.signOff)}, ${signOffDay(intl, state.signOff.date)}`,
            changedText(
              words,
              intl,
              state.changed.map((id) => numbers[items.indexOf(id)] ?? id),
            ),
          ]
            .filter(Boolean)
            .join(' — ')
        : '';
  }
  for (const sheet of document.querySelectorAll<HTMLElement>('.sheet')) {
    const runFact = sheet.querySelector<HTMLElement>('[data-sheet-run]');
    if (runFact) {
      runFact.hidden = !run;
      const value = runFact.querySelector('dd');
      if (value) value.textContent = runName;
    }
    const failedPart = sheet.querySelector<HTMLElement>('[data-sheet-failed]');
    const failed = run
      ? [...sheet.querySelectorAll<HTMLElement>('[data-checklist-item]')].filter(
          (row) => run.marks.get(row.dataset['checklistItem'] ?? '')?.state === 'failed',
        )
      : [];
    failedPart?.querySelector('ul')?.replaceChildren(
      ...failed.map((row) => {
        const item = document.createElement('li');
        const number = document.createElement('strong');
        number.textContent = row.querySelector('.sheet-number')?.textContent ?? '';
        const note = run?.marks.get(row.dataset['checklistItem'] ?? '')?.note;
        item.append(number, ` ${labelOf(row)}${note ? ` — ${note}` : ''}`);
        return item;
      }),
    );
    if (failedPart) failedPart.hidden = failed.length === 0;
    const items = listOf(sheet.dataset['phaseItems']);
    const numbers = listOf(sheet.dataset['phaseNumbers']);
    const state = run && signOffState(run, sheet.dataset['sheet'] ?? '', items);
    const signed = state?.kind === 'signed' ? state : undefined;
    const cells = sheet.querySelectorAll('[data-approver] td');
    if (cells[0]) cells[0].textContent = signed ? approver(signed.signOff) : '';
    if (cells[1]) cells[1].textContent = signed ? signOffDay(intl, signed.signOff.date) : '';
    show(
      sheet.querySelector('[data-sheet-sign-off]'),
      signed ? `${words['electronic'] ?? ''} — ${signedText(words, intl, signed.signOff)}` : '',
    );
    show(
      sheet.querySelector('[data-sheet-changed]'),
      signed
        ? changedText(
            words,
            intl,
            signed.changed.map((id) => numbers[items.indexOf(id)] ?? id),
          )
        : '',
    );
  }
}
