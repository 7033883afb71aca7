/**
 * The search panel, loaded by `<site-search>` (site-search.ts) when the reader starts a search.
 *
 * State lives in the form's controls (the query, the phase and role filters, the extend-to-other-languages
 * box): each change starts a search, and a generation counter voids the answers of searches a newer one
 * replaced. The panel opens under the field while the query is searchable (panel-keys.ts closes it and
 * moves through it with the keyboard). Enter opens the best section of the first result.
 */
import { readConfig } from './config.ts';
import { createSearchEngine, type PagefindResult } from './pagefind-client.ts';
import { bindPanelKeys } from './panel-keys.ts';
import { isSearchable, normalizeQuery, queryWords } from './query.ts';
import { renderResult } from './render-results.ts';
import { isCloseMatch } from './close-match.ts';
import { withoutStopWords } from './stop-words.ts';
import { byTitles, toResultView, type ResultView } from './results.ts';

/** Results shown at once; "more" adds as many. */
const PAGE_SIZE = 10;

/** The answer to the current query: Pagefind's results, and how many of them are loaded and shown. */
interface Found {
  readonly results: readonly PagefindResult[];
  readonly typed: string[];
  readonly views: ResultView[];
  loaded: number;
  dropped: number;
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<site-search> is missing ${selector} (see SiteSearch.astro)`);
  return found;
}

export function startSearch(host: HTMLElement): void {
  const config = readConfig(host.dataset);
  const form = part<HTMLFormElement>(host, 'form');
  const input = part<HTMLInputElement>(form, 'input[type="search"]');
  const template = part<HTMLTemplateElement>(host, 'template[data-search-panel]');
  const panel = template.content.firstElementChild?.cloneNode(true);
  if (!(panel instanceof HTMLElement)) throw new Error('<site-search> panel template is empty (see SiteSearch.astro)');
  form.append(panel);
  const status = part<HTMLElement>(panel, '[role="status"]');
  const list = part<HTMLOListElement>(panel, 'ol');
  const more = part<HTMLButtonElement>(panel, 'button[data-more]');
  const allLanguages = panel.querySelector<HTMLInputElement>('input[name="all-languages"]');
  const tryOther = panel.querySelector<HTMLButtonElement>('button[data-other-languages]');
  const filters = [...panel.querySelectorAll<HTMLSelectElement>('select[name]')];
  const engine = createSearchEngine(config.bundle, config.lang, config.otherLangs);

  let generation = 0;
  let pending: Promise<void> = Promise.resolve();
  let found: Found | undefined;

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
  };
  const fail = (error: unknown) => {
    console.error('Search is unavailable:', error);
    found = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = config.messages.unavailable;
  };
  /** The views of some results, without those that only match a scrap of the query (see isCloseMatch). */
  const views = async (results: readonly PagefindResult[], typed: string[]) => {
    const all = await Promise.all(results.map(async (result) => toResultView(await result.data(), config.base, typed)));
    return all.filter((view) => isCloseMatch(view.matched, typed));
  };
  /**
   * Shows the views of the next results, reading on while scraps leave the page short: a page is full
   * when there are enough results, and the count exact when there are not. The count leaves out the
   * results found to be scraps so far.
   */
  const showNext = async (state: Found, mine: number): Promise<HTMLLIElement[] | undefined> => {
    const kept: ResultView[] = [];
    while (kept.length < PAGE_SIZE && state.loaded < state.results.length) {
      const batch = state.results.slice(state.loaded, state.loaded + PAGE_SIZE - kept.length);
      const batchKept = await views(batch, state.typed);
      if (mine !== generation) return undefined;
      state.loaded += batch.length;
      state.dropped += batch.length - batchKept.length;
      kept.push(...batchKept);
    }
    // Within the page of results shown, those whose titles answer the query first.
    const ordered = byTitles(kept, state.typed);
    state.views.push(...ordered);
    const labels = allLanguages?.checked ? config.languageLabels : undefined;
    const items = ordered.map((view) =>
      renderResult(view, { languageLabels: labels, glossaryLabel: config.glossaryLabel }),
    );
    more.hidden = state.loaded >= state.results.length;
    return items;
  };

  /** The request the results on show answer: typing a space or re-choosing a filter does not search again. */
  let shown = '';

  const search = async (): Promise<void> => {
    const query = normalizeQuery(input.value);
    const chosen = Object.fromEntries(filters.map((select) => [select.name, select.value]));
    const request = { query, filters: chosen, allLanguages: allLanguages?.checked ?? false };
    const key = JSON.stringify(request);
    if (found && key === shown && list.getAttribute('aria-busy') !== 'true') {
      setOpen(true);
      return;
    }
    const mine = ++generation;
    shown = '';
    if (tryOther) tryOther.hidden = true;
    if (!isSearchable(query)) {
      found = undefined;
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      setOpen(false);
      return;
    }
    setOpen(true);
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await engine.search({ ...request, query: withoutStopWords(query) });
      if (!outcome || mine !== generation) return;
      const state: Found = { results: outcome.results, typed: queryWords(query), views: [], loaded: 0, dropped: 0 };
      const items = await showNext(state, mine);
      if (!items) return;
      found = state;
      shown = key;
      // Results replaced under a reader moving through them: the field keeps the focus, not the page.
      const hadFocus = list.contains(document.activeElement);
      list.replaceChildren(...items);
      if (hadFocus) input.focus();
      const count = state.results.length - state.dropped;
      const filtered = filters.some((select) => select.value !== '') && outcome.unfiltered > 0;
      status.textContent = count > 0 ? config.messages.count(count) : config.messages.noResults(query, filtered);
      // Nothing in the page's language: the same query in the other languages is one click away.
      if (tryOther) tryOther.hidden = count > 0 || allLanguages?.checked !== false;
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };
  const run = () => {
    pending = search();
  };

  const showMore = async () => {
    if (!found) return;
    const state = found;
    const items = await showNext(state, generation);
    if (!items) return;
    list.append(...items);
    status.textContent = config.messages.count(state.results.length - state.dropped);
    (items[0]?.querySelector('a') ?? more).focus();
  };

  input.addEventListener('input', run);
  for (const control of [...filters, ...(allLanguages ? [allLanguages] : [])]) control.addEventListener('change', run);
  more.addEventListener('click', () => void showMore().catch(fail));
  tryOther?.addEventListener('click', () => {
    if (!allLanguages) return;
    allLanguages.checked = true;
    run();
    input.focus();
  });
  input.addEventListener('focus', () => setOpen(found !== undefined || status.textContent !== ''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void pending.then(() => {
      const best = found?.views[0]?.sections[0]?.url ?? found?.views[0]?.url;
      if (best) location.assign(best);
    });
  });
  bindPanelKeys({ host, input, panel, list });

  void engine.load().catch(fail);
  if (input.value !== '') run();
}
