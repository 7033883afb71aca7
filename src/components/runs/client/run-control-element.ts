/**
 * `<guide-run-control data-run-control>` (RunControl.astro): the reader's runs in a `<select>` (the default
 * run named in the page's language), switched at once on every page and remembered by the browser, and a
 * menu (create, rename, delete, who signs the marks) whose code (run-menu.ts) is loaded on its first use.
 * Follows changes made in other tabs.
 * Data: `data-default-name`, `data-new-title`, `data-rename-title`, `data-create`, `data-save`,
 * `data-delete-question`, `data-deleted`, `data-restored` (templates with `{{name}}`), `data-last-one`.
 * Inside: `select[data-run-select]`, a `<details>` menu with `button[data-run-action]` and `input[data-run-who]`.
 */
import { defineElement } from '../../../client/define-element.ts';
import { progressStore, watchProgress } from '../../checklist/client/store.ts';
import { fillOptions } from './run-options.ts';
import { loadPart } from '../../../client/load-part.ts';

class GuideRunControl extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const defaultName = this.dataset['defaultName'] ?? '';
    const select = this.querySelector<HTMLSelectElement>('select[data-run-select]');
    if (!select) return;
    this.#stop = watchProgress((store) => fillOptions(select, store, defaultName, store.currentRunId()));
    select.addEventListener('change', () => progressStore().selectRun(select.value));
    // The menu's code, once, on its first use; a click made while it loads is acted on when it is there.
    let menu: Promise<(action: string) => void> | undefined;
    const loadMenu = () =>
      (menu ??= loadPart(() => import('./run-menu.ts')).then(async (loaded) => loaded.enableRunMenu(this)));
    this.querySelector('details')?.addEventListener('toggle', () => void loadMenu());
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-run-action]')?.dataset['runAction'];
      if (action) void loadMenu().then((act) => act(action));
    });
    this.hidden = false;
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }
}

defineElement('guide-run-control', GuideRunControl);
