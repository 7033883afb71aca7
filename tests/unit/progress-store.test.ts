import { describe, expect, it, vi } from 'vitest';
import { writeRecord, type Mark, type Marks } from '../../src/components/checklist/progress-record.ts';
import { createProgressStore, type ProgressStoreOptions } from '../../src/components/checklist/progress-store.ts';
import { FakeArea, domError, type FakeTab } from './fake-storage.ts';

const KEY = 'runbook:/guides/lync/:progress';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';

const ticked = (at: string): Mark => ({ state: 'ticked', at });
const notApplicable = (at: string): Mark => ({ state: 'notApplicable', at });
/** Id → time of the ticked steps. */
const ticksOf = (marks: Marks) =>
  Object.fromEntries([...marks].flatMap(([id, mark]) => (mark.state === 'ticked' ? [[id, mark.at]] : [])));
const tickRecord = (ticks: Record<string, string>) =>
  writeRecord(new Map(Object.entries(ticks).map(([id, at]) => [id, ticked(at)])));

function clockAt(...isoTimes: string[]): () => Date {
  let index = 0;
  return () => new Date(isoTimes[Math.min(index++, isoTimes.length - 1)] ?? T1);
}

function open(tab: FakeTab | undefined, extra: Partial<ProgressStoreOptions> = {}) {
  return createProgressStore({
    storage: tab,
    key: KEY,
    now: clockAt(T1, T2),
    ...(tab ? { listen: tab.listen } : {}),
    ...extra,
  });
}

describe('progress store', () => {
  it('keeps ticks with the time they were made, across a reload', () => {
    const area = new FakeArea();
    const store = open(area.tab());
    store.setMark('p4-view-current-users', 'ticked', true);
    store.setMark('p4-move-single-user-shell', 'ticked', true);
    store.setMark('p4-move-single-user-shell', 'ticked', false);

    const reloaded = open(area.tab());
    expect(ticksOf(reloaded.marks())).toEqual({ 'p4-view-current-users': T1 });
    expect(reloaded.status()).toEqual({ persistent: true });
  });

  it('keeps the first tick time when an item is ticked again', () => {
    const store = open(new FakeArea().tab());
    store.setMark('p4-a', 'ticked', true);
    store.setMark('p4-a', 'ticked', true);
    expect(store.markOf('p4-a')?.at).toBe(T1);
  });

  it('stores one versioned record under the namespaced key', () => {
    const area = new FakeArea();
    open(area.tab()).setMark('p4-a', 'ticked', true);
    expect([...area.data.keys()]).toEqual([KEY]);
    expect(JSON.parse(area.data.get(KEY) ?? '')).toMatchObject({
      version: 4,
      runs: { default: { name: '', steps: { 'p4-a': { state: 'ticked', at: T1 } }, values: {} } },
    });
  });

  it('keeps ids the content no longer has when other items change or a phase is cleared', () => {
    const area = new FakeArea();
    area.data.set(KEY, tickRecord({ 'p9-removed-step': T1, 'p4-a': T1 }));
    const store = open(area.tab());
    store.setMark('p4-b', 'ticked', true);
    store.clear(['p4-a', 'p4-b']);
    expect(ticksOf(open(area.tab()).marks())).toEqual({ 'p9-removed-step': T1 });
  });

  it('clears a set of ids, ticked or not applicable, and restores them with their original states and times', () => {
    const area = new FakeArea();
    const marks = { 'p4-a': ticked(T1), 'p4-b': notApplicable(T2), 'p5-c': ticked(T1) };
    area.data.set(KEY, writeRecord(new Map(Object.entries(marks))));
    const store = open(area.tab());
    const removed = store.clear(['p4-a', 'p4-b', 'p4-never-ticked']);
    expect(Object.fromEntries(removed)).toEqual({ 'p4-a': ticked(T1), 'p4-b': notApplicable(T2) });
    expect([...store.marks().keys()]).toEqual(['p5-c']);
    store.restore(removed);
    // Put back with their states and times; the undo is a change of its own (merges keep it over the clearing).
    const restored = Object.fromEntries(
      [...open(area.tab()).marks()].map(([id, { state, at }]) => [id, { state, at }] as const),
    );
    expect(restored).toEqual(marks);
  });

  it('merges the marks of a loaded file into steps that have none, leaving every existing mark as it is', () => {
    const area = new FakeArea();
    area.data.set(
      KEY,
      writeRecord(
        new Map([
          ['p4-a', ticked(T1)],
          ['p4-b', notApplicable(T1)],
        ]),
      ),
    );
    const store = open(area.tab());
    const seen = vi.fn();
    store.subscribe(seen);
    const result = store.merge(
      new Map([
        ['p4-a', ticked(T2)],
        ['p4-b', ticked(T2)],
        ['p5-c', notApplicable(T2)],
      ]),
    );
    expect(Object.fromEntries(result.added)).toEqual({ 'p5-c': notApplicable(T2) });
    expect(result.differing).toBe(1);
    expect(Object.fromEntries(open(area.tab()).marks())).toEqual({
      'p4-a': ticked(T1),
      'p4-b': notApplicable(T1),
      'p5-c': notApplicable(T2),
    });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('marks a step not applicable, with its time, and opens it again', () => {
    const area = new FakeArea();
    const store = open(area.tab());
    store.setMark('p4-a', 'notApplicable', true);
    expect(store.markOf('p4-a')).toEqual(notApplicable(T1));
    expect(JSON.parse(area.data.get(KEY) ?? '')).toMatchObject({
      version: 4,
      runs: { default: { steps: { 'p4-a': { state: 'notApplicable', at: T1 } } } },
    });
    store.setMark('p4-a', 'notApplicable', false);
    expect(open(area.tab()).markOf('p4-a')).toBeUndefined();
  });

  it('keeps a step in one state only: ticking a step not applicable ticks it, and the reverse', () => {
    const store = open(new FakeArea().tab());
    store.setMark('p4-a', 'notApplicable', true);
    store.setMark('p4-a', 'ticked', true);
    expect(store.markOf('p4-a')).toEqual(ticked(T2));
    store.setMark('p4-a', 'notApplicable', true);
    expect(store.markOf('p4-a')?.state).toBe('notApplicable');
  });

  it('leaves a step in the other state alone when a state is taken away', () => {
    const store = open(new FakeArea().tab());
    store.setMark('p4-a', 'notApplicable', true);
    store.setMark('p4-a', 'ticked', false);
    expect(store.markOf('p4-a')).toEqual(notApplicable(T1));
  });

  it('upgrades a version-1 record transparently: nothing set aside, ticks kept, current version written on the next change', () => {
    const area = new FakeArea();
    const v1 = JSON.stringify({ version: 1, ticked: { 'p4-a': T1, 'p9-removed-step': T2 } });
    area.data.set(KEY, v1);
    const store = open(area.tab());
    expect(store.status()).toEqual({ persistent: true });
    expect(ticksOf(store.marks())).toEqual({ 'p4-a': T1, 'p9-removed-step': T2 });
    expect(area.data.get(KEY)).toBe(v1);
    store.setMark('p4-b', 'notApplicable', true);
    expect([...area.data.keys()]).toEqual([KEY]);
    const stored = JSON.parse(area.data.get(KEY) ?? '') as { version: number; runs: Record<string, unknown> };
    expect(stored.version).toBe(4);
    expect(Object.keys(stored.runs)).toEqual(['default']);
    expect(stored.runs['default']).toMatchObject({
      steps: {
        'p4-a': { state: 'ticked', at: T1 },
        'p9-removed-step': { state: 'ticked', at: T2 },
        'p4-b': { state: 'notApplicable', at: T1 },
      },
    });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"ticked":'],
    ['a record of a newer version', JSON.stringify({ version: 3, items: [{ id: 'p4-a' }] })],
    ['a record of the wrong shape', JSON.stringify({ version: 1, ticked: 'p4-a' })],
  ])('sets %s aside, untouched, and starts from the readable part', (_, raw) => {
    const area = new FakeArea();
    area.data.set(KEY, raw);
    const store = open(area.tab());
    const status = store.status();
    const keptAs = status.unreadable?.keptAs;
    expect(status.unreadable).toEqual({ keptAs: `${KEY}:unreadable:${T1}`, movedAside: true, salvaged: 0 });
    expect(area.data.get(keptAs ?? '')).toBe(raw);
    expect(status.persistent).toBe(true);
    store.setMark('p4-a', 'ticked', true);
    expect(area.data.get(keptAs ?? '')).toBe(raw);
    expect([...open(area.tab()).marks().keys()]).toEqual(['p4-a']);
  });

  it('salvages the valid entries of a damaged record and keeps the damaged original', () => {
    const area = new FakeArea();
    const raw = JSON.stringify({ version: 1, ticked: { 'p4-a': T1, 'p4-b': 'not a time' } });
    area.data.set(KEY, raw);
    const store = open(area.tab());
    expect(ticksOf(store.marks())).toEqual({ 'p4-a': T1 });
    expect(store.status().unreadable?.salvaged).toBe(1);
    expect(area.data.get(store.status().unreadable?.keptAs ?? '')).toBe(raw);
  });

  it('never overwrites an earlier set-aside value', () => {
    const area = new FakeArea();
    area.data.set(`${KEY}:unreadable:${T1}`, 'older damage');
    area.data.set(KEY, 'new damage');
    const keptAs = open(area.tab()).status().unreadable?.keptAs;
    expect(keptAs).toBe(`${KEY}:unreadable:${T1}-2`);
    expect(area.data.get(`${KEY}:unreadable:${T1}`)).toBe('older damage');
    expect(area.data.get(keptAs ?? '')).toBe('new damage');
  });

  it('leaves an unreadable record in place when it cannot be copied aside, and keeps ticks in memory', () => {
    const area = new FakeArea();
    area.data.set(KEY, 'damage');
    const tab = area.tab();
    tab.failSet = domError('QuotaExceededError');
    const store = open(tab, { now: () => new Date(T1) });
    expect(store.status()).toEqual({ persistent: false, unreadable: { keptAs: KEY, movedAside: false, salvaged: 0 } });
    store.setMark('p4-a', 'ticked', true);
    expect(store.markOf('p4-a')?.at).toBe(T1);
    expect([...area.data]).toEqual([[KEY, 'damage']]);
  });

  it('works in memory without storage, and says progress is not kept', () => {
    const store = open(undefined);
    store.setMark('p4-a', 'ticked', true);
    expect(store.markOf('p4-a')?.at).toBe(T1);
    expect(store.status()).toEqual({ persistent: false });
  });

  it('keeps working in memory when reading storage throws', () => {
    const tab = new FakeArea().tab();
    tab.failGet = domError('SecurityError');
    const warn = vi.fn();
    const store = open(tab, { warn });
    store.setMark('p4-a', 'ticked', true);
    store.setMark('p4-b', 'ticked', true);
    expect([...store.marks().keys()]).toEqual(['p4-a', 'p4-b']);
    expect(store.status().persistent).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps ticks in memory once a write fails (storage full), and stops writing', () => {
    const area = new FakeArea();
    const tab = area.tab();
    const store = open(tab);
    store.setMark('p4-a', 'ticked', true);
    tab.failSet = domError('QuotaExceededError');
    store.setMark('p4-b', 'ticked', true);
    expect(store.status().persistent).toBe(false);
    tab.failSet = undefined;
    store.setMark('p4-c', 'ticked', true);
    expect([...store.marks().keys()]).toEqual(['p4-a', 'p4-b', 'p4-c']);
    expect(tab.writes).toBe(1);
    expect([...open(area.tab()).marks().keys()]).toEqual(['p4-a']);
  });

  it('follows ticks made in another tab and notifies its subscribers', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const second = open(area.tab());
    const seen = vi.fn();
    second.subscribe(seen);
    first.setMark('p4-a', 'ticked', true);
    expect(second.markOf('p4-a')?.at).toBe(T1);
    expect(seen).toHaveBeenCalledTimes(1);
    first.clear(['p4-a']);
    expect(second.marks().size).toBe(0);
  });

  it('follows steps marked not applicable in another tab', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const second = open(area.tab());
    first.setMark('p4-a', 'notApplicable', true);
    expect(second.markOf('p4-a')).toEqual(notApplicable(T1));
    second.setMark('p4-a', 'ticked', true);
    expect(first.markOf('p4-a')?.state).toBe('ticked');
  });

  it('does not lose a change from another tab whose event has not arrived yet', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    // This tab hears nothing from the others, as when their events are still queued.
    const second = createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(T2) });
    first.setMark('p4-a', 'ticked', true);
    second.setMark('p4-b', 'ticked', true);
    expect([...open(area.tab()).marks().keys()].sort()).toEqual(['p4-a', 'p4-b']);
  });

  it('ignores other keys and follows storage being cleared in another tab', () => {
    const area = new FakeArea();
    const tab = area.tab();
    const store = open(tab);
    store.setMark('p4-a', 'ticked', true);
    const seen = vi.fn();
    store.subscribe(seen);
    tab.fire('runbook:/guides/lync/:theme');
    expect(seen).not.toHaveBeenCalled();
    area.data.clear();
    tab.fire(null);
    expect(store.marks().size).toBe(0);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('stops listening when disposed', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const second = open(area.tab());
    second.dispose();
    first.setMark('p4-a', 'ticked', true);
    expect(second.marks().size).toBe(0);
  });

  it('keeps the environment values beside the marks, shared with other tabs, and forgets a value set to null', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const other = open(area.tab());
    first.setMark('p4-a', 'ticked', true);
    first.setValue('sip-domain', 'fabrikam.com');
    first.setValue('legacy-pool-fqdn', 'pool-a.fabrikam.com');
    first.setValue('legacy-pool-fqdn', null);
    expect(Object.fromEntries(other.values())).toEqual({ 'sip-domain': 'fabrikam.com' });
    expect(Object.fromEntries(open(area.tab()).values())).toEqual({ 'sip-domain': 'fabrikam.com' });
    expect(ticksOf(open(area.tab()).marks())).toEqual({ 'p4-a': T1 });
  });

  it('adds only the values of parameters that have none (a loaded progress file)', () => {
    const store = open(new FakeArea().tab());
    store.setValue('sip-domain', 'fabrikam.com');
    expect(
      store.mergeValues(
        new Map([
          ['sip-domain', 'other.com'],
          ['pilot-pool-fqdn', 'pool-b.fabrikam.com'],
        ]),
      ),
    ).toBe(1);
    expect(Object.fromEntries(store.values())).toEqual({
      'sip-domain': 'fabrikam.com',
      'pilot-pool-fqdn': 'pool-b.fabrikam.com',
    });
  });

  it('keeps values in memory for the page when storage is missing', () => {
    const store = open(undefined);
    store.setValue('sip-domain', 'fabrikam.com');
    expect(store.values().get('sip-domain')).toBe('fabrikam.com');
    expect(store.status().persistent).toBe(false);
  });

  it('sets an unreadable record aside and salvages its valid values', () => {
    const area = new FakeArea();
    const raw = JSON.stringify({
      version: 3,
      ticked: {},
      notApplicable: {},
      values: { 'sip-domain': 'fabrikam.com', 'Bad Id': 1 },
    });
    area.data.set(KEY, raw);
    const store = open(area.tab());
    expect(store.values().get('sip-domain')).toBe('fabrikam.com');
    expect(store.status().unreadable?.salvaged).toBe(1);
    expect(area.data.get(store.status().unreadable?.keptAs ?? '')).toBe(raw);
  });

  it('keeps a refused value as a draft, never among the values, and a valid one replaces it', () => {
    const area = new FakeArea();
    const store = open(area.tab());
    store.setValue('sip-domain', '<img src=x>', false);
    expect(store.values().has('sip-domain')).toBe(false);
    expect(open(area.tab()).drafts().get('sip-domain')).toBe('<img src=x>');
    store.setValue('sip-domain', 'fabrikam.com', true);
    expect(Object.fromEntries(open(area.tab()).values())).toEqual({ 'sip-domain': 'fabrikam.com' });
    expect(open(area.tab()).drafts().size).toBe(0);
  });
});
