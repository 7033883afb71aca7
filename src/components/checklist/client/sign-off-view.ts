/**
 * What `<guide-sign-off>` (sign-off-element.ts) shows, loaded as the block comes near the screen: the phase's
 * sign-off in the current run, kept up to date (this tab and others): not ready (how many steps remain,
 * failed ones among them), ready, or signed (who, role, date, comment) with the steps changed since flagged.
 * Its button, enabled once every step is done or not applicable, opens the sign-off form
 * (sign-off-dialog.ts, loaded on first use).
 */
import { signOffState } from '../sign-off-state.ts';
import { changedText, stateText, type Words } from '../sign-off-text.ts';
import { listOf, watchProgress } from './store.ts';
import { loadPart } from '../../../client/load-part.ts';

/** Shows the sign-off in `element` and follows it; returns the function that stops following. */
export function showSignOff(element: HTMLElement): () => void {
  let words: Words = {};
  try {
    words = JSON.parse(element.dataset['words'] ?? '{}') as Words;
  } catch {
    // the state shows without its texts
  }
  const phase = element.dataset['phase'] ?? '';
  const intl = element.dataset['intl'] ?? 'en';
  const items = listOf(element.dataset['items']);
  const numbers = listOf(element.dataset['numbers']);
  const state = element.querySelector('[data-sign-off-state]');
  const changed = element.querySelector<HTMLElement>('[data-sign-off-changed]');
  const button = element.querySelector('button');
  const stop = watchProgress((store) => {
    const now = signOffState(store.run(), phase, items);
    const flagged = now.kind === 'signed' ? now.changed.map((id) => numbers[items.indexOf(id)] ?? id) : [];
    if (state) state.textContent = stateText(words, intl, now);
    if (changed) {
      changed.hidden = flagged.length === 0;
      changed.textContent = changedText(words, intl, flagged);
    }
    if (button) button.disabled = now.kind === 'not-ready' || (now.kind === 'signed' && !now.ready);
  });
  button?.addEventListener('click', () => {
    void loadPart(() => import('./sign-off-dialog.ts')).then((dialog) => dialog.signOff(phase, items, words));
  });
  return stop;
}
