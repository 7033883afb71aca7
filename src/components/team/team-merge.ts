/**
 * The merge of a team's files with the local run, and what a writer's own file holds. Pure, unit-tested
 * (tests/unit/team-sharing.test.ts); `npm run bench` measures it for 50 writers × 280 steps.
 *
 * Merge: the run as this browser holds it joined with every writer's file that could be read
 * (writer-file.ts). Per step, the latest change wins (a mark, or the step opened again); logs are the union,
 * entries deduplicated by id; values, sign-offs and planned windows keep their latest change; nothing is
 * ever deleted by a merge (a run removed is flagged, as run-record.ts does). It gives exactly what folding
 * run-record.ts's `mergeRun` over the files gives, in one pass (the fold would sort the growing log once per
 * file). The same join serves a progress file imported by hand.
 *
 * Own part: a writer's file holds what this browser holds and no other writer's file does (its own marks,
 * notes, sign-offs and log entries, and any it has that the others lost), so that one change is one small
 * PUT rather than every writer rewriting everyone's work. What two files hold alike is found again on the
 * next sync: the local run, which keeps everything, puts it back in the file if the other drops it.
 */
import { stepTime, type LogEntry, type Run, type Runs } from '../checklist/run-record.ts';
import { mergeRecords, mergeRun } from '../checklist/run-changes.ts';
import type { Mark } from '../checklist/progress-record.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The later of two, by time; equal times decided by content, as run-record.ts's merge does. */
function laterOf<T>(a: T | undefined, b: T, timeA: string, timeB: string): boolean {
  if (a === undefined) return true;
  if (timeA !== timeB) return timeB > timeA;
  return JSON.stringify(b) > JSON.stringify(a);
}

const sortLog = (log: LogEntry[]) =>
  log.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** `local` joined with `writers` (runs of the same id); the result does not depend on their order. */
export function mergeWriters(local: Run | undefined, writers: readonly Run[]): Run | undefined {
  const all = local ? [local, ...writers] : [...writers];
  const [first, ...rest] = all;
  if (!first) return undefined;
  // Steps and log, in one pass over every run.
  const steps = new Map<string, { time: string; mark: Mark | undefined; opened: string | undefined }>();
  const log = new Map<string, LogEntry>();
  for (const run of all) {
    for (const id of [...run.marks.keys(), ...run.open.keys()]) {
      const side = { time: stepTime(run, id) ?? '', mark: run.marks.get(id), opened: run.open.get(id) };
      const here = steps.get(id);
      if (laterOf(here, side, here?.time ?? '', side.time)) steps.set(id, side);
    }
    for (const entry of run.log) {
      const here = log.get(entry.id);
      if (laterOf(here, entry, here?.at ?? '', entry.at)) log.set(entry.id, entry);
    }
  }
  // The rest (name, times, values, sign-offs, windows) is small: run-record.ts's own merge, without steps and log.
  const bare = (run: Run): Run => ({ ...run, marks: new Map(), open: new Map(), log: [] });
  let merged = bare(first);
  for (const run of rest) merged = mergeRun(merged, bare(run));
  const marks = new Map<string, Mark>();
  const open = new Map<string, string>();
  for (const [id, side] of steps) {
    if (side.mark) marks.set(id, side.mark);
    else if (side.opened) open.set(id, side.opened);
  }
  return { ...merged, marks, open, log: sortLog([...log.values()]) };
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

/** What of `local` no file of `others` holds alike: this writer's file. The run's name and times are always kept. */
export function ownPart(local: Run, others: readonly Run[]): Run {
  const heldElsewhere = <T>(map: (run: Run) => ReadonlyMap<string, T>, id: string, value: T) =>
    others.some((run) => {
      const there = map(run).get(id);
      return there !== undefined && same(there, value);
    });
  const keep = <T>(map: (run: Run) => ReadonlyMap<string, T>) =>
    new Map([...map(local)].filter(([id, value]) => !heldElsewhere(map, id, value)));
  const logIds = new Set(others.flatMap((run) => run.log.map((entry) => entry.id)));
  const values = new Map<string, string>();
  const valueTimes = new Map<string, string>();
  for (const [id, time] of local.valueTimes) {
    const value = local.values.get(id);
    const held = others.some((run) => run.valueTimes.get(id) === time && run.values.get(id) === value);
    if (held) continue;
    valueTimes.set(id, time);
    if (value !== undefined) values.set(id, value);
  }
  for (const [id, value] of local.values)
    if (!local.valueTimes.has(id) && !others.some((run) => run.values.get(id) === value)) values.set(id, value);
  return {
    ...local,
    marks: keep((run) => run.marks),
    open: keep((run) => run.open),
    values,
    drafts: new Map(),
    valueTimes,
    log: local.log.filter((entry) => !logIds.has(entry.id)),
    signOffs: keep((run) => run.signOffs),
    windows: keep((run) => run.windows),
  };
}
