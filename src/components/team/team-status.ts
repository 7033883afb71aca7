/**
 * The state of sharing, as the run control shows it: when the run was last shared, and why it is not
 * now. Pure, unit-tested (tests/unit/team-status.test.ts); the words are the dictionaries'.
 */

/** Why the last exchange with the team folder failed. */
export type SyncProblem =
  'offline' | 'unauthorized' | 'forbidden' | 'not-found' | 'server' | 'timeout' | 'refused' | 'config';

export interface SyncStatus {
  /** When this browser's changes last reached the folder and the others' were read (ISO), if ever. */
  readonly lastShared?: string;
  /** Set while sharing fails: changes stay here and go out when the server answers again. */
  readonly problem?: SyncProblem;
  /** Writer files ignored at the last sync (damaged or hostile), by path. */
  readonly ignored: readonly string[];
  /** A sync is under way. */
  readonly busy: boolean;
}

export const initialStatus: SyncStatus = { ignored: [], busy: false };

/** The problem an HTTP status stands for (undefined for success). */
export function problemOfStatus(status: number): SyncProblem | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return 'refused';
}

/** An error thrown by fetch: the server did not answer in time (aborted), or could not be reached at all. */
export function problemOfError(error: unknown): SyncProblem {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? 'timeout' : 'offline';
}

/** The status after an exchange: success sets the time and clears the problem; failure keeps the last time. */
export function afterSync(
  status: SyncStatus,
  outcome: { readonly at: string; readonly problem?: SyncProblem; readonly ignored?: readonly string[] },
): SyncStatus {
  const ignored = outcome.ignored ?? status.ignored;
  if (outcome.problem) return { ...status, problem: outcome.problem, ignored, busy: false };
  return { lastShared: outcome.at, ignored, busy: false };
}
