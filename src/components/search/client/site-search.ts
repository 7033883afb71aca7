/**
 * `<site-search>`, the search field of every page's header. This part loads with the page and stays
 * small: it shows the field (rendered hidden, so that a page without JavaScript shows no dead control),
 * binds Ctrl+K / ⌘+K, and imports the search code only when the reader starts a search: focus on the
 * field, typing, or the shortcut. Then search-panel.ts and Pagefind's pagefind.js are requested together,
 * and the panel loads the page language's WebAssembly and index at once, while the reader types. A page
 * opened from a result (`?highlight=…`) loads the code that marks the words found.
 */
import { defineElement } from '../../../client/define-element.ts';
import { pagefindModuleUrl } from './pagefind-url.ts';
import { loadPart } from '../../../client/load-part.ts';

class SiteSearch extends HTMLElement {
  #started: Promise<void> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.#input();
    if (!form || !input) return;
    const shortcut = this.querySelector('kbd');
    if (shortcut && /Mac|iPhone|iPad/.test(navigator.platform) && this.dataset['shortcutMac']) {
      shortcut.textContent = this.dataset['shortcutMac'];
    }
    // Until the panel is loaded, Enter must not reload the page with the query in the URL.
    form.addEventListener('submit', (event) => event.preventDefault());
    input.addEventListener('focus', () => this.#start());
    input.disabled = false;
    form.hidden = false;
  }

  /** Focuses the field (Ctrl+K), which starts the search code. */
  open(): void {
    const input = this.#input();
    input?.focus();
    input?.select();
  }

  #input(): HTMLInputElement | null {
    return this.querySelector('input[type="search"]');
  }

  #start(): Promise<void> {
    const { bundle, lang } = this.dataset;
    // The same URL the panel imports: the browser fetches it once, now, beside the panel's code.
    if (!this.#started && bundle && lang)
      void import(/* @vite-ignore */ pagefindModuleUrl(bundle, lang)).catch(() => undefined);
    this.#started ??= loadPart(() => import('./search-panel.ts'))
      .then(({ startSearch }) => startSearch(this))
      .catch((error: unknown) => {
        this.dataset['state'] = 'unavailable';
        console.error('Search could not start:', error);
      });
    return this.#started;
  }
}

defineElement('site-search', SiteSearch);

document.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const search = document.querySelector('site-search');
  if (!(search instanceof SiteSearch) || search.querySelector('form')?.hidden !== false) return;
  event.preventDefault();
  search.open();
});

// The parameter of highlight-url.ts, not imported so that its code stays out of every page's script.
if (new URLSearchParams(location.search).has('highlight')) {
  loadPart(() => import('./highlight-terms.ts'))
    .then(({ highlightFromLocation }) => highlightFromLocation())
    .catch((error: unknown) => console.warn('Could not highlight the searched words:', error));
}
