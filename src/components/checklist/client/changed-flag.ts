/**
 * "Changed since you marked it": the flag of a marked step whose label or verification changed in the guide
 * after it was marked (checklist-element.ts shows it when the mark's text hash differs from the page's,
 * run-record.ts `isChanged`), loaded only on a page that has such a step. In the step's row, after its
 * verification: the text as the reader marked it and as it is now, and a button that confirms the new text
 * (the mark takes the page's hash and text; the flag goes, in every tab and language). The flag's first line
 * describes the step's checkbox while it is shown (an id left behind once it goes names nothing).
 */
import { progressStore } from './store.ts';

const CLASS = 'checklist-changed';

/** What the flag says and acts on. */
export interface ChangedStep {
  readonly id: string;
  readonly hash: string;
  /** The text when marked ('' when the mark kept none). */
  readonly before: string;
  readonly now: string;
}

function paragraph(...content: (Node | string)[]): HTMLParagraphElement {
  const made = document.createElement('p');
  made.append(...content);
  return made;
}

function text(tag: 'strong' | 'del' | 'ins', content: string): HTMLElement {
  const made = document.createElement(tag);
  made.textContent = content;
  return made;
}

/** Shows (or updates) the flag of `step` in `row`, after `after`. */
export function showChanged(row: HTMLElement, after: Element, step: ChangedStep, words: Record<string, string>): void {
  let flag = row.querySelector<HTMLElement>(`.${CLASS}`);
  const key = `${step.hash} ${step.before}`;
  if (flag?.dataset['shown'] === key) return;
  flag?.remove();
  flag = document.createElement('div');
  flag.className = `storage-notice ${CLASS}`;
  flag.dataset['shown'] = key;
  // The step's checkbox is described by the flag's first line too, so that it is heard on the checkbox.
  const title = paragraph(text('strong', words['changed'] ?? ''));
  const input = row.querySelector('input');
  title.id = `${input?.id ?? step.id}--changed`;
  const described = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== title.id);
  input?.setAttribute('aria-describedby', [...described, title.id].join(' '));
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.className = 'button';
  confirm.textContent = words['confirm'] ?? '';
  confirm.addEventListener('click', () => {
    progressStore().confirmText(step.id, step.hash, step.now);
    if (described.length > 0) input?.setAttribute('aria-describedby', described.join(' '));
    else input?.removeAttribute('aria-describedby');
    input?.focus();
  });
  flag.append(
    title,
    ...(step.before ? [paragraph(`${words['before'] ?? ''} `, text('del', step.before))] : []),
    paragraph(`${words['now'] ?? ''} `, text('ins', step.now)),
    paragraph(confirm),
  );
  after.after(flag);
}
