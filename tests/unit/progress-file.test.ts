import { describe, expect, it } from 'vitest';
import {
  marksOfGuide,
  progressFileName,
  readProgressFile,
  writeProgressFile,
} from '../../src/components/checklist/progress-file.ts';
import { writeRecord, type Mark, type Marks } from '../../src/components/checklist/progress-record.ts';
import { emptyRun, type Run } from '../../src/components/checklist/run-record.ts';
import { markStep, mergeMarks } from '../../src/components/checklist/run-changes.ts';

const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';
const ticked = (at: string): Mark => ({ state: 'ticked', at });
const notApplicable = (at: string): Mark => ({ state: 'notApplicable', at });
const MARKS: Marks = new Map([
  ['p4-view-current-users', ticked(T1)],
  ['p2-standard-edition-only', notApplicable(T2)],
]);
const META = { guide: 'Migration de Lync Server 2010 vers Lync Server 2013', saved: new Date(T2) };
const RUNS = new Map<string, Run>([['default', { ...emptyRun('default', '', T1), marks: MARKS }]]);

describe('progress file', () => {
  it('saves the runs with the guide’s title, the time and its format version, and reads them back the same', () => {
    const text = writeProgressFile(RUNS, META);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ progressFile: 2, guide: META.guide, saved: T2, progress: { version: 4 } });
    const read = readProgressFile(text);
    expect(read.kind === 'ok' && Object.fromEntries(read.marks)).toEqual(Object.fromEntries(MARKS));
    expect(read.kind === 'ok' && read.single).toBe(false);
  });

  it('saves every run with its evidence and log, leaving removed runs out', () => {
    const live = markStep(
      emptyRun('run-live', 'Paris – live', T1),
      'p4-a',
      { outcome: 'failed', who: 'JD', note: 'x' },
      T2,
      'l1',
    );
    const gone = { ...emptyRun('run-gone', 'Old', T1), removed: T2 };
    const read = readProgressFile(writeProgressFile(new Map([...RUNS, ['run-live', live], ['run-gone', gone]]), META));
    expect(read.kind === 'ok' && [...read.runs.keys()]).toEqual(['default', 'run-live']);
    const back = read.kind === 'ok' ? read.runs.get('run-live') : undefined;
    expect(back?.marks.get('p4-a')).toMatchObject({ state: 'failed', who: 'JD', note: 'x' });
    expect(back?.log).toHaveLength(1);
  });

  it('still loads a file of version 1 (before runs), its marks for the current run', () => {
    const v1 = JSON.stringify({
      progressFile: 1,
      guide: META.guide,
      saved: T2,
      progress: { version: 2, ticked: { 'p4-a': T1 }, notApplicable: {} },
    });
    const read = readProgressFile(v1);
    expect(read.kind === 'ok' && read.single).toBe(true);
    expect(read.kind === 'ok' && Object.fromEntries(read.marks)).toEqual({ 'p4-a': ticked(T1) });
  });

  it('reads a file that an editor saved with a byte order mark', () => {
    const read = readProgressFile(`\uFEFF${writeProgressFile(RUNS, META)}`);
    expect(read.kind === 'ok' && read.marks.size).toBe(2);
  });

  it('reads a file saved before anything was marked as holding no marks', () => {
    const read = readProgressFile(writeProgressFile(new Map(), META));
    expect(read.kind === 'ok' && read.marks.size).toBe(0);
  });

  it('reads a stored record copied as it is from the browser’s storage, version 1 included', () => {
    const read = readProgressFile(writeRecord(MARKS));
    expect(read.kind === 'ok' && read.marks.size).toBe(2);
    const v1 = readProgressFile(JSON.stringify({ version: 1, ticked: { 'p4-a': T1 } }));
    expect(v1.kind === 'ok' && Object.fromEntries(v1.marks)).toEqual({ 'p4-a': ticked(T1) });
  });

  it.each([
    ['an empty file', '', 'not JSON'],
    ['text that is not JSON', 'Étapes cochées : 12', 'not JSON'],
    ['a JSON list', '[1, 2]', 'not an object'],
    ['a file of a newer format', JSON.stringify({ progressFile: 3, progress: {} }), 'unknown file version 3'],
    [
      'a file holding a record of a newer version',
      JSON.stringify({ progressFile: 2, progress: { version: 9, runs: {} } }),
      'unknown version 9',
    ],
    [
      'a file whose runs are not an object',
      JSON.stringify({ progressFile: 2, progress: { version: 4, runs: [] } }),
      '"runs" is not an object',
    ],
    [
      'a file with a damaged run',
      JSON.stringify({
        progressFile: 2,
        progress: {
          version: 4,
          runs: { default: { name: '', created: T1, steps: { 'p4-a': { state: 'done', at: T1 } } } },
        },
      }),
      'run "default": steps.p4-a',
    ],
    [
      'a file with a run without a creation time',
      JSON.stringify({ progressFile: 2, progress: { version: 4, runs: { x: { name: 'a' } } } }),
      'run "x" has no valid name or creation time',
    ],
    ['a file without its progress', JSON.stringify({ progressFile: 1, guide: 'x' }), 'no progress'],
    [
      'a file with one damaged entry',
      JSON.stringify({ progressFile: 1, progress: { version: 2, ticked: { 'p4-a': 'yesterday' }, notApplicable: {} } }),
      'invalid entries: p4-a',
    ],
    ['some other JSON', JSON.stringify({ name: 'package' }), 'unknown version undefined'],
  ])('refuses %s whole, saying why', (_, text, reason) => {
    expect(readProgressFile(text)).toEqual({ kind: 'invalid', reason });
  });

  it('adds the file’s marks only to steps without one, and counts the steps marked otherwise here', () => {
    const here: Marks = new Map([['p4-view-current-users', notApplicable(T2)]]);
    const { added, differing } = mergeMarks(here, MARKS);
    expect(Object.fromEntries(added)).toEqual({ 'p2-standard-edition-only': notApplicable(T2) });
    expect(differing).toBe(1);
    expect(mergeMarks(MARKS, MARKS)).toEqual({ added: new Map(), differing: 0 });
  });

  it('keeps only the marks of this guide’s steps: another guide’s, or steps since removed, are not loaded', () => {
    expect([...marksOfGuide(MARKS, new Set(['p4-view-current-users', 'p5-other'])).keys()]).toEqual([
      'p4-view-current-users',
    ]);
    expect(marksOfGuide(MARKS, new Set(['exchange-step'])).size).toBe(0);
  });

  it('names the file after the guide and the local date and time, with nothing a file system refuses', () => {
    const at = new Date(2026, 10, 5, 9, 7);
    expect(progressFileName('lync progression', at)).toBe('lync-progression-2026-11-05-0907.json');
    expect(progressFileName('Progrès: «Lync»/2013', at)).toBe('progres-lync-2013-2026-11-05-0907.json');
    expect(progressFileName('', at)).toBe('2026-11-05-0907.json');
  });
});
