/**
 * What the home's run board shows (client/run-board-view.ts): every run × phase with its counts and state,
 * the current run's planned windows and the phases running over them, and the current run's log, newest
 * first, filtered by phase and limited. Pure, unit-tested (tests/unit/run-board.test.ts).
 *
 * - A cell counts like the phase cards (progress-summary.ts): `done` of `total`, steps not applicable left
 *   out of both. Its state is `signed-off` when the run holds a sign-off of the phase, else `complete` when
 *   every step is done or not applicable, else `open`.
 * - A phase runs over when its planned end has passed and it is not complete (`isOverrunning`, run-record.ts).
 * - Log entries of a phase are its steps' changes and its own (sign-off); undo entries are changes like any other.
 */
import { countSteps, type StepCounts } from './progress-summary.ts';
import { byCreation } from './progress-view.ts';
import { isRemoved } from './run-basics.ts';
import { isOverrunning, type LogEntry, type PlannedWindow, type Run, type Runs } from './run-record.ts';

/** How often an open home checks its running-over flags against the clock (the board and the phase cards). */
export const OVERRUN_CHECK_MS = 30_000;

export interface BoardPhase {
  readonly slug: string;
  readonly items: readonly string[];
}

export type CellState = 'signed-off' | 'complete' | 'open';

export interface BoardCell extends StepCounts {
  readonly phase: string;
  readonly state: CellState;
  readonly overrunning: boolean;
  readonly window: PlannedWindow | undefined;
}

export interface BoardRow {
  readonly id: string;
  /** '' for the default run (each language names it). */
  readonly name: string;
  readonly current: boolean;
  readonly cells: readonly BoardCell[];
}

/** One phase of one run. */
export function boardCell(run: Run, phase: BoardPhase, now: Date): BoardCell {
  const counts = countSteps(phase.items, run.marks);
  const complete = phase.items.length > 0 && counts.done === counts.total;
  const window = run.windows.get(phase.slug);
  const state: CellState = run.signOffs.has(phase.slug) ? 'signed-off' : complete ? 'complete' : 'open';
  return {
    phase: phase.slug,
    ...counts,
    state,
    overrunning: isOverrunning(window, complete || state === 'signed-off', now),
    window,
  };
}

/** Every run not removed, oldest first, with a cell per phase (phases without steps left out). */
export function runTable(runs: Runs, phases: readonly BoardPhase[], current: string, now: Date): BoardRow[] {
  const shown = phases.filter((phase) => phase.items.length > 0);
  return [...runs.values()]
    .filter((run) => !isRemoved(run))
    .sort(byCreation)
    .map((run) => ({
      id: run.id,
      name: run.name,
      current: run.id === current,
      cells: shown.map((phase) => boardCell(run, phase, now)),
    }));
}

/** A planned time as the reader typed it (YYYY-MM-DD or YYYY-MM-DDTHH:MM), for a `datetime-local` field. */
export function windowField(time: string): string {
  return time.length === 10 ? `${time}T00:00` : time;
}

/** Whether a window's end comes before its start (both given): the reader is told, the window kept as typed. */
export function windowReversed(start: string, end: string): boolean {
  return start !== '' && end !== '' && windowField(end) < windowField(start);
}

export interface LogFilter {
  /** A phase's slug; '' for every phase. */
  readonly phase: string;
  /** How many entries to show at most (the newest). */
  readonly limit: number;
}

export interface LogPage {
  /** Newest first. */
  readonly entries: readonly LogEntry[];
  /** Entries of the filter not shown (older than the last one shown). */
  readonly more: number;
  /** Entries of the filter in all. */
  readonly total: number;
}

/** The phase of a log entry: its own (a sign-off), else its step's; '' when the step is not in the guide. */
export function entryPhase(entry: LogEntry, stepPhase: ReadonlyMap<string, string>): string {
  return entry.phase || stepPhase.get(entry.step) || '';
}

/** The run's log, newest first, of one phase or all, the newest `limit` entries of it. */
export function logPage(run: Run, stepPhase: ReadonlyMap<string, string>, filter: LogFilter): LogPage {
  const matching = run.log.filter((entry) => filter.phase === '' || entryPhase(entry, stepPhase) === filter.phase);
  const newest = [...matching].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  const entries = newest.slice(0, Math.max(0, filter.limit));
  return { entries, more: matching.length - entries.length, total: matching.length };
}

/** A log entry's time in the reader's locale (date and time, short). */
export function logTime(at: string, intl: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intl, {
    dateStyle: 'short',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(at));
}
