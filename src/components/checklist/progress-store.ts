/**
 * The one progress store: the reader's runs (run-record.ts), each with its marks and their evidence, its
 * values (parameter id → value, src/parameters/), log, sign-offs and planned windows, kept in the browser's
 * storage and shared by every page and language of the guide. The marks and values of the current run are
 * what the pages show; which run is current is the browser's, followed at once by every tab (`runKey`).
 * Pure TypeScript: the storage, the clock and the cross-tab channel are injected, so that unit tests drive
 * it with fakes (tests/unit/progress-store.test.ts).
 *
 * Lifecycle
 * - Created once per page. Reads the record from `key`. A record of an older version (1 to 3, before runs)
 *   is read as the default run, untouched, and written in the current version on the next change.
 * - Every change is read-merge-write: the stored record is read again and merged with this tab's
 *   (`mergeRecords`: the later change of each step wins, logs are united), so that a change made in
 *   another tab, even one that overwrote this tab's last write before its `storage` event arrived, is kept.
 * - `listen` delivers the `storage` events of other tabs: the store merges the stored record with its own,
 *   writes the result back when it holds something the stored one lacked, and notifies. Two tabs that wrote
 *   at the same moment thus both end with both changes.
 *
 * What happens to stored data
 * - A record of a newer version than this page knows is shown as far as it can be read, never written:
 *   the store keeps changes in memory and `status().newer` says so, for the notice.
 * - An unreadable record (not JSON, wrong shape) is never overwritten before its raw value has been copied
 *   to `<key>:unreadable:<ISO time>` (a new slot each time, so nothing is ever lost). The status says where
 *   the original is and how many entries were salvaged. If that copy fails, the raw value is left where it
 *   is and the store keeps marks for this page only.
 * - When storage is missing or a read or write throws (private mode, disabled storage, quota), the store
 *   keeps working in memory for the page's life and stops touching storage; `status().persistent` is false.
 * - `status().nearlyFull` is set once the record uses more than `NEARLY_FULL` of the usual 5 MB quota, so
 *   that the reader is told (and can save a file, delete an old run) before a write fails.
 * - Ids unknown to the current content are kept untouched; `clear` removes only the ids it is given.
 */
import type { Mark, Marks, StepState, Values } from './progress-record.ts';
import {
  DEFAULT_RUN,
  emptyRun,
  isRemoved,
  readRuns,
  sortLog,
  type Run,
  type Runs,
  type SignOff,
} from './run-record.ts';
import {
  confirmText,
  logValue,
  markStep,
  mergeMarks,
  mergeRecords,
  newId,
  restoreSteps,
  signOffPhase,
  writeRuns,
  type Evidence,
  type MergeResult,
  type ReadText,
} from './run-changes.ts';
import {
  NEARLY_FULL,
  STORAGE_QUOTA,
  emptyDefault,
  pickCurrent as pickRun,
  runSummaries,
  type ProgressReader,
  type StorageLike,
  type Unreadable,
} from './progress-view.ts';

export { NEARLY_FULL, STORAGE_QUOTA };
export type { ProgressStatus, RunSummary, StorageLike, Unreadable } from './progress-view.ts';

export interface ProgressStoreOptions {
  readonly storage: StorageLike | undefined;
  readonly key: string;
  /** Where the browser remembers its current run (a run id); none: the first run. */
  readonly runKey?: string;
  readonly now?: () => Date;
  /** Who marks, for the evidence and the log (asked once per browser). */
  readonly who?: () => string;
  readonly random?: () => number;
  /** Subscribes to changes made by other tabs (`storage` events); `key` null means storage was cleared. */
  readonly listen?: (onExternalChange: (key: string | null) => void) => () => void;
  /** Told once when storage fails, for the console. */
  readonly warn?: (message: string, error: unknown) => void;
}

export interface ProgressStore extends ProgressReader {
  /**
   * `on`: gives the step `state`, timed now (a step that already has it keeps its time; one in another
   * state changes). Not `on`: opens a step that has `state`, and leaves a step in another state as it is.
   * `read`: the step's text as the reader read it, kept by the mark (changed-step detection).
   */
  setMark(id: string, state: StepState, on: boolean, read?: ReadText): void;
  /**
   * Gives the step an outcome with its evidence (who, note), or opens it (undefined). Logged. `run`: the run
   * the reader was shown when they began (a dialog open while another tab chose another run), by default the
   * current one.
   */
  setEvidence(id: string, evidence: Evidence | undefined, run?: string): void;
  /** Opens `ids` (whatever their state); returns the removed marks (with their times), for undo. */
  clear(ids: Iterable<string>): Marks;
  /** Puts marks back as they were (undo of `clear`), logged as a change. */
  restore(entries: Marks): void;
  /** Adds the marks of steps that have none (a loaded progress file); changes no existing mark. */
  merge(entries: Marks): MergeResult;
  /** Keeps `value` for the parameter `id` (as a value when `valid`, else as a draft), or forgets it (null). */
  setValue(id: string, value: string | null, valid?: boolean): void;
  /** Adds the values of parameters that have none (a loaded progress file); returns how many were added. */
  mergeValues(entries: Values): number;
  selectRun(id: string): void;
  /** Creates a run, copying the values of `copyValuesFrom` when given, and makes it current; returns its id. */
  createRun(name: string, copyValuesFrom?: string): string;
  renameRun(id: string, name: string): void;
  /** Removes a run (kept, flagged, so that `restoreRun` undoes it); the last run left cannot be removed. */
  removeRun(id: string): boolean;
  restoreRun(id: string): void;
  /**
   * Adds runs of a progress file: new runs whole; to a run already here, the marks of steps without one, the
   * values of parameters without one, the log entries it lacks, and windows and sign-offs of phases without one.
   */
  mergeRuns(incoming: Runs): { runs: number; marks: number; differing: number };
  /**
   * Joins runs shared by the team (src/components/team/): the later change of each step wins, logs are
   * united, nothing is deleted. Saves and notifies only when something changed here; returns whether it did.
   */
  joinRuns(incoming: Runs): boolean;
  /** Signs a phase off; false while a step of it is neither done nor not applicable. */
  signOff(phase: string, steps: readonly string[], signOff: Omit<SignOff, 'at'>, run?: string): boolean;
  setWindow(phase: string, start: string, end: string): void;
  /** The reader saw a changed step's new text: its mark takes it. */
  confirmText(id: string, hash: string, text: string): void;
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { key, runKey, now = () => new Date(), warn = () => {}, who = () => '', random = Math.random } = options;
  let storage = options.storage;
  let runs: Runs = new Map();
  let current = DEFAULT_RUN;
  let unreadable: Unreadable | undefined;
  let newer: number | undefined;
  let size = 0;
  let warned = false;
  const listeners = new Set<() => void>();

  /** Stops using storage for the rest of the page's life; the reader is told through `status()`. */
  function fail(error: unknown): void {
    storage = undefined;
    if (!warned) warn(`Progress cannot be saved in this browser (${key}); marks last until the page is closed.`, error);
    warned = true;
  }

  function keepAside(raw: string, reason: string, salvaged: number): void {
    if (!storage) return;
    try {
      const stem = `${key}:unreadable:${now().toISOString()}`;
      let slot = stem;
      for (let n = 2; storage.getItem(slot) !== null; n += 1) slot = `${stem}-${n}`;
      storage.setItem(slot, raw);
      unreadable = { keptAs: slot, movedAside: true, salvaged };
      warn(`Saved progress could not be read (${reason}); its raw value was kept under "${slot}".`, undefined);
    } catch (error) {
      unreadable = { keptAs: key, movedAside: false, salvaged };
      fail(error);
    }
  }

  /** The stored runs, after setting an unreadable value aside; undefined when storage is not usable. */
  function load(): Runs | undefined {
    if (!storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (error) {
      fail(error);
      return undefined;
    }
    const result = readRuns(raw);
    if (result.kind === 'empty') return new Map();
    size = raw?.length ?? 0;
    if (result.kind === 'ok') return result.runs;
    if (result.kind === 'newer') {
      // Never written: this page would drop what it does not know of the newer version.
      newer = result.version;
      storage = undefined;
      return result.runs;
    }
    keepAside(raw ?? '', result.reason, result.salvaged);
    // Overwrite only once the raw value is safe elsewhere; either way, show what could be read.
    save(result.runs);
    return result.runs;
  }

  function save(next: Runs): void {
    if (!storage) return;
    try {
      const text = writeRuns(next);
      storage.setItem(key, text);
      size = text.length;
    } catch (error) {
      fail(error);
    }
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  const pickCurrent = (wanted: string | undefined) => pickRun(runs, wanted);

  function rememberedRun(): string | undefined {
    if (!runKey || !storage) return undefined;
    try {
      return storage.getItem(runKey) ?? undefined;
    } catch {
      return undefined;
    }
  }

  function rememberRun(id: string): void {
    if (!runKey || !storage) return;
    try {
      storage.setItem(runKey, id);
    } catch {
      // The run stays current for this page; nothing else is lost.
    }
  }

  /** The time of the change being made (one reading of the clock per change) and fresh ids for it. */
  let stamp = new Date(0);
  const time = () => stamp.toISOString();
  const id = () => newId(stamp, random);

  function currentRun(): Run {
    return runs.get(current) ?? emptyDefault(current);
  }

  /** Applies `apply` to every run, on top of the stored record merged with this tab's, and saves. */
  function changeRuns(apply: (draft: Map<string, Run>) => void): void {
    stamp = now();
    const stored = load();
    const draft = stored ? mergeRecords(runs, stored) : new Map(runs);
    apply(draft);
    save(draft);
    runs = draft;
    current = pickCurrent(current);
    notify();
  }

  /** Applies `apply` to the current run. */
  /** Applies `apply` to the run `target` (the current one by default, or when `target` is gone). */
  function change(apply: (run: Run) => Run, target = current): void {
    changeRuns((draft) => {
      const chosen = draft.has(target) ? target : current;
      const run = draft.get(chosen) ?? emptyRun(chosen, '', time());
      const next = apply(run);
      if (next !== run) draft.set(chosen, next);
    });
  }

  runs = load() ?? new Map();
  current = pickCurrent(rememberedRun());
  const stopListening = options.listen?.((changedKey) => {
    if (!storage) return;
    if (changedKey === runKey && runKey !== undefined) {
      // Another tab chose a run: the run chosen is the browser's, in every tab (the header says which).
      const chosen = pickCurrent(rememberedRun());
      if (chosen === current) return;
      current = chosen;
      notify();
      return;
    }
    if (changedKey !== null && changedKey !== key) return;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (error) {
      fail(error);
      return;
    }
    if (raw === null) {
      // The reader cleared the site's data: there is nothing to merge with.
      runs = new Map();
    } else {
      const stored = load();
      if (!stored) return;
      const merged = mergeRecords(runs, stored);
      if (storage && writeRuns(merged) !== writeRuns(stored)) save(merged);
      runs = merged;
    }
    current = pickCurrent(current);
    notify();
  });

  const stateToOutcome = (state: StepState): Evidence['outcome'] =>
    state === 'ticked' ? 'done' : state === 'notApplicable' ? 'not-applicable' : 'failed';

  return {
    marks: () => currentRun().marks,
    markOf: (step) => currentRun().marks.get(step),
    status: () => ({
      persistent: storage !== undefined,
      ...(unreadable ? { unreadable } : {}),
      ...(newer !== undefined ? { newer } : {}),
      ...(size > STORAGE_QUOTA * NEARLY_FULL ? { nearlyFull: true } : {}),
    }),
    setMark(step, state, on, read) {
      change((run) => {
        const mark = run.marks.get(step);
        if (on && mark?.state !== state)
          return markStep(run, step, { outcome: stateToOutcome(state), who: who(), ...read }, time(), id(), who());
        if (!on && mark?.state === state) return markStep(run, step, undefined, time(), id(), who());
        return run;
      });
    },
    setEvidence(step, evidence, target) {
      change((run) => markStep(run, step, evidence && { who: who(), ...evidence }, time(), id(), who()), target);
    },
    clear(ids) {
      const removed = new Map<string, Mark>();
      change((run) => {
        let next = run;
        for (const step of ids) {
          const mark = next.marks.get(step);
          if (mark === undefined) continue;
          removed.set(step, mark);
          next = markStep(next, step, undefined, time(), id(), who());
        }
        return next;
      });
      return removed;
    },
    restore(entries) {
      change((run) => restoreSteps(run, entries, time(), id, who()));
    },
    merge(entries) {
      let result: MergeResult = { added: new Map(), differing: 0 };
      change((run) => {
        result = mergeMarks(run.marks, entries);
        if (result.added.size === 0) return run;
        return { ...run, marks: new Map([...run.marks, ...result.added]) };
      });
      return result;
    },
    values: () => currentRun().values,
    drafts: () => currentRun().drafts,
    setValue(param, value, valid = true) {
      change((run) => {
        const values = new Map(run.values);
        const drafts = new Map(run.drafts);
        values.delete(param);
        drafts.delete(param);
        if (value !== null) (valid ? values : drafts).set(param, value);
        const changed = { ...run, values, drafts, valueTimes: new Map(run.valueTimes).set(param, time()) };
        // A value in use changed (a draft, not used, is not a change of the run's record of work).
        return logValue(changed, param, run.values.get(param) ?? '', values.get(param) ?? '', time(), id(), who());
      });
    },
    mergeValues(entries) {
      let added = 0;
      change((run) => {
        const values = new Map(run.values);
        const valueTimes = new Map(run.valueTimes);
        for (const [param, value] of entries) {
          if (values.has(param)) continue;
          values.set(param, value);
          valueTimes.set(param, time());
          added += 1;
        }
        return added > 0 ? { ...run, values, valueTimes } : run;
      });
      return added;
    },

    runs: () => runSummaries(runs),
    allRuns: () => runs,
    run: currentRun,
    currentRunId: () => current,
    selectRun(runId) {
      current = pickCurrent(runId);
      rememberRun(current);
      notify();
    },
    createRun(name, copyValuesFrom) {
      let runId = '';
      changeRuns((draft) => {
        runId = `run-${id()}`;
        const at = time();
        // The default run exists in storage once another is made, so that it keeps its place first.
        if (!draft.has(current)) draft.set(current, emptyRun(current, '', at));
        const source = copyValuesFrom === undefined ? undefined : draft.get(copyValuesFrom);
        draft.set(runId, {
          ...emptyRun(runId, name.trim(), at),
          ...(source ? { values: source.values, drafts: source.drafts, valueTimes: source.valueTimes } : {}),
        });
      });
      current = runId;
      rememberRun(runId);
      notify();
      return runId;
    },
    renameRun(runId, name) {
      changeRuns((draft) => {
        const run = draft.get(runId) ?? (runId === current ? currentRun() : undefined);
        if (run) draft.set(runId, { ...run, name: name.trim(), named: time() });
      });
    },
    removeRun(runId) {
      const left = [...runs.values()].filter((run) => !isRemoved(run) && run.id !== runId);
      const exists = runs.has(runId) || runId === current;
      if (!exists || left.length === 0) return false;
      changeRuns((draft) => {
        const run = draft.get(runId);
        if (run) draft.set(runId, { ...run, removed: time() });
      });
      if (current === runId) current = pickCurrent(undefined);
      rememberRun(current);
      notify();
      return true;
    },
    restoreRun(runId) {
      changeRuns((draft) => {
        const run = draft.get(runId);
        if (run) draft.set(runId, { ...run, restored: time() });
      });
      current = pickCurrent(runId);
      rememberRun(current);
      notify();
    },
    mergeRuns(incoming) {
      let added = 0;
      let marks = 0;
      let differing = 0;
      changeRuns((draft) => {
        for (const [runId, run] of incoming) {
          if (isRemoved(run)) continue;
          const here = draft.get(runId);
          if (!here) {
            draft.set(runId, run);
            added += 1;
            marks += run.marks.size;
            continue;
          }
          const result = mergeMarks(here.marks, run.marks);
          marks += result.added.size;
          differing += result.differing;
          const values = new Map([...run.values, ...here.values]);
          // The file's log entries join this run's (united by id); its planned windows and sign-offs fill
          // the phases that have none here. Nothing of this browser is changed.
          const log = new Map([...run.log, ...here.log].map((entry) => [entry.id, entry]));
          draft.set(runId, {
            ...here,
            marks: new Map([...here.marks, ...result.added]),
            values,
            log: sortLog([...log.values()]),
            windows: new Map([...run.windows, ...here.windows]),
            signOffs: new Map([...run.signOffs, ...here.signOffs]),
          });
        }
      });
      return { runs: added, marks, differing };
    },
    joinRuns(incoming) {
      const joined = mergeRecords(runs, incoming);
      if (writeRuns(joined) === writeRuns(runs)) return false;
      changeRuns((draft) => {
        for (const [runId, run] of mergeRecords(draft, incoming)) draft.set(runId, run);
      });
      return true;
    },
    signOff(phase, steps, signOff, target) {
      let signed = false;
      change((run) => {
        const next = signOffPhase(run, phase, steps, signOff, time(), id());
        signed = next !== undefined;
        return next ?? run;
      }, target);
      return signed;
    },
    setWindow(phase, start, end) {
      change((run) => ({ ...run, windows: new Map(run.windows).set(phase, { start, end, at: time() }) }));
    },
    confirmText(step, hash, text) {
      change((run) => confirmText(run, step, hash, text, time(), id(), who()));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopListening?.();
      listeners.clear();
    },
  };
}
