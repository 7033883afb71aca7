/**
 * The progress file: the reader's marks saved to a file, to carry them to another browser or computer, or
 * to keep a copy before clearing the browser's data. Pure, unit-tested (tests/unit/progress-file.test.ts).
 *
 * Shape (JSON):
 *
 *   { "progressFile": 2,
 *     "guide": "Mise à niveau majeure de PostgreSQL sur Debian",
 *     "saved": "2026-11-25T14:32:00.000Z",
 *     "progress": { "version": 4, "runs": {...} } }
 *
 * `progress` is the record as the browser stores it (run-record.ts; all the runs, or the one saved), read
 * with the same validation. A file of version 1 (`"progress": { "version": 2, "ticked": {...}, ... }`,
 * before runs) still loads: its marks go to the current run.
 * A bare stored record (copied from the browser's storage) is accepted too. `guide` is informative only:
 * whether a file belongs to this guide is decided by its step ids.
 *
 * Loading never changes or removes a mark of this browser: it adds the marks of steps that have none here
 * (`mergeMarks` in run-changes.ts).
 */
import type { Marks, Values } from './progress-record.ts';
import { DEFAULT_RUN, isRemoved, readRunsValue, type Runs } from './run-record.ts';
import { runsValue } from './run-changes.ts';

/** Version 2 holds runs (record version 4); version 1 held one record (versions 1 to 3), still read. */
export const PROGRESS_FILE_VERSION = 2;

/** Larger than any honest progress file by far (10 runs of a long guide with their logs): a bigger file is not read at all. */
export const MAX_PROGRESS_FILE_BYTES = 8_000_000;

export interface ProgressFileMeta {
  /** The guide's title, for whoever opens the file. */
  readonly guide: string;
  readonly saved: Date;
}

/** The file of some runs (all of a browser's, or one), removed runs left out. */
export function writeProgressFile(runs: Runs, meta: ProgressFileMeta): string {
  const kept = new Map([...runs].filter(([, run]) => !isRemoved(run)));
  const file = {
    progressFile: PROGRESS_FILE_VERSION,
    guide: meta.guide,
    saved: meta.saved.toISOString(),
    progress: runsValue(kept),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ProgressFileResult =
  | {
      readonly kind: 'ok';
      readonly runs: Runs;
      /** The file held one record of before runs (file version 1, or a bare stored record): its marks go to the current run. */
      readonly single: boolean;
      /** The marks and values of the file's first run (of its only one, for a file from before runs). */
      readonly marks: Marks;
      readonly values: Values;
    }
  /** Not a progress file, a damaged one, or one of a newer format: nothing is taken from it. */
  | { readonly kind: 'invalid'; readonly reason: string };

const refuse = (reason: string): ProgressFileResult => ({ kind: 'invalid', reason });

/** Reads the text of a file the reader chose. Never throws; a file with any damaged entry is refused whole. */
export function readProgressFile(text: string): ProgressFileResult {
  let parsed: unknown;
  try {
    // A byte order mark, which some editors write, is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refuse('not an object');
  const file = parsed as Record<string, unknown>;
  if (!('progressFile' in file)) return fromRecord(file);
  const version = file['progressFile'];
  if (version !== 1 && version !== PROGRESS_FILE_VERSION)
    return refuse(`unknown file version ${JSON.stringify(version)}`);
  if (file['progress'] === undefined) return refuse('no progress');
  return fromRecord(file['progress']);
}

function fromRecord(value: unknown): ProgressFileResult {
  const record = readRunsValue(value);
  if (record.kind === 'newer') return refuse(`unknown version ${record.version}`);
  if (record.kind === 'invalid') return refuse(record.reason);
  const first = record.runs.get(DEFAULT_RUN) ?? [...record.runs.values()][0];
  return {
    kind: 'ok',
    runs: record.runs,
    single: record.upgraded,
    marks: first?.marks ?? new Map(),
    values: first?.values ?? new Map(),
  };
}

/**
 * The marks of a file that are for steps of this guide (`ids`): the others (another guide's steps, or
 * steps this version of the guide no longer has) are not loaded, and a file with none is refused.
 */
export function marksOfGuide(marks: Marks, ids: ReadonlySet<string>): Marks {
  return new Map([...marks].filter(([id]) => ids.has(id)));
}

/** The file name offered when saving: `<prefix>-<local date>-<hhmm>.json`, no character a file system refuses. */
export function progressFileName(prefix: string, at: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  const safe = prefix
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${safe ? `${safe}-` : ''}${date}.json`;
}
