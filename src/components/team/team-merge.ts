/**
 * The merge of a team's files with the local run: the run as this browser holds it joined with every
 * writer's file that could be read (writer-file.ts). Per step, the latest change wins (a mark, or the step
 * opened again); logs are the union, entries deduplicated by id; values, sign-offs and planned windows keep
 * their latest change; nothing is ever deleted by a merge (a run removed is flagged, as run-record.ts does).
 * The same join serves a progress file imported by hand. Pure, unit-tested (tests/unit/team-merge.test.ts);
 * `npm run bench` measures it for 50 writers × 280 steps.
 */
import { mergeRecords, mergeRun, type Run, type Runs } from '../checklist/run-record.ts';

/** `local` joined with `writers` (runs of the same id); the result does not depend on their order. */
export function mergeWriters(local: Run | undefined, writers: readonly Run[]): Run | undefined {
  let merged = local;
  for (const run of writers) merged = merged ? mergeRun(merged, run) : run;
  return merged;
}

/** The local runs joined with the runs read from the team folder (any number per run id). */
export function mergeTeam(local: Runs, shared: readonly Run[]): Map<string, Run> {
  const byRun = new Map<string, Run[]>();
  for (const run of shared) byRun.set(run.id, [...(byRun.get(run.id) ?? []), run]);
  const incoming = new Map<string, Run>();
  for (const [id, runs] of byRun) {
    const merged = mergeWriters(undefined, runs);
    if (merged) incoming.set(id, merged);
  }
  return mergeRecords(local, incoming);
}
