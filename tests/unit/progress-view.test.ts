import { describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/components/checklist/progress-record.ts';
import { createProgressStore } from '../../src/components/checklist/progress-store.ts';
import { createProgressView, readForShow } from '../../src/components/checklist/progress-view.ts';
import { FakeArea } from './fake-storage.ts';

const KEY = 'runbook:/guides/lync/:progress';
const RUN_KEY = 'runbook:/guides/lync/:run';
const T1 = '2026-11-25T09:00:00.000Z';

describe('the reading side of the progress store (what pages show as they load)', () => {
  it('shows what the full store wrote: the current run, its marks and values, and the other runs', () => {
    const area = new FakeArea();
    const store = createProgressStore({ storage: area.tab(), key: KEY, runKey: RUN_KEY, now: () => new Date(T1) });
    store.setMark('p4-a', 'ticked', true);
    const live = store.createRun('Paris – live');
    store.setMark('p4-b', 'failed', true);
    store.setValue('sip-domain', 'paris.example');
    const view = createProgressView({ storage: area.tab(), key: KEY, runKey: RUN_KEY });
    expect(view.currentRunId()).toBe(live);
    expect(view.markOf('p4-b')?.state).toBe('failed');
    expect(view.markOf('p4-a')).toBeUndefined();
    expect(view.values().get('sip-domain')).toBe('paris.example');
    expect(view.runs().map((run) => run.name)).toEqual(['', 'Paris – live']);
    expect(view.needsRepair()).toBe(false);
  });

  it('follows at once the run another tab chooses, and shows its marks', () => {
    const area = new FakeArea();
    const writer = area.tab();
    const store = createProgressStore({ storage: writer, key: KEY, runKey: RUN_KEY, now: () => new Date(T1) });
    store.setMark('p4-a', 'ticked', true);
    const reader = area.tab();
    const view = createProgressView({ storage: reader, key: KEY, runKey: RUN_KEY, listen: reader.listen });
    let told = 0;
    view.subscribe(() => (told += 1));
    const live = store.createRun('Paris – live');
    expect(view.currentRunId()).toBe(live);
    expect(view.markOf('p4-a')).toBeUndefined();
    store.selectRun('default');
    expect(view.currentRunId()).toBe('default');
    expect(view.markOf('p4-a')?.state).toBe('ticked');
    expect(told).toBeGreaterThan(0);
  });

  it('shows a record of before runs as the default run', () => {
    const shown = readForShow(writeRecord(new Map([['p4-a', { state: 'ticked', at: T1 }]])));
    expect(shown.kind).toBe('ok');
    expect(shown.runs.get('default')?.marks.get('p4-a')).toEqual({ state: 'ticked', at: T1 });
  });

  it('leaves a record it doubts to the full store (repair), and shows a newer one without writing', () => {
    expect(readForShow('{"version":4,').kind).toBe('repair');
    expect(readForShow(JSON.stringify({ version: 4, runs: { default: { steps: { 'p4-a': 'yes' } } } })).kind).toBe(
      'repair',
    );
    expect(readForShow(JSON.stringify({ version: 1, ticked: { 'p4-a': 3 } })).kind).toBe('repair');
    const newer = readForShow(JSON.stringify({ version: 9, runs: {} }));
    expect(newer.kind === 'newer' && newer.version).toBe(9);
  });

  it('follows another tab’s changes', () => {
    const area = new FakeArea();
    const tab = area.tab();
    const view = createProgressView({ storage: tab, key: KEY, listen: tab.listen });
    let seen = 0;
    view.subscribe(() => (seen += 1));
    createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(T1) }).setMark('p4-a', 'ticked', true);
    expect(seen).toBe(1);
    expect(view.markOf('p4-a')?.state).toBe('ticked');
  });
});
