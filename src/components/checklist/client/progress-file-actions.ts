/**
 * What the progress file controls of the home (progress-file-element.ts) do, loaded on the reader's first
 * click so that no page carries it before: save every run to a file, load a file (of runs, or of one record
 * from before runs), export the current run as CSV.
 */
import { fill } from '../../../i18n/fill.ts';
import {
  MAX_PROGRESS_FILE_BYTES,
  marksOfGuide,
  progressFileName,
  readProgressFile,
  writeProgressFile,
} from '../progress-file.ts';
import { pluralTemplate } from '../progress-text.ts';
import { runCsv, type CsvStep } from '../run-csv.ts';
import { listOf, writableProgressStore } from './store.ts';

/** How long the saved file's address stays valid: the browser has started the download long before. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** The `.one` or `.other` template of `data-<prefix>-one` / `-other` for `count`, in the page's language. */
function plural(element: HTMLElement, prefix: 'saved' | 'added' | 'differing' | 'runsAdded', count: number): string {
  return pluralTemplate(element.dataset['intl'] ?? 'en', count, {
    one: element.dataset[`${prefix}One`],
    other: element.dataset[`${prefix}Other`],
  });
}

function download(element: HTMLElement, text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  element.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

/** The current run as CSV, one row per step of the guide, named after the run. */
export async function exportCsv(element: HTMLElement): Promise<void> {
  const {
    csvSteps = '[]',
    csvWords = '{}',
    csvHeadings = '',
    csvSeparator,
    csvPrefix = '',
    defaultRun = '',
  } = element.dataset;
  const run = (await writableProgressStore()).run();
  const runName = run.name || defaultRun;
  const text = runCsv(run, JSON.parse(csvSteps) as CsvStep[], {
    headings: csvHeadings.split('|'),
    runName,
    words: JSON.parse(csvWords) as Record<string, string>,
    separator: csvSeparator === ';' ? ';' : ',',
  });
  const name = progressFileName(`${csvPrefix} ${runName}`, new Date()).replace(/\.json$/, '.csv');
  download(element, text, name, 'text/csv;charset=utf-8');
}

/** Saves every run of this browser (removed ones left out); returns what to tell the reader. */
export async function save(element: HTMLElement): Promise<string> {
  const store = await writableProgressStore();
  const now = new Date();
  const name = progressFileName(element.dataset['filePrefix'] ?? '', now);
  const text = writeProgressFile(store.allRuns(), { guide: element.dataset['guide'] ?? '', saved: now });
  download(element, text, name, 'application/json');
  // The count the reader checks the file against: the steps of this guide marked in this browser's current run.
  const marked = marksOfGuide(store.marks(), new Set(listOf(element.dataset['ids']))).size;
  if (marked === 0) return fill(element.dataset['savedEmpty'] ?? '', { file: name });
  return fill(plural(element, 'saved', marked), { file: name, count: marked });
}

/**
 * Saves the current run only, for a change board or a colleague who needs that run alone. Loaded back (here
 * or in another browser), it is a file of one run: added whole where that run is missing, else its marks
 * go to the steps of that run without one (`mergeRuns`), like a file of every run.
 */
export async function saveRun(element: HTMLElement): Promise<string> {
  const store = await writableProgressStore();
  const now = new Date();
  const run = store.run();
  const runName = run.name || (element.dataset['defaultRun'] ?? '');
  const name = progressFileName(`${element.dataset['filePrefix'] ?? ''} ${runName}`, now);
  const text = writeProgressFile(new Map([[run.id, run]]), { guide: element.dataset['guide'] ?? '', saved: now });
  download(element, text, name, 'application/json');
  return fill(element.dataset['savedRun'] ?? '', { file: name, run: runName });
}

/** Loads a file the reader chose; returns what to tell the reader. */
export async function load(element: HTMLElement, file: File): Promise<string> {
  const { invalid = '', empty = '', foreign = '', nothingNew = '', notKept = '' } = element.dataset;
  const ids: ReadonlySet<string> = new Set(listOf(element.dataset['ids']));
  if (file.size > MAX_PROGRESS_FILE_BYTES) return invalid;
  const read = readProgressFile(await file.text());
  if (read.kind === 'invalid') {
    console.warn(`Progress file "${file.name}" not loaded: ${read.reason}.`);
    // What is wrong, named (the reason is the file's field, in the file's own terms).
    return `${invalid} (${read.reason})`;
  }
  const store = await writableProgressStore();
  const count = (prefix: 'added' | 'differing' | 'runsAdded', value: number) =>
    fill(plural(element, prefix, value), { count: value });
  if (!read.single) {
    // A file of runs: new runs are added whole, runs already here get the marks of steps without one.
    const runs = new Map(
      [...read.runs].map(([id, run]) => [id, { ...run, marks: marksOfGuide(run.marks, ids) }] as const),
    );
    const allMarks = [...read.runs.values()].reduce((sum, run) => sum + run.marks.size, 0);
    const marked = [...runs.values()].reduce((sum, run) => sum + run.marks.size, 0);
    if (allMarks === 0) return empty;
    if (marked === 0) return foreign;
    const result = store.mergeRuns(runs);
    const said = [
      ...(result.marks > 0 ? [count('added', result.marks)] : []),
      ...(result.runs > 0 ? [count('runsAdded', result.runs)] : []),
      ...(result.differing > 0 ? [count('differing', result.differing)] : []),
    ];
    if (said.length === 0) said.push(nothingNew);
    if (result.marks > 0 && !store.status().persistent) said.push(notKept);
    return said.join(' ');
  }
  // A file from before runs: its marks go to the current run, as they always did.
  // The environment's values travel with the marks: those of parameters without a value here are added.
  store.mergeValues(read.values);
  if (read.marks.size === 0) return empty;
  const ofGuide = marksOfGuide(read.marks, ids);
  if (ofGuide.size === 0) return foreign;
  const { added, differing } = store.merge(ofGuide);
  const said = [
    ...(added.size > 0 ? [count('added', added.size)] : []),
    ...(differing > 0 ? [count('differing', differing)] : []),
  ];
  if (said.length === 0) said.push(nothingNew);
  if (added.size > 0 && !store.status().persistent) said.push(notKept);
  return said.join(' ');
}
