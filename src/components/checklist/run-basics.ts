/**
 * The few facts about runs (run-record.ts) that every page needs as it loads: kept apart, so that a page
 * importing them does not also carry the strict reader and the writing code, which load on first use.
 */
import type { Mark } from './progress-record.ts';
import type { Run } from './run-record.ts';

export const RUNS_VERSION = 4;

/** The run that holds what was marked before runs existed, and the one a reader who never makes another uses. */
export const DEFAULT_RUN = 'default';

export function emptyRun(id: string, name: string, created: string): Run {
  return {
    id,
    name,
    created,
    marks: new Map(),
    open: new Map(),
    values: new Map(),
    drafts: new Map(),
    valueTimes: new Map(),
    log: [],
    signOffs: new Map(),
    windows: new Map(),
  };
}

/** Whether a run was removed (and not restored since). */
export function isRemoved(run: Run): boolean {
  return run.removed !== undefined && (run.restored === undefined || run.removed > run.restored);
}

/**
 * Whether the text of a step marked `mark` changed in the guide since: it was marked with a hash (marks of
 * before runs have none and are never flagged), and the page gives another (`hash`).
 */
export function isChanged(mark: Mark | undefined, hash: string | undefined): boolean {
  return !!(mark?.hash && hash && mark.hash !== hash);
}
