import { describe, expect, it } from 'vitest';
import { emptyRun } from '../../src/components/checklist/run-basics.ts';
import { logValue, VALUE_EDIT_MS, writeRuns } from '../../src/components/checklist/run-changes.ts';
import { readRuns } from '../../src/components/checklist/run-record.ts';

const T0 = '2026-12-03T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const run = emptyRun('default', '', T0);

describe('a change of a value in use is logged', () => {
  it('logs the parameter, the value before and after, who and when', () => {
    const logged = logValue(run, 'sip-domain', '', 'contoso.com', T0, 'a', 'MD');
    expect(logged.log).toEqual([
      { id: 'a', at: T0, who: 'MD', step: '', phase: '', param: 'sip-domain', from: '', to: 'contoso.com', note: '' },
    ]);
  });

  it('counts a reader typing a name as one change, from the value before the first key to the last', () => {
    let next = logValue(run, 'sip-domain', 'old.com', 'c.co', T0, 'a', 'MD');
    next = logValue(next, 'sip-domain', 'c.co', 'contoso.com', later(20_000), 'b', 'MD');
    expect(next.log).toHaveLength(1);
    expect(next.log[0]).toMatchObject({ id: 'a', at: later(20_000), from: 'old.com', to: 'contoso.com' });
  });

  it('keeps a change of another value, by another reader, or after a pause as an entry of its own', () => {
    let next = logValue(run, 'sip-domain', '', 'contoso.com', T0, 'a', 'MD');
    next = logValue(next, 'pilot-pool-fqdn', '', 'pool02.contoso.net', later(1_000), 'b', 'MD');
    next = logValue(next, 'pilot-pool-fqdn', 'pool02.contoso.net', 'pool03.contoso.net', later(2_000), 'c', 'JS');
    next = logValue(
      next,
      'pilot-pool-fqdn',
      'pool03.contoso.net',
      'pool04.contoso.net',
      later(2_000 + VALUE_EDIT_MS),
      'd',
      'JS',
    );
    expect(next.log.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops the entry when the reader types the value back to what it was, and logs nothing unchanged', () => {
    const typed = logValue(run, 'sip-domain', 'contoso.com', 'contoso.co', T0, 'a', 'MD');
    expect(logValue(typed, 'sip-domain', 'contoso.co', 'contoso.com', later(1_000), 'b', 'MD').log).toEqual([]);
    expect(logValue(run, 'sip-domain', 'contoso.com', 'contoso.com', T0, 'a', 'MD')).toBe(run);
  });

  it('is stored and read back with its parameter', () => {
    const logged = logValue(run, 'sip-domain', '', 'contoso.com', T0, 'a', 'MD');
    const read = readRuns(writeRuns(new Map([['default', logged]])));
    expect(read.kind).toBe('ok');
    const runs = read.kind === 'ok' ? read.runs : undefined;
    expect(runs?.get('default')?.log[0]).toMatchObject({ param: 'sip-domain', to: 'contoso.com' });
  });
});
