/**
 * The progress file: the reader's marks saved to a file, to carry them to another browser or computer, or
 * to keep a copy before clearing the browser's data. Pure, unit-tested (tests/unit/progress-file.test.ts).
 *
 * Shape (JSON):
 *
 *   { "progressFile": 1,
 *     "guide": "Mise à niveau majeure de PostgreSQL sur Debian",
 *     "saved": "2026-11-25T14:32:00.000Z",
 *     "progress": { "version": 2, "ticked": {...}, "notApplicable": {...} } }
 *
 * `progress` is the record as the browser stores it (progress-record.ts), read with the same validation.
 * A bare stored record (copied from the browser's storage) is accepted too. `guide` is informative only:
 * whether a file belongs to this guide is decided by its step ids.
 *
 * Loading never changes or removes a mark of this browser: it adds the marks of steps that have none here
 * (`mergeMarks` in progress-record.ts, kept there so that pages without the file controls do not load this module).
 */
import { readRecordValue, recordValue, type Marks } from './progress-record.ts';

export const PROGRESS_FILE_VERSION = 1;

/** Larger than any honest progress file by far: a bigger file is not read at all. */
export const MAX_PROGRESS_FILE_BYTES = 1_000_000;

export interface ProgressFileMeta {
  /** The guide's title, for whoever opens the file. */
  readonly guide: string;
  readonly saved: Date;
}

export function writeProgressFile(marks: Marks, meta: ProgressFileMeta): string {
  const file = {
    progressFile: PROGRESS_FILE_VERSION,
    guide: meta.guide,
    saved: meta.saved.toISOString(),
    progress: recordValue(marks),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ProgressFileResult =
  | { readonly kind: 'ok'; readonly marks: Marks }
  /** Not a progress file, a damaged one, or one of a newer format: nothing is taken from it. */
  | { readonly kind: 'invalid'; readonly reason: string };

/** Reads the text of a file the reader chose. Never throws; a file with any damaged entry is refused whole. */
export function readProgressFile(text: string): ProgressFileResult {
  let parsed: unknown;
  try {
    // A byte order mark, which some editors write, is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'invalid', reason: 'not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { kind: 'invalid', reason: 'not an object' };
  const file = parsed as Record<string, unknown>;
  if (!('progressFile' in file)) return fromRecord(file);
  if (file['progressFile'] !== PROGRESS_FILE_VERSION)
    return { kind: 'invalid', reason: `unknown file version ${JSON.stringify(file['progressFile'])}` };
  if (file['progress'] === undefined) return { kind: 'invalid', reason: 'no progress' };
  return fromRecord(file['progress']);
}

function fromRecord(value: unknown): ProgressFileResult {
  const record = readRecordValue(value);
  if (record.kind === 'ok') return { kind: 'ok', marks: record.marks };
  return { kind: 'invalid', reason: record.reason };
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
