import { describe, expect, it, vi } from 'vitest';
import { writeRecord } from '../../src/components/checklist/progress-record.ts';
import { createProgressStore, type ProgressStoreOptions } from '../../src/components/checklist/progress-store.ts';
import { FakeArea, domError, type FakeTab } from './fake-storage.ts';

const KEY = 'runbook:/guides/lync/:progress';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';

function clockAt(...isoTimes: string[]): () => Date {
  let index = 0;
  return () => new Date(isoTimes[Math.min(index++, isoTimes.length - 1)] ?? T1);
}

function open(tab: FakeTab | undefined, extra: Partial<ProgressStoreOptions> = {}) {
  return createProgressStore({ storage: tab, key: KEY, now: clockAt(T1, T2), ...(tab ? { listen: tab.listen } : {}), ...extra });
}

describe('progress store', () => {
  it('keeps ticks with the time they were made, across a reload', () => {
    const area = new FakeArea();
    const store = open(area.tab());
    store.setTicked('p4-view-current-users', true);
    store.setTicked('p4-move-single-user-shell', true);
    store.setTicked('p4-move-single-user-shell', false);

    const reloaded = open(area.tab());
    expect([...reloaded.ticks()]).toEqual([['p4-view-current-users', T1]]);
    expect(reloaded.status()).toEqual({ persistent: true });
  });

  it('keeps the first tick time when an item is ticked again', () => {
    const store = open(new FakeArea().tab());
    store.setTicked('p4-a', true);
    store.setTicked('p4-a', true);
    expect(store.tickedAt('p4-a')).toBe(T1);
  });

  it('stores one versioned record under the namespaced key', () => {
    const area = new FakeArea();
    open(area.tab()).setTicked('p4-a', true);
    expect([...area.data.keys()]).toEqual([KEY]);
    expect(JSON.parse(area.data.get(KEY) ?? '')).toEqual({ version: 1, ticked: { 'p4-a': T1 } });
  });

  it('keeps ids the content no longer has when other items change or a phase is cleared', () => {
    const area = new FakeArea();
    area.data.set(KEY, writeRecord(new Map([['p9-removed-step', T1], ['p4-a', T1]])));
    const store = open(area.tab());
    store.setTicked('p4-b', true);
    store.clear(['p4-a', 'p4-b']);
    expect([...open(area.tab()).ticks()]).toEqual([['p9-removed-step', T1]]);
  });

  it('clears a set of ids and restores them with their original times', () => {
    const area = new FakeArea();
    area.data.set(KEY, writeRecord(new Map([['p4-a', T1], ['p4-b', T2], ['p5-c', T1]])));
    const store = open(area.tab());
    const removed = store.clear(['p4-a', 'p4-b', 'p4-never-ticked']);
    expect([...removed]).toEqual([['p4-a', T1], ['p4-b', T2]]);
    expect([...store.ticks().keys()]).toEqual(['p5-c']);
    store.restore(removed);
    expect(Object.fromEntries(open(area.tab()).ticks())).toEqual({ 'p4-a': T1, 'p4-b': T2, 'p5-c': T1 });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"ticked":'],
    ['a record of a newer version', JSON.stringify({ version: 2, items: [{ id: 'p4-a' }] })],
    ['a record of the wrong shape', JSON.stringify({ version: 1, ticked: 'p4-a' })],
  ])('sets %s aside, untouched, and starts from the readable part', (_, raw) => {
    const area = new FakeArea();
    area.data.set(KEY, raw);
    const store = open(area.tab());
    const status = store.status();
    const keptAs = status.unreadable?.keptAs;
    expect(keptAs).toBe(`${KEY}:unreadable:${T1}`);
    expect(area.data.get(keptAs ?? '')).toBe(raw);
    expect(status.persistent).toBe(true);
    store.setTicked('p4-a', true);
    expect(area.data.get(keptAs ?? '')).toBe(raw);
    expect([...open(area.tab()).ticks().keys()]).toEqual(['p4-a']);
  });

  it('salvages the valid entries of a damaged record and keeps the damaged original', () => {
    const area = new FakeArea();
    const raw = JSON.stringify({ version: 1, ticked: { 'p4-a': T1, 'p4-b': 'not a time' } });
    area.data.set(KEY, raw);
    const store = open(area.tab());
    expect([...store.ticks()]).toEqual([['p4-a', T1]]);
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
    expect(store.status()).toEqual({ persistent: false, unreadable: { keptAs: undefined } });
    store.setTicked('p4-a', true);
    expect(store.tickedAt('p4-a')).toBe(T1);
    expect([...area.data]).toEqual([[KEY, 'damage']]);
  });

  it('works in memory without storage, and says progress is not kept', () => {
    const store = open(undefined);
    store.setTicked('p4-a', true);
    expect(store.tickedAt('p4-a')).toBe(T1);
    expect(store.status()).toEqual({ persistent: false });
  });

  it('keeps working in memory when reading storage throws', () => {
    const tab = new FakeArea().tab();
    tab.failGet = domError('SecurityError');
    const warn = vi.fn();
    const store = open(tab, { warn });
    store.setTicked('p4-a', true);
    store.setTicked('p4-b', true);
    expect([...store.ticks().keys()]).toEqual(['p4-a', 'p4-b']);
    expect(store.status().persistent).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps ticks in memory once a write fails (storage full), and stops writing', () => {
    const area = new FakeArea();
    const tab = area.tab();
    const store = open(tab);
    store.setTicked('p4-a', true);
    tab.failSet = domError('QuotaExceededError');
    store.setTicked('p4-b', true);
    expect(store.status().persistent).toBe(false);
    tab.failSet = undefined;
    store.setTicked('p4-c', true);
    expect([...store.ticks().keys()]).toEqual(['p4-a', 'p4-b', 'p4-c']);
    expect(tab.writes).toBe(1);
    expect([...open(area.tab()).ticks().keys()]).toEqual(['p4-a']);
  });

  it('follows ticks made in another tab and notifies its subscribers', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const second = open(area.tab());
    const seen = vi.fn();
    second.subscribe(seen);
    first.setTicked('p4-a', true);
    expect(second.tickedAt('p4-a')).toBe(T1);
    expect(seen).toHaveBeenCalledTimes(1);
    first.clear(['p4-a']);
    expect(second.ticks().size).toBe(0);
  });

  it('does not lose a change from another tab whose event has not arrived yet', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    // This tab hears nothing from the others, as when their events are still queued.
    const second = createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(T2) });
    first.setTicked('p4-a', true);
    second.setTicked('p4-b', true);
    expect([...open(area.tab()).ticks().keys()].sort()).toEqual(['p4-a', 'p4-b']);
  });

  it('ignores other keys and follows storage being cleared in another tab', () => {
    const area = new FakeArea();
    const tab = area.tab();
    const store = open(tab);
    store.setTicked('p4-a', true);
    const seen = vi.fn();
    store.subscribe(seen);
    tab.fire('runbook:/guides/lync/:theme');
    expect(seen).not.toHaveBeenCalled();
    area.data.clear();
    tab.fire(null);
    expect(store.ticks().size).toBe(0);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('stops listening when disposed', () => {
    const area = new FakeArea();
    const first = open(area.tab());
    const second = open(area.tab());
    second.dispose();
    first.setTicked('p4-a', true);
    expect(second.ticks().size).toBe(0);
  });
});
