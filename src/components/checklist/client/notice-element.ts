/**
 * `<guide-storage-notice role="status">`: tells the reader, in the page's language, when progress cannot be
 * kept or when the saved progress could not be read (and where its original was set aside).
 * Data: `data-unavailable`, `data-unreadable` (template with `{{key}}`), `data-unreadable-left`.
 */
import { fill } from '../../../i18n/fill.ts';
import { define, watchProgress } from './store.ts';

class GuideStorageNotice extends HTMLElement {
  #stop: (() => void) | undefined;
  #shown = '';

  connectedCallback(): void {
    this.#stop = watchProgress((store) => {
      const { persistent, unreadable } = store.status();
      const messages: string[] = [];
      if (unreadable) {
        messages.push(
          unreadable.keptAs
            ? fill(this.dataset['unreadable'] ?? '', { key: unreadable.keptAs })
            : (this.dataset['unreadableLeft'] ?? ''),
        );
      }
      if (!persistent) messages.push(this.dataset['unavailable'] ?? '');
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
}

define('guide-storage-notice', GuideStorageNotice);
