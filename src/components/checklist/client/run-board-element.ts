/**
 * `<guide-run-board>` on a language's home (RunBoard.astro), loaded when the reader opens its `<details>`
 * (src/client/site.ts): a table of every run × phase, the current run's planned windows (saved with the
 * store's `setWindow` as the reader changes a field), and the current run's log, newest first, filtered by
 * phase, the newest `LOG_PAGE` entries first and more on request. Follows every change of the progress
 * (other tabs, the header's run control). What it shows is computed by run-board.ts.
 * Data: `data-intl`, `data-words` (JSON: the strings, templates with `{{…}}`), `data-phases` (JSON: slug,
 * label, name, href, items), `data-steps` (JSON: step id → its number).
 */
import { defineElement } from '../../../client/define-element.ts';
import { fill } from '../../../i18n/fill.ts';
import type { Run } from '../run-record.ts';
import {
  entryPhase,
  logPage,
  logTime,
  OVERRUN_CHECK_MS,
  runTable,
  windowField,
  windowReversed,
  type BoardCell,
  type BoardPhase,
  type BoardRow,
} from '../run-board.ts';
import { watchProgress, writableProgressStore, type PageProgress } from './store.ts';

/** How many log entries show at first, and how many more each "show older" adds. */
export const LOG_PAGE = 50;

interface PhaseData extends BoardPhase {
  readonly label: string;
  readonly name: string;
  /** Its title alone (the name without its number). */
  readonly title: string;
  readonly href: string;
}

type Words = Readonly<Record<string, string>>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A table (scrolled sideways where it is wider than the screen, as every table) with its caption and column headings. */
function table(caption: string, headings: readonly string[]): [HTMLTableElement, HTMLTableSectionElement] {
  const element = el('table', undefined, { class: 'run-board-table' });
  const head = el('tr');
  for (const heading of headings) head.append(el('th', heading, { scope: 'col' }));
  const body = el('tbody');
  element.append(el('caption', caption), el('thead'), body);
  element.tHead?.append(head);
  return [element, body];
}

class GuideRunBoard extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>('[data-board]');
    if (!root || this.#stop) return;
    const words = JSON.parse(this.dataset['words'] ?? '{}') as Words;
    const phases = (JSON.parse(this.dataset['phases'] ?? '[]') as PhaseData[]).filter((p) => p.items.length > 0);
    const numbers = new Map(Object.entries(JSON.parse(this.dataset['steps'] ?? '{}') as Record<string, string>));
    const intl = this.dataset['intl'] ?? 'en';
    const w = (key: string, vars?: Record<string, string | number>) => fill(words[key] ?? '', vars);
    const stepPhase = new Map(phases.flatMap((phase) => phase.items.map((id) => [id, phase.slug] as const)));
    const runName = (run: { name: string }) => run.name || w('defaultRun');

    // The table of runs × phases.
    const [runsWrap, runsBody] = table(w('tableCaption'), [w('run'), ...phases.map((phase) => phase.label)]);
    const phaseHeads = runsWrap.querySelectorAll('thead th');
    phases.forEach((phase, index) => {
      const head = phaseHeads[index + 1];
      if (head && phase.name !== phase.label)
        head.append(el('span', ` — ${phase.title}`, { class: 'visually-hidden' }));
    });

    // The current run's planned windows: per phase, its start and end (labelled fields) and its state.
    const windowsHeading = el('h3');
    const windowsList = el('ul', undefined, { class: 'run-board-windows', 'aria-label': w('windowsCaption') });
    const field = (label: string, phase: PhaseData) => {
      const wrap = el('label', label);
      const input = el('input', undefined, {
        type: 'datetime-local',
        'aria-label': w(label === w('start') ? 'startOf' : 'endOf', { phase: phase.name }),
      });
      wrap.append(input);
      return [wrap, input] as const;
    };
    const fields = phases.map((phase) => {
      const item = el('li');
      const [startLabel, start] = field(w('start'), phase);
      const [endLabel, end] = field(w('end'), phase);
      const state = el('p', undefined, { 'data-window-state': phase.slug });
      const name = el('p');
      name.append(el('a', phase.name, { href: phase.href }));
      item.append(name, startLabel, endLabel, state);
      windowsList.append(item);
      const save = () =>
        void writableProgressStore().then((store) => store.setWindow(phase.slug, start.value, end.value));
      start.addEventListener('change', save);
      end.addEventListener('change', save);
      return { phase, start, end, state };
    });

    // The current run's log.
    const logHeading = el('h3');
    const filterLabel = el('label', `${w('logFilter')} `);
    const filter = el('select');
    filter.append(el('option', w('logAll'), { value: '' }));
    for (const phase of phases) filter.append(el('option', phase.name, { value: phase.slug }));
    filterLabel.append(filter);
    const [logWrap, logBody] = table(w('logCaption'), [w('when'), w('who'), w('step'), w('change'), w('note')]);
    const shown = el('p', undefined, { 'data-log-shown': '' });
    const more = el('button', w('logMore'), { type: 'button', class: 'button', 'data-log-more': '' });
    let limit = LOG_PAGE;
    filter.addEventListener('change', () => {
      limit = LOG_PAGE;
      render();
    });
    more.addEventListener('click', () => {
      limit += LOG_PAGE;
      render();
    });

    root.replaceChildren(runsWrap, windowsHeading, windowsList, logHeading, el('p'), logWrap, shown, more);
    root.children[4]?.append(filterLabel);

    let shownRun = '';
    const cellText = (cell: BoardCell) => {
      const parts = [w('cell', { done: cell.done, total: cell.total })];
      if (cell.state !== 'open') parts.push(w(cell.state === 'signed-off' ? 'signedOff' : 'complete'));
      if (cell.overrunning) parts.push(w('overrun'));
      return parts.join(', ');
    };

    const showWindows = (run: Run, cells: readonly BoardCell[]) => {
      const fresh = run.id !== shownRun;
      shownRun = run.id;
      fields.forEach(({ phase, start, end, state }, index) => {
        const planned = run.windows.get(phase.slug);
        for (const [input, value] of [
          [start, planned?.start ?? ''],
          [end, planned?.end ?? ''],
        ] as const) {
          // A field being typed in keeps what the reader types; another run's values replace it.
          if (fresh || document.activeElement !== input) input.value = value && windowField(value);
        }
        const cell = cells[index];
        state.textContent = cell?.overrunning
          ? w('overrunSince', { end: logTime(`${windowField(planned?.end ?? '')}`, intl) })
          : windowReversed(planned?.start ?? '', planned?.end ?? '')
            ? w('reversed')
            : planned?.end
              ? w(cell?.state === 'open' ? 'onTime' : cell?.state === 'signed-off' ? 'signedOff' : 'complete')
              : '';
        state.classList.toggle('is-overrunning', cell?.overrunning ?? false);
        state.hidden = state.textContent === '';
      });
    };

    const showLog = (run: Run) => {
      const page = logPage(run, stepPhase, { phase: filter.value, limit });
      const byPhase = new Map(phases.map((phase) => [phase.slug, phase]));
      logBody.replaceChildren(
        ...page.entries.map((entry) => {
          const row = el('tr');
          const phase = byPhase.get(entryPhase(entry, stepPhase));
          const what = el('td');
          if (entry.step && phase) {
            what.append(el('a', numbers.get(entry.step) ?? entry.step, { href: `${phase.href}#step-${entry.step}` }));
          } else what.textContent = phase?.name ?? (entry.param || entry.step);
          const change = [entry.from, entry.to]
            .filter(Boolean)
            .map((outcome) => words[outcome] ?? outcome)
            .join(' → ');
          row.append(
            el('td', logTime(entry.at, intl)),
            el('td', entry.who || w('nobody')),
            what,
            el('td', change),
            el('td', entry.note === 'undo' ? w('undo') : entry.note),
          );
          return row;
        }),
      );
      if (page.total === 0) {
        const empty = el('td', w('logEmpty'), { colspan: '5' });
        logBody.append(el('tr'));
        logBody.lastElementChild?.append(empty);
      }
      shown.textContent = page.total > 0 ? w('logShown', { shown: page.entries.length, total: page.total }) : '';
      more.hidden = page.more === 0;
    };

    let store: PageProgress | undefined;
    /** Which cells run over, as shown: a planned end passing while the board is open is caught by the clock. */
    let overruns = '';
    const tableNow = (progress: PageProgress) => {
      const run = progress.run();
      const rows = runTable(progress.allRuns(), phases, progress.currentRunId(), new Date());
      if (rows.length === 0) rows.push(...runTable(new Map([[run.id, run]]), phases, run.id, new Date()));
      return rows;
    };
    const overrunsOf = (rows: readonly BoardRow[]) =>
      rows.map((row) => row.cells.map((cell) => (cell.overrunning ? 1 : 0)).join('')).join(' ');
    const render = () => {
      if (!store) return;
      const run = store.run();
      const rows = tableNow(store);
      overruns = overrunsOf(rows);
      runsBody.replaceChildren(
        ...rows.map((row) => {
          const tr = el('tr', undefined, row.current ? { class: 'is-current', 'aria-current': 'true' } : {});
          const head = el('th', runName(row), { scope: 'row' });
          if (row.current) head.append(el('span', ` (${w('current')})`, { class: 'run-board-current' }));
          tr.append(head);
          for (const cell of row.cells)
            tr.append(el('td', cellText(cell), { class: cell.overrunning ? 'is-overrunning' : `is-${cell.state}` }));
          return tr;
        }),
      );
      const name = runName(run);
      windowsHeading.textContent = w('windowsHeading', { run: name });
      logHeading.textContent = w('logHeading', { run: name });
      showWindows(run, rows.find((row) => row.current)?.cells ?? []);
      showLog(run);
    };
    // The writing side, loaded now rather than on the first change: a window typed just before the reader
    // leaves the page is then saved at once, not after a load the page may not live to see.
    void writableProgressStore();
    const stopWatching = watchProgress((progress) => {
      store = progress;
      render();
    });
    const clock = setInterval(() => {
      if (store && !document.hidden && overrunsOf(tableNow(store)) !== overruns) render();
    }, OVERRUN_CHECK_MS);
    this.#stop = () => {
      stopWatching();
      clearInterval(clock);
    };
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

defineElement('guide-run-board', GuideRunBoard);
