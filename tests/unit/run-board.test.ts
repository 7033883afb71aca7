import { describe, expect, it } from 'vitest';
import {
  boardCell,
  entryPhase,
  logPage,
  logTime,
  runTable,
  windowField,
  windowReversed,
} from '../../src/components/checklist/run-board.ts';
import { emptyRun, type Run } from '../../src/components/checklist/run-record.ts';
import { markStep, restoreSteps, signOffPhase } from '../../src/components/checklist/run-changes.ts';
import { readProgressFile, writeProgressFile } from '../../src/components/checklist/progress-file.ts';
import { createProgressStore } from '../../src/components/checklist/progress-store.ts';
import { FakeArea } from './fake-storage.ts';

const T0 = '2026-11-25T08:00:00.000Z';
const phases = [
  { slug: 'prepare', items: ['p1-a', 'p1-b', 'p1-c'] },
  { slug: 'empty', items: [] },
  { slug: 'switch', items: ['p2-a', 'p2-b'] },
];
const stepPhase = new Map(phases.flatMap((phase) => phase.items.map((id) => [id, phase.slug] as const)));
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const done = (run: Run, id: string, minute: number) =>
  markStep(run, id, { outcome: 'done', who: 'JD' }, at(minute), `log-${minute}`);
const withWindow = (run: Run, phase: string, start: string, end: string): Run => ({
  ...run,
  windows: new Map(run.windows).set(phase, { start, end, at: T0 }),
});

describe('run board: every run × phase', () => {
  it('gives each run its own counts per phase, oldest run first, the current one marked', () => {
    const rehearsal = done(done(emptyRun('default', '', T0), 'p1-a', 1), 'p1-b', 2);
    const live = done(emptyRun('run-live', 'Live', at(10)), 'p2-a', 11);
    const rows = runTable(
      new Map([
        ['run-live', live],
        ['default', rehearsal],
      ]),
      phases,
      'run-live',
      new Date(T0),
    );
    expect(rows.map((row) => [row.id, row.current])).toEqual([
      ['default', false],
      ['run-live', true],
    ]);
    // The phase without steps has no column.
    expect(rows[0]?.cells.map((cell) => [cell.phase, cell.done, cell.total, cell.state])).toEqual([
      ['prepare', 2, 3, 'open'],
      ['switch', 0, 2, 'open'],
    ]);
    expect(rows[1]?.cells.map((cell) => `${cell.done}/${cell.total}`)).toEqual(['0/3', '1/2']);
  });

  it('leaves removed runs out', () => {
    const removed = { ...emptyRun('run-x', 'Old', T0), removed: at(5) };
    expect(runTable(new Map([['run-x', removed]]), phases, 'default', new Date(T0))).toEqual([]);
  });

  it('says complete when every step is done or not applicable, and signed off when the run holds a sign-off', () => {
    let run = done(done(emptyRun('default', '', T0), 'p2-a', 1), 'p2-b', 2);
    expect(boardCell(run, phases[2]!, new Date(T0)).state).toBe('complete');
    run = markStep(run, 'p1-a', { outcome: 'not-applicable' }, at(3), 'l3');
    run = done(done(run, 'p1-b', 4), 'p1-c', 5);
    const signed = signOffPhase(
      run,
      'prepare',
      phases[0]!.items,
      { name: 'AB', role: '', date: '2026-11-25', comment: '' },
      at(6),
      'l6',
    );
    const cell = boardCell(signed!, phases[0]!, new Date(T0));
    expect([cell.state, cell.done, cell.total, cell.notApplicable]).toEqual(['signed-off', 2, 2, 1]);
  });
});

describe('run board: planned windows', () => {
  const now = new Date(2026, 10, 26, 12, 0);
  it('flags a phase whose planned end has passed and which is not complete', () => {
    const run = withWindow(emptyRun('default', '', T0), 'prepare', '2026-11-26T08:00', '2026-11-26T11:00');
    const cell = boardCell(run, phases[0]!, now);
    expect(cell.overrunning).toBe(true);
    expect(cell.window?.end).toBe('2026-11-26T11:00');
  });

  it('does not flag a phase whose end is still ahead, nor a complete one, nor one without an end', () => {
    const ahead = withWindow(emptyRun('default', '', T0), 'prepare', '', '2026-11-26T13:00');
    expect(boardCell(ahead, phases[0]!, now).overrunning).toBe(false);
    const complete = withWindow(
      done(done(emptyRun('default', '', T0), 'p2-a', 1), 'p2-b', 2),
      'switch',
      '',
      '2026-11-26T11:00',
    );
    expect(boardCell(complete, phases[2]!, now).overrunning).toBe(false);
    const noEnd = withWindow(emptyRun('default', '', T0), 'prepare', '2026-11-26T08:00', '');
    expect(boardCell(noEnd, phases[0]!, now).overrunning).toBe(false);
  });

  it('shows a planned date alone as its midnight in a date-and-time field, and tells an end before its start', () => {
    expect(windowField('2026-11-26')).toBe('2026-11-26T00:00');
    expect(windowField('2026-11-26T20:00')).toBe('2026-11-26T20:00');
    expect(windowReversed('2026-11-26T20:00', '2026-11-26T19:00')).toBe(true);
    expect(windowReversed('2026-11-26T20:00', '2026-11-26T23:00')).toBe(false);
    expect(windowReversed('', '2026-11-26T19:00')).toBe(false);
  });
});

describe('run board: the log', () => {
  it('lists a tick and its undo newest first, and the phase filter keeps the entries of that phase', () => {
    let run = done(emptyRun('default', '', T0), 'p1-a', 1);
    run = done(run, 'p2-a', 2);
    const removed = new Map([['p2-a', run.marks.get('p2-a')!]]);
    run = markStep(run, 'p2-a', undefined, at(3), 'log-3', 'JD');
    run = restoreSteps(run, removed, at(4), () => 'log-4', 'JD');
    const all = logPage(run, stepPhase, { phase: '', limit: 50 });
    expect(all.entries.map((entry) => [entry.step, entry.from, entry.to, entry.note])).toEqual([
      ['p2-a', 'open', 'done', 'undo'],
      ['p2-a', 'done', 'open', ''],
      ['p2-a', 'open', 'done', ''],
      ['p1-a', 'open', 'done', ''],
    ]);
    const prepare = logPage(run, stepPhase, { phase: 'prepare', limit: 50 });
    expect(prepare.entries.map((entry) => entry.step)).toEqual(['p1-a']);
    expect(prepare.total).toBe(1);
  });

  it('files a sign-off under its phase, and an entry of a step the guide no longer has under none', () => {
    const run = markStep(emptyRun('default', '', T0), 'gone-1', { outcome: 'done' }, at(1), 'l1');
    expect(entryPhase(run.log[0]!, stepPhase)).toBe('');
    const signOff = { id: 'x', at: T0, who: 'AB', step: '', phase: 'switch', from: '', to: 'signed-off', note: '' };
    expect(entryPhase(signOff, stepPhase)).toBe('switch');
  });

  it('shows the newest entries up to the limit and counts those left', () => {
    let run = emptyRun('default', '', T0);
    for (let minute = 1; minute <= 120; minute += 1)
      run = markStep(
        run,
        'p1-a',
        minute % 2 ? { outcome: 'done' } : undefined,
        at(minute),
        `log-${String(minute).padStart(3, '0')}`,
      );
    const page = logPage(run, stepPhase, { phase: '', limit: 50 });
    expect(page.entries).toHaveLength(50);
    expect(page.entries[0]?.at).toBe(at(120));
    expect(page.more).toBe(70);
    expect(page.total).toBe(120);
    expect(logPage(run, stepPhase, { phase: '', limit: 150 }).more).toBe(0);
  });

  it('writes an entry’s time in the reader’s language', () => {
    expect(logTime('2026-11-25T14:05:00.000Z', 'fr-FR', 'UTC')).toBe('25/11/2026 14:05');
    expect(logTime('2026-11-25T14:05:00.000Z', 'en-GB', 'UTC')).toBe('25/11/2026, 14:05');
  });
});

describe('progress file of one run', () => {
  it('holds only that run, and reads back as a file of that one run with its log and windows', () => {
    const live = withWindow(done(emptyRun('run-live', 'Live', T0), 'p1-a', 1), 'prepare', '', '2026-11-26T11:00');
    const text = writeProgressFile(new Map([['run-live', live]]), { guide: 'Guide', saved: new Date(T0) });
    expect(Object.keys((JSON.parse(text) as { progress: { runs: object } }).progress.runs)).toEqual(['run-live']);
    const read = readProgressFile(text);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.single).toBe(false);
    expect([...read.runs.keys()]).toEqual(['run-live']);
    expect(read.runs.get('run-live')?.log).toHaveLength(1);
    expect(read.runs.get('run-live')?.windows.get('prepare')?.end).toBe('2026-11-26T11:00');
  });
});

describe('loading a file of one run into a browser that has that run', () => {
  it('adds the marks, log entries and planned windows it lacks, and changes nothing it holds', () => {
    const store = createProgressStore({ storage: new FakeArea().tab(), key: 'k', now: () => new Date(at(30)) });
    store.setMark('p1-a', 'ticked', true);
    const here = store.run();
    // The same run, as another browser has it: a mark here too (another one), another step, a window.
    let there = markStep(here, 'p1-a', { outcome: 'failed' }, at(40), 'log-40');
    there = done(there, 'p1-b', 41);
    there = withWindow(there, 'prepare', '', '2026-11-26T11:00');
    const file = readProgressFile(
      writeProgressFile(new Map([[here.id, there]]), { guide: 'G', saved: new Date(at(50)) }),
    );
    if (file.kind !== 'ok') throw new Error('unreadable');
    const result = store.mergeRuns(file.runs);
    expect(result).toEqual({ runs: 0, marks: 1, differing: 1 });
    const merged = store.run();
    expect(merged.marks.get('p1-a')?.state).toBe('ticked');
    expect(merged.marks.get('p1-b')?.state).toBe('ticked');
    expect(merged.log.map((entry) => entry.id)).toEqual([here.log[0]!.id, 'log-40', 'log-41']);
    expect(merged.windows.get('prepare')?.end).toBe('2026-11-26T11:00');
  });
});
