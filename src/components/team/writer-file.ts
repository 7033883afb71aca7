/**
 * A writer's file in the team folder: `<run-id>/<writer-id>.json`, written by one browser only (a plain
 * PUT, so that two writers never write the same file and no lock is needed), read by every other.
 * Pure, unit-tested (tests/unit/writer-file.test.ts).
 *
 *   { "format": "runbook-team-run", "version": 1, "run": "<run-id>", "writer": "<writer-id>",
 *     "who": "JD", "saved": "2026-11-26T21:04:00.000Z",
 *     "data": { …one run as the progress record stores it (run-record.ts `runValue`): its marks with their
 *               evidence (who, outcome, note) and times, steps opened again, values, log, sign-offs… } }
 *
 * The writer writes the run as its browser holds it: its own marks, and what it merged from the others.
 * The merge being a join (the later change of each step wins, logs united), carrying others' marks does no
 * harm, and any one file is enough to rebuild the run. Drafts (values a parameter refused) stay local.
 *
 * The reader refuses a whole file, with the reason, when anything in it is damaged or suspicious: not JSON,
 * too large, another format or a newer version, a run or writer id that is not the file's own place, any
 * entry the progress record cannot read, or a change dated in the future (it would win every merge).
 * A refused file is never merged, not even in part.
 */
import { readRunsValue, type Run } from '../checklist/run-record.ts';
import { runValue } from '../checklist/run-changes.ts';

export const WRITER_FORMAT = 'runbook-team-run';
export const WRITER_VERSION = 1;
/** Bigger than any honest run (280 steps with notes and a long log is about 150 KB). */
export const MAX_WRITER_BYTES = 2_000_000;
/** How far ahead of the reader's clock a change may be dated (clocks of a team's machines differ a little). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export const WRITER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const RUN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export interface WriterFile {
  readonly run: Run;
  readonly writer: string;
  /** The writer's initials, as recorded with their marks. */
  readonly who: string;
  readonly saved: string;
}

export type WriterReadResult =
  ({ readonly kind: 'ok' } & WriterFile) | { readonly kind: 'refused'; readonly reason: string };

/** The file name of a writer's file in its run's folder. */
export const writerFileName = (writer: string): string => `${writer}.json`;

/** The text of `run`'s file for `writer`, saved at `saved` (drafts left out: they stay in this browser). */
export function writeWriterFile(run: Run, writer: string, who: string, saved: string): string {
  const data = runValue({ ...run, drafts: new Map() });
  return JSON.stringify({ format: WRITER_FORMAT, version: WRITER_VERSION, run: run.id, writer, who, saved, data });
}

const refused = (reason: string): WriterReadResult => ({ kind: 'refused', reason });

/** Every time a run carries, for the check against the future. */
function timesOf(run: Run): string[] {
  const times = [run.created, run.named, run.removed, run.restored].filter((t): t is string => t !== undefined);
  for (const mark of run.marks.values()) times.push(mark.at, ...(mark.changed ? [mark.changed] : []));
  times.push(...run.open.values(), ...run.valueTimes.values());
  for (const entry of run.log) times.push(entry.at);
  for (const signOff of run.signOffs.values()) times.push(signOff.at);
  for (const window of run.windows.values()) times.push(window.at);
  return times;
}

/**
 * Reads a writer's file found at `<expected.run>/<expected.writer>.json`. Never throws; refuses the whole
 * file with the reason (in English, for the console; the page says which file was ignored).
 */
export function readWriterFile(
  text: string,
  expected: { readonly run: string; readonly writer: string },
  now: Date,
): WriterReadResult {
  if (text.length > MAX_WRITER_BYTES) return refused(`larger than ${MAX_WRITER_BYTES} characters`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refused('not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refused('not a JSON object');
  const file = parsed as Record<string, unknown>;
  if (file['format'] !== WRITER_FORMAT) return refused(`"format" is not "${WRITER_FORMAT}"`);
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refused('"version" is not a whole number');
  if (version > WRITER_VERSION) return refused(`version ${version} is newer than this page reads (${WRITER_VERSION})`);
  const extra = Object.keys(file).filter(
    (key) => !['format', 'version', 'run', 'writer', 'who', 'saved', 'data'].includes(key),
  );
  if (extra.length > 0) return refused(`unknown fields: ${extra.join(', ')}`);
  const { run: runId, writer, who = '', saved } = file;
  if (typeof runId !== 'string' || !RUN_ID.test(runId)) return refused('"run" is not a run id');
  if (runId !== expected.run) return refused(`"run" is "${runId}" but the file is in the folder of "${expected.run}"`);
  if (typeof writer !== 'string' || !WRITER_ID.test(writer)) return refused('"writer" is not a writer id');
  if (writer !== expected.writer) return refused(`"writer" is "${writer}" but the file is "${expected.writer}.json"`);
  if (typeof who !== 'string' || who.length > 120) return refused('"who" is not a short text');
  if (typeof saved !== 'string' || !ISO_TIME.test(saved) || Number.isNaN(Date.parse(saved)))
    return refused('"saved" is not a UTC time');
  const read = readRunsValue({ version: 4, runs: { [runId]: file['data'] } });
  if (read.kind !== 'ok') return refused(read.kind === 'invalid' ? read.reason : 'unreadable run');
  const run = read.runs.get(runId);
  if (!run) return refused('no run in "data"');
  const limit = now.getTime() + CLOCK_SKEW_MS;
  const limitText = new Date(limit).toISOString();
  // UTC times (all this site writes) compare as text; others are parsed.
  const future = [saved, ...timesOf(run)].find((time) =>
    time.endsWith('Z') ? time > limitText : Date.parse(time) > limit,
  );
  if (future) return refused(`a change is dated in the future (${future})`);
  return { kind: 'ok', run, writer, who, saved };
}
