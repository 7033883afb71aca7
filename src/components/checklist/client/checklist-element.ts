/**
 * `<guide-checklist>`: makes the rendered checklist markable. Enables each step's checkbox and "not
 * applicable" toggle (rendered disabled, so that the page reads and prints without JavaScript), keeps them
 * in step with the progress store (this tab and others), and shows when each step was marked, and its
 * evidence compactly (who, the outcome when not simply done, the note) on a button that opens the outcome
 * and note dialog (evidence-dialog.ts, loaded on first use). A mark keeps the step's text hash (the item's
 * `data-hash`, the same in every language: src/steps/text-hashes.ts) and its text as read; a marked step
 * whose hash has changed since is flagged until the reader confirms (changed-flag.ts, loaded when needed).
 * Data: `data-intl` (locale for dates), `data-ticked-at`, `data-not-applicable-at` and `data-failed-at`
 * (templates with `{{date}}`), `data-evidence` (the dialog's and the flag's words, the outcomes' names, JSON).
 */
import { fill } from '../../../i18n/fill.ts';
import { formatMarkTime } from '../tick-time.ts';
import { progressStore, watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';
import { loadPart } from '../../../client/load-part.ts';
import { isChanged } from '../run-basics.ts';
import type { ReadText } from '../run-changes.ts';

interface Item {
  readonly id: string;
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly skip: HTMLButtonElement | null;
  readonly time: HTMLTimeElement;
  readonly evidence: HTMLButtonElement;
  readonly hash: string | undefined;
}

/** The step's label (without its number) and verification (without its heading), as the page shows them. */
function textOf(row: HTMLElement): string {
  return ['label', '.checklist-verify']
    .map((selector) => {
      const part = row.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
      for (const aside of part?.querySelectorAll('[data-step-number], .checklist-verify-label, [hidden]') ?? [])
        aside.remove();
      return part?.textContent?.replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean)
    .join(' — ')
    .slice(0, 4000);
}

/** What a mark keeps of the step's text (nothing on a page that gives no hash). */
function readText(row: HTMLElement): ReadText | undefined {
  const hash = row.dataset['hash'];
  return hash ? { hash, text: textOf(row) } : undefined;
}

const TEMPLATES = { ticked: 'tickedAt', notApplicable: 'notApplicableAt', failed: 'failedAt' } as const;

class GuideChecklist extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const intl = this.dataset['intl'] ?? 'en';
    let words: Record<string, string> = {};
    try {
      words = JSON.parse(this.dataset['evidence'] ?? '{}') as Record<string, string>;
    } catch {
      // the evidence shows without the outcome's name
    }
    const items: Item[] = [];
    for (const row of this.querySelectorAll<HTMLElement>('[data-checklist-item]')) {
      const id = row.dataset['checklistItem'];
      const input = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (!id || !input) continue;
      const time = document.createElement('time');
      time.className = 'checklist-ticked';
      time.hidden = true;
      const evidence = document.createElement('button');
      evidence.type = 'button';
      evidence.className = 'checklist-evidence';
      evidence.hidden = true;
      evidence.title = words['edit'] ?? '';
      evidence.setAttribute('aria-label', words['edit'] ?? '');
      evidence.addEventListener('click', () => {
        void loadPart(() => import('./evidence-dialog.ts')).then((dialog) =>
          dialog.editEvidence(id, words, readText(row)),
        );
      });
      (row.querySelector('.checklist-body') ?? row).append(time, evidence);
      const skip = row.querySelector<HTMLButtonElement>('button[data-not-applicable]');
      items.push({ id, row, input, skip, time, evidence, hash: row.dataset['hash'] });
    }
    this.#stop = watchProgress((store) => {
      for (const item of items) {
        const { id, row, input, skip, time, evidence, hash } = item;
        const mark = store.markOf(id);
        if (isChanged(mark, hash)) {
          const after = row.querySelector('.checklist-verify') ?? row.querySelector('label');
          void loadPart(() => import('./changed-flag.ts')).then((flag) => {
            const stored = progressStore().markOf(id);
            if (after && hash && isChanged(stored, hash))
              flag.showChanged(row, after, { id, hash, before: stored?.text ?? '', now: textOf(row) }, words);
          });
        } else row.querySelector('.checklist-changed')?.remove();
        input.checked = mark?.state === 'ticked';
        skip?.setAttribute('aria-pressed', String(mark?.state === 'notApplicable'));
        row.classList.toggle('is-ticked', mark?.state === 'ticked');
        row.classList.toggle('is-not-applicable', mark?.state === 'notApplicable');
        row.classList.toggle('is-failed', mark?.state === 'failed');
        time.hidden = mark === undefined;
        evidence.hidden = mark === undefined;
        if (!mark) continue;
        time.dateTime = mark.at;
        const template = this.dataset[TEMPLATES[mark.state]] ?? '';
        time.textContent = fill(template, { date: formatMarkTime(intl, mark.at) ?? mark.at });
        const outcome = mark.outcome === 'remark' ? words['remark'] : '';
        evidence.textContent = [mark.who, outcome, mark.note].filter(Boolean).join(' · ') || '✎';
      }
    });
    for (const item of items) {
      const { id, input, skip } = item;
      input.addEventListener('change', () => progressStore().setMark(id, 'ticked', input.checked, readText(item.row)));
      input.disabled = false;
      if (!skip) continue;
      skip.addEventListener('click', () =>
        progressStore().setMark(id, 'notApplicable', skip.getAttribute('aria-pressed') !== 'true', readText(item.row)),
      );
      skip.disabled = false;
    }
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

defineElement('guide-checklist', GuideChecklist);
