import { describe, expect, it } from 'vitest';
import { ITEM_ID, RECORD_VERSION, readRecord, writeRecord } from '../../src/components/checklist/progress-record.ts';
import { KEBAB_CASE } from '../../src/schemas/fields.ts';

const AT = '2026-11-25T09:14:03.120Z';

describe('progress record', () => {
  it('reads back what it writes, whatever the order of the ticks', () => {
    const ticks = new Map([
      ['p4-move-single-user-shell', AT],
      ['p4-view-current-users', '2026-11-24T18:00:00.000Z'],
    ]);
    const stored = writeRecord(ticks);
    expect(JSON.parse(stored)).toEqual({ version: RECORD_VERSION, ticked: Object.fromEntries(ticks) });
    expect(readRecord(stored)).toEqual({ kind: 'ok', ticks });
    expect(writeRecord(new Map([...ticks].reverse()))).toBe(stored);
  });

  it('reads nothing stored as empty progress', () => {
    expect(readRecord(null)).toEqual({ kind: 'empty' });
  });

  it('reports a value that is not JSON, not an object, or of another version as invalid, salvaging nothing', () => {
    for (const raw of ['{not json', '"text"', '[1,2]', 'null', '42', JSON.stringify({ version: 2, ticked: { 'p1-a': AT } }), JSON.stringify({ ticked: {} })]) {
      const result = readRecord(raw);
      expect(result.kind, raw).toBe('invalid');
      expect(result.kind === 'invalid' && result.ticks.size, raw).toBe(0);
    }
  });

  it('names the unknown version in its reason', () => {
    const result = readRecord(JSON.stringify({ version: 3, ticked: {} }));
    expect(result.kind === 'invalid' && result.reason).toBe('unknown version 3');
  });

  it('salvages the valid entries of a damaged version-1 record', () => {
    const raw = JSON.stringify({ version: 1, ticked: { 'p4-ok': AT, 'Bad Id': AT, 'p4-bad-time': 'yesterday', 'p4-number': 12 } });
    const result = readRecord(raw);
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && [...result.ticks]).toEqual([['p4-ok', AT]]);
  });

  it('treats a wrong "ticked" shape or unknown fields as invalid', () => {
    expect(readRecord(JSON.stringify({ version: 1, ticked: ['p4-a'] })).kind).toBe('invalid');
    expect(readRecord(JSON.stringify({ version: 1, ticked: {}, extra: true })).kind).toBe('invalid');
  });

  it('accepts exactly the ids the content schema accepts', () => {
    expect(ITEM_ID.source).toBe(KEBAB_CASE.source);
  });
});
