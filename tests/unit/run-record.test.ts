import { describe, expect, it } from 'vitest';
import { writeRecord, type Mark } from '../../src/components/checklist/progress-record.ts';
import {
  DEFAULT_RUN,
  changedSinceSignOff,
  changedSteps,
  emptyRun,
  isOverrunning,
  outcomeOf,
  readRuns,
  textHash,
  type Run,
} from '../../src/components/checklist/run-record.ts';
import {
  confirmText,
  markStep,
  mergeRecords,
  signOffPhase,
  writeRuns,
} from '../../src/components/checklist/run-changes.ts';
import { createProgressStore, STORAGE_QUOTA } from '../../src/components/checklist/progress-store.ts';
import { FakeArea } from './fake-storage.ts';

const T0 = '2026-11-25T08:00:00.000Z';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';
const T3 = '2026-11-25T11:00:00.000Z';
const KEY = 'runbook:/guides/lync/:progress';
const RUN_KEY = 'runbook:/guides/lync/:run';

const run = (id = DEFAULT_RUN): Run => emptyRun(id, '', T0);
const done = (r: Run, id: string, at: string, logId: string, who = 'JD') =>
  markStep(r, id, { outcome: 'done', who }, at, logId);

describe('runs: the progress record, version 4', () => {
  it('reads a record of before runs (version 1, 2 or 3) as the default run, its marks and values untouched', () => {
    const marks = new Map<string, Mark>([
      ['p4-a', { state: 'ticked', at: T1 }],
      ['p4-b', { state: 'notApplicable', at: T2 }],
    ]);
    const v3 = writeRecord(marks, new Map([['sip-domain', 'fabrikam.com']]));
    const read = readRuns(v3);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.upgraded).toBe(true);
    expect([...read.runs.keys()]).toEqual([DEFAULT_RUN]);
    const only = read.runs.get(DEFAULT_RUN);
    expect(Object.fromEntries(only?.marks ?? [])).toEqual(Object.fromEntries(marks));
    expect(Object.fromEntries(only?.values ?? [])).toEqual({ 'sip-domain': 'fabrikam.com' });
    expect(only?.name).toBe('');
    const v1 = readRuns(JSON.stringify({ version: 1, ticked: { 'p4-a': T1 } }));
    expect(v1.kind === 'ok' && v1.runs.get(DEFAULT_RUN)?.marks.get('p4-a')).toEqual({ state: 'ticked', at: T1 });
  });

  it('writes and reads back every part of a run the same', () => {
    let r: Run = { ...run(), name: 'Paris pool – rehearsal' };
    r = done(r, 'p4-a', T1, 'l1');
    r = markStep(r, 'p4-b', { outcome: 'remark', who: 'AB', note: 'took "two" tries,\nthen fine' }, T1, 'l2');
    r = markStep(
      r,
      'p4-c',
      { outcome: 'failed', who: 'AB', note: 'timeout', hash: 'abcd1234', text: 'Do x' },
      T2,
      'l3',
    );
    r = markStep(r, 'p4-d', { outcome: 'not-applicable', note: 'Standard Edition only' }, T2, 'l4');
    r = { ...r, windows: new Map([['p4', { start: '2026-11-26T20:00', end: '2026-11-26T23:00', at: T2 }]]) };
    const runs = new Map([[r.id, r]]);
    const read = readRuns(writeRuns(runs));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(writeRuns(read.runs)).toBe(writeRuns(runs));
    const back = read.runs.get(DEFAULT_RUN);
    expect(back && [...back.marks.keys()].map((id) => outcomeOf(back.marks.get(id)))).toEqual([
      'done',
      'remark',
      'failed',
      'not-applicable',
    ]);
    expect(back?.log.map((entry) => `${entry.step}:${entry.from}→${entry.to}`)).toEqual([
      'p4-a:open→done',
      'p4-b:open→remark',
      'p4-c:open→failed',
      'p4-d:open→not-applicable',
    ]);
  });

  it('logs every change with who, when, the step, from → to and the note; opening a step again is logged too', () => {
    let r = done(run(), 'p4-a', T1, 'l1', 'JD');
    r = markStep(r, 'p4-a', { outcome: 'remark', who: 'AB', note: 'late' }, T2, 'l2', 'AB');
    r = markStep(r, 'p4-a', undefined, T3, 'l3', 'AB');
    expect(r.log).toEqual([
      { id: 'l1', at: T1, who: 'JD', step: 'p4-a', phase: '', from: 'open', to: 'done', note: '' },
      { id: 'l2', at: T2, who: 'AB', step: 'p4-a', phase: '', from: 'done', to: 'remark', note: 'late' },
      { id: 'l3', at: T3, who: 'AB', step: 'p4-a', phase: '', from: 'remark', to: 'open', note: '' },
    ]);
    expect(r.marks.has('p4-a')).toBe(false);
    expect(r.open.get('p4-a')).toBe(T3);
  });

  it('keeps the first time of a step given the outcome it has, and records when its evidence changed', () => {
    let r = done(run(), 'p4-a', T1, 'l1');
    r = markStep(r, 'p4-a', { outcome: 'done', who: 'JD', note: 'checked twice' }, T2, 'l2');
    expect(r.marks.get('p4-a')).toMatchObject({ at: T1, changed: T2, note: 'checked twice' });
  });

  it('signs a phase off only when all its steps are done or not applicable, and flags a later change', () => {
    const steps = ['p4-a', 'p4-b'];
    let r = done(run(), 'p4-a', T1, 'l1');
    r = markStep(r, 'p4-b', { outcome: 'failed', note: 'x' }, T1, 'l2');
    const signOff = { name: 'Marie Dupont', role: 'Change manager', date: '2026-11-25', comment: '' };
    expect(signOffPhase(r, 'p4', steps, signOff, T2, 's1')).toBeUndefined();
    r = markStep(r, 'p4-b', { outcome: 'not-applicable', note: 'no archiving' }, T2, 'l3');
    const signed = signOffPhase(r, 'p4', steps, signOff, T2, 's2');
    expect(signed?.signOffs.get('p4')).toEqual({ ...signOff, at: T2 });
    expect(signed?.log.at(-1)).toMatchObject({ phase: 'p4', to: 'signed-off', who: 'Marie Dupont' });
    expect(signed && changedSinceSignOff(signed, 'p4', steps)).toEqual([]);
    const later = signed && markStep(signed, 'p4-a', undefined, T3, 'l4');
    expect(later && changedSinceSignOff(later, 'p4', steps)).toEqual(['p4-a']);
    expect(later?.signOffs.get('p4')).toBeDefined();
  });

  it('flags a step whose text changed since it was marked, with the old and new text, until confirmed', () => {
    const before = 'Move the users. Check: Get-CsUser shows the pool.';
    const after = 'Move the users with -Force. Check: Get-CsUser shows the pool.';
    let r = markStep(run(), 'p4-a', { outcome: 'done', hash: textHash(before), text: before }, T1, 'l1');
    r = done(r, 'p4-old', T1, 'l2'); // marked before runs: no hash, never flagged
    const page = new Map([
      ['p4-a', { hash: textHash(after), text: after }],
      ['p4-old', { hash: textHash('x'), text: 'x' }],
    ]);
    expect(changedSteps(r, page)).toEqual([{ id: 'p4-a', before, now: after }]);
    r = confirmText(r, 'p4-a', textHash(after), after, T2, 'l3', 'JD');
    expect(changedSteps(r, page)).toEqual([]);
    expect(textHash('a  b\n')).toBe(textHash('a b'));
  });

  it('flags a phase running over its planned window while it is not complete', () => {
    const window = { start: '2026-11-26T20:00', end: '2026-11-26T23:00', at: T1 };
    expect(isOverrunning(window, false, new Date(2026, 10, 26, 23, 30))).toBe(true);
    expect(isOverrunning(window, true, new Date(2026, 10, 26, 23, 30))).toBe(false);
    expect(isOverrunning(window, false, new Date(2026, 10, 26, 22, 0))).toBe(false);
    expect(isOverrunning(undefined, false, new Date())).toBe(false);
  });

  it('merges two versions so that nothing changed on either side is lost, in any order', () => {
    const base = done(run(), 'p4-a', T0, 'l0');
    const a = done(base, 'p4-b', T1, 'la'); // one tab ticks p4-b
    const b = markStep(done(base, 'p4-c', T1, 'lb'), 'p4-a', undefined, T2, 'lb2'); // the other ticks p4-c, opens p4-a
    const ab = mergeRecords(new Map([[DEFAULT_RUN, a]]), new Map([[DEFAULT_RUN, b]]));
    const ba = mergeRecords(new Map([[DEFAULT_RUN, b]]), new Map([[DEFAULT_RUN, a]]));
    expect(writeRuns(ab)).toBe(writeRuns(ba));
    const merged = ab.get(DEFAULT_RUN);
    expect([...(merged?.marks.keys() ?? [])].sort()).toEqual(['p4-b', 'p4-c']);
    expect(merged?.log.map((entry) => entry.id)).toEqual(['l0', 'la', 'lb', 'lb2']);
    // A run made in one tab and a renaming in the other both survive.
    const other = { ...emptyRun('run-x', 'Paris pool – live', T1) };
    const renamed = { ...a, name: 'Rehearsal', named: T3 };
    const both = mergeRecords(
      new Map([[DEFAULT_RUN, renamed]]),
      new Map([
        [DEFAULT_RUN, b],
        ['run-x', other],
      ]),
    );
    expect(both.get(DEFAULT_RUN)?.name).toBe('Rehearsal');
    expect(both.has('run-x')).toBe(true);
  });

  it('keeps a newer record read-only: shown, never overwritten', () => {
    const area = new FakeArea();
    const newer = JSON.stringify({
      version: 5,
      runs: { default: { name: '', created: T0, steps: { 'p4-a': { state: 'ticked', at: T1 } } } },
      future: true,
    });
    area.data.set(KEY, newer);
    const store = createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(T2) });
    expect(store.status()).toMatchObject({ persistent: false, newer: 5 });
    expect(store.markOf('p4-a')?.state).toBe('ticked');
    store.setMark('p4-b', 'ticked', true);
    expect(store.markOf('p4-b')?.state).toBe('ticked');
    expect(area.data.get(KEY)).toBe(newer);
  });

  it('salvages the readable runs of a damaged record, naming the damaged entries', () => {
    const good = writeRuns(new Map([[DEFAULT_RUN, done(run(), 'p4-a', T1, 'l1')]]));
    const damaged = JSON.parse(good) as { runs: Record<string, Record<string, unknown>> };
    const only = damaged.runs['default'] ?? {};
    only['steps'] = { ...(only['steps'] as object), 'p4-b': { state: 'ticked', at: 'yesterday' } };
    damaged.runs['BAD ID'] = {};
    const read = readRuns(JSON.stringify(damaged));
    expect(read.kind).toBe('invalid');
    if (read.kind !== 'invalid') return;
    expect(read.reason).toContain('steps.p4-b');
    expect(read.reason).toContain('run id "BAD ID" is not valid');
    expect([...(read.runs.get(DEFAULT_RUN)?.marks.keys() ?? [])]).toEqual(['p4-a']);
  });
});

describe('runs in the progress store', () => {
  const clock = () => {
    let minute = 0;
    return () => new Date(Date.parse(T1) + 60_000 * minute++);
  };
  const open = (area: FakeArea, extra = {}) => {
    const tab = area.tab();
    return createProgressStore({ storage: tab, key: KEY, runKey: RUN_KEY, now: clock(), listen: tab.listen, ...extra });
  };

  it('starts with the default run, so that a reader who never makes another sees nothing change', () => {
    const store = open(new FakeArea());
    expect(store.runs()).toEqual([]);
    expect(store.currentRunId()).toBe(DEFAULT_RUN);
    store.setMark('p4-a', 'ticked', true);
    expect(store.runs().map((r) => r.id)).toEqual([DEFAULT_RUN]);
  });

  it('keeps separate marks and values per run, and remembers the current run across a reload', () => {
    const area = new FakeArea();
    const store = open(area, { who: () => 'JD' });
    store.setMark('p4-a', 'ticked', true);
    store.setValue('sip-domain', 'paris.example', true);
    const live = store.createRun('Paris pool – live', DEFAULT_RUN);
    expect(store.currentRunId()).toBe(live);
    expect(store.markOf('p4-a')).toBeUndefined();
    expect(store.values().get('sip-domain')).toBe('paris.example');
    store.setMark('p4-b', 'failed', true);
    const reloaded = open(area);
    expect(reloaded.currentRunId()).toBe(live);
    expect([...reloaded.marks().keys()]).toEqual(['p4-b']);
    expect(reloaded.markOf('p4-b')?.who).toBe('JD');
    reloaded.selectRun(DEFAULT_RUN);
    expect([...reloaded.marks().keys()]).toEqual(['p4-a']);
    expect(reloaded.runs().map((r) => r.name)).toEqual(['', 'Paris pool – live']);
  });

  it('records a step’s outcome and note with who marked it, and logs the change', () => {
    const store = open(new FakeArea(), { who: () => 'MD' });
    store.setMark('p4-a', 'ticked', true);
    store.setEvidence('p4-a', { outcome: 'failed', note: 'timeout' });
    expect(store.markOf('p4-a')).toMatchObject({ state: 'failed', who: 'MD', note: 'timeout' });
    expect(store.run().log.map((entry) => `${entry.who}:${entry.from}→${entry.to}:${entry.note}`)).toEqual([
      'MD:open→done:',
      'MD:done→failed:timeout',
    ]);
  });

  it('renames, removes and restores a run; the last run left cannot be removed', () => {
    const area = new FakeArea();
    const store = open(area);
    const second = store.createRun('Lab');
    store.setMark('p4-a', 'ticked', true);
    store.renameRun(second, 'Lab rehearsal');
    expect(store.runs().map((r) => r.name)).toEqual(['', 'Lab rehearsal']);
    expect(store.removeRun(second)).toBe(true);
    expect(store.currentRunId()).toBe(DEFAULT_RUN);
    expect(store.runs().map((r) => r.id)).toEqual([DEFAULT_RUN]);
    expect(store.removeRun(DEFAULT_RUN)).toBe(false);
    store.restoreRun(second);
    expect(store.currentRunId()).toBe(second);
    expect([...open(area).marks().keys()]).toEqual(['p4-a']);
  });

  it('follows at once, in every tab, the run chosen in one; a tab then marks the run it shows', () => {
    const area = new FakeArea();
    const first = open(area);
    const second = open(area);
    first.setMark('p4-a', 'ticked', true);
    const live = first.createRun('Paris pool – live');
    expect(second.currentRunId()).toBe(live);
    second.setMark('p4-b', 'ticked', true);
    expect([...first.marks().keys()]).toEqual(['p4-b']);
    second.selectRun(DEFAULT_RUN);
    expect(first.currentRunId()).toBe(DEFAULT_RUN);
    expect([...first.marks().keys()]).toEqual(['p4-a']);
  });

  it('saves evidence and a sign-off into the run the reader began in, when another tab chose another meanwhile', () => {
    const area = new FakeArea();
    const first = open(area, { who: () => 'JD' });
    const second = open(area);
    first.setMark('p4-a', 'ticked', true);
    const shown = first.currentRunId(); // a dialog opens on the default run
    const live = second.createRun('Paris pool – live');
    expect(first.currentRunId()).toBe(live);
    first.setEvidence('p4-b', { outcome: 'not-applicable', note: 'no branch site' }, shown);
    expect(
      first.signOff('p4', ['p4-a', 'p4-b'], { name: 'M. Dupont', role: '', date: '2026-11-25', comment: '' }, shown),
    ).toBe(true);
    const stored = open(area);
    stored.selectRun(DEFAULT_RUN);
    expect(stored.markOf('p4-b')).toMatchObject({ state: 'notApplicable', note: 'no branch site' });
    expect(stored.run().signOffs.get('p4')?.name).toBe('M. Dupont');
    stored.selectRun(live);
    expect(stored.marks().size).toBe(0);
    expect(stored.run().signOffs.size).toBe(0);
  });

  it('keeps both changes when two tabs mark different steps at the same moment', () => {
    const area = new FakeArea();
    // Both tabs read the record, then write before either hears of the other.
    const first = open(area);
    const second = open(area);
    const raw = area.data.get(KEY) ?? null;
    first.setMark('p4-a', 'ticked', true);
    area.data.delete(KEY);
    if (raw !== null) area.data.set(KEY, raw);
    // The second tab's write overwrites the first's (a real race between two processes); its event reaches the first.
    second.setMark('p4-b', 'ticked', true);
    expect([...first.marks().keys()].sort()).toEqual(['p4-a', 'p4-b']);
    expect([...second.marks().keys()].sort()).toEqual(['p4-a', 'p4-b']);
    expect([...open(area).marks().keys()].sort()).toEqual(['p4-a', 'p4-b']);
  });

  it('says when the record nears the quota, before a write fails', () => {
    const area = new FakeArea();
    const big = emptyRun(DEFAULT_RUN, '', T0);
    const note = 'x'.repeat(900);
    const marks = new Map<string, Mark>();
    for (let i = 0; i < 4500; i += 1) marks.set(`s-${i}`, { state: 'ticked', at: T1, note });
    area.data.set(KEY, writeRuns(new Map([[DEFAULT_RUN, { ...big, marks }]])));
    expect((area.data.get(KEY) ?? '').length).toBeGreaterThan(STORAGE_QUOTA * 0.8);
    expect(open(area).status().nearlyFull).toBe(true);
    expect(open(new FakeArea()).status().nearlyFull).toBeUndefined();
  });
});

describe('storage use', () => {
  it('holds 10 runs of 280 steps with their evidence and notes, and a 2,000-entry log, within 5 MB with a margin', () => {
    const runs = new Map<string, Run>();
    const note = 'Pool frontal redémarré, services vérifiés avec Get-CsWindowsService ; RAS.'; // 76 characters
    const text = 'Déplacez les utilisateurs vers le nouveau pool. Vérification : Get-CsUser affiche le pool cible.';
    for (let r = 0; r < 10; r += 1) {
      let run: Run = emptyRun(`run-${r}`, `Pool ${r} – exécution`, T0);
      const marks = new Map<string, Mark>();
      for (let s = 0; s < 280; s += 1)
        marks.set(`p${s % 12}-step-number-${s}`, {
          state: 'ticked',
          at: T1,
          who: 'Marie Dupont',
          note,
          hash: textHash(text),
          text,
        });
      // The 2,000 entries of the log, spread over the runs (200 each).
      const log = Array.from({ length: 200 }, (_, i) => ({
        id: `mhx${r}${i}-abc123`,
        at: T2,
        who: 'Marie Dupont',
        step: `p${i % 12}-step-number-${i % 280}`,
        phase: '',
        from: 'open',
        to: 'done',
        note,
      }));
      run = { ...run, marks, log };
      runs.set(run.id, run);
    }
    const size = writeRuns(runs).length; // UTF-16 code units, what browsers count against the quota
    console.info(`Storage use of 10 runs × 280 steps with notes and a 2,000-entry log: ${size} characters`);
    // Below the point where the reader is warned, itself well below the quota.
    expect(size).toBeLessThan(STORAGE_QUOTA * 0.5);
  });
});
