/**
 * `<guide-storage-notice role="status">`: tells the reader, in the page's language, when progress cannot be
 * kept or when the saved progress could not be read: whether any of it could be recovered, and under which
 * key of the browser's storage the original was kept. It shows on the first page loaded after the damage
 * only (the recovered record then replaces it), hence the key in full.
 * Data: `data-intl`, `data-unavailable`, `data-unreadable` (nothing recovered; template with `{{key}}`),
 * `data-unreadable-partial-one` and `-other` (with `{{count}}` and `{{key}}`), `data-unreadable-left`
 * (could not be copied aside; with `{{key}}`), `data-newer` (a record of a newer version, read-only; with
 * `{{version}}`), `data-nearly-full` (the record nears the browser's quota).
 */
import { fill } from '../../../i18n/fill.ts';
import type { Unreadable } from '../progress-store.ts';
import { pluralTemplate } from '../progress-text.ts';
import { watchProgress } from './store.ts';
import { defineElement } from '../../../client/define-element.ts';

class GuideStorageNotice extends HTMLElement {
  #stop: (() => void) | undefined;
  #shown = '';

  connectedCallback(): void {
    this.#stop = watchProgress((store) => {
      const { persistent, unreadable, newer, nearlyFull } = store.status();
      const messages: string[] = [];
      if (unreadable) messages.push(this.#unreadable(unreadable));
      if (newer !== undefined) messages.push(fill(this.dataset['newer'] ?? '', { version: newer }));
      else if (!persistent) messages.push(this.dataset['unavailable'] ?? '');
      if (nearlyFull) messages.push(this.dataset['nearlyFull'] ?? '');
      // Rewriting identical text would make screen readers announce it again on every tick.
      const shown = messages.join('\n');
      if (shown === this.#shown) return;
      this.#shown = shown;
      this.replaceChildren(
        ...messages.map((message) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = message;
          return paragraph;
        }),
      );
    });
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }

  #unreadable({ keptAs: key, movedAside, salvaged: count }: Unreadable): string {
    const {
      intl = 'en',
      unreadable = '',
      unreadablePartialOne: one,
      unreadablePartialOther: other,
      unreadableLeft = '',
    } = this.dataset;
    if (!movedAside) return fill(unreadableLeft, { key });
    return count === 0 ? fill(unreadable, { key }) : fill(pluralTemplate(intl, count, { one, other }), { count, key });
  }
}

defineElement('guide-storage-notice', GuideStorageNotice);
