import { describe, expect, it } from 'vitest';
import {
  ITEM_ID,
  RECORD_VERSION,
  readRecord,
  writeRecord,
  type Mark,
} from '../../src/components/checklist/progress-record.ts';
import { KEBAB_CASE } from '../../src/schemas/fields.ts';

const AT = '2026-11-25T09:14:03.120Z';
const LATER = '2026-11-25T10:00:00.000Z';
const ticked = (at: string): Mark => ({ state: 'ticked', at });
const notApplicable = (at: string): Mark => ({ state: 'notApplicable', at });

describe('progress record', () => {
  it('reads back what it writes, ticked and not applicable, whatever the order', () => {
    const marks = new Map([
      ['p4-move-single-user-shell', ticked(AT)],
      ['p4-view-current-users', notApplicable('2026-11-24T18:00:00.000Z')],
      ['p2-standard-edition-only', ticked(LATER)],
    ]);
    const stored = writeRecord(marks);
    expect(JSON.parse(stored)).toEqual({
      version: RECORD_VERSION,
      ticked: { 'p2-standard-edition-only': LATER, 'p4-move-single-user-shell': AT },
      notApplicable: { 'p4-view-current-users': '2026-11-24T18:00:00.000Z' },
    });
    expect(readRecord(stored)).toEqual({
      kind: 'ok',
      marks: new Map([...marks].sort(([a], [b]) => a.localeCompare(b))),
    });
    expect(writeRecord(new Map([...marks].reverse()))).toBe(stored);
  });

  it('is at version 2, and writes both fields even when empty', () => {
    expect(RECORD_VERSION).toBe(2);
    expect(JSON.parse(writeRecord(new Map()))).toEqual({ version: 2, ticked: {}, notApplicable: {} });
  });

  it('reads nothing stored as empty progress', () => {
    expect(readRecord(null)).toEqual({ kind: 'empty' });
  });

  it('reads a version-1 record as the same ticks, and writes it back as version 2 with nothing lost', () => {
    const v1 = JSON.stringify({ version: 1, ticked: { 'p4-view-current-users': AT, 'p9-removed-step': LATER } });
    const result = readRecord(v1);
    expect(result).toEqual({
      kind: 'ok',
      marks: new Map([
        ['p4-view-current-users', ticked(AT)],
        ['p9-removed-step', ticked(LATER)],
      ]),
    });
    const upgraded = JSON.parse(writeRecord(result.kind === 'ok' ? result.marks : new Map()));
    expect(upgraded).toEqual({
      version: 2,
      ticked: { 'p4-view-current-users': AT, 'p9-removed-step': LATER },
      notApplicable: {},
    });
  });

  it('treats "notApplicable" in a version-1 record as an unknown field, keeping the ticks', () => {
    const result = readRecord(JSON.stringify({ version: 1, ticked: { 'p4-a': AT }, notApplicable: {} }));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && [...result.marks]).toEqual([['p4-a', ticked(AT)]]);
  });

  it('reports a value that is not JSON, not an object, or of another version as invalid, salvaging nothing', () => {
    const others = [
      { version: 3, ticked: { 'p1-a': AT } },
      { version: '2', ticked: {}, notApplicable: {} },
      { ticked: {} },
    ];
    for (const raw of ['{not json', '"text"', '[1,2]', 'null', '42', ...others.map((value) => JSON.stringify(value))]) {
      const result = readRecord(raw);
      expect(result.kind, raw).toBe('invalid');
      expect(result.kind === 'invalid' && result.marks.size, raw).toBe(0);
    }
  });

  it('names the unknown version in its reason', () => {
    const result = readRecord(JSON.stringify({ version: 3, ticked: {} }));
    expect(result.kind === 'invalid' && result.reason).toBe('unknown version 3');
  });

  it('salvages the valid entries of a damaged record, of either version', () => {
    const v1 = readRecord(
      JSON.stringify({
        version: 1,
        ticked: { 'p4-ok': AT, 'Bad Id': AT, 'p4-bad-time': 'yesterday', 'p4-number': 12 },
      }),
    );
    expect(v1.kind).toBe('invalid');
    expect(v1.kind === 'invalid' && [...v1.marks]).toEqual([['p4-ok', ticked(AT)]]);
    const v2 = readRecord(
      JSON.stringify({ version: 2, ticked: { 'p4-ok': AT }, notApplicable: { 'p4-na': AT, 'p4-bad': 'soon' } }),
    );
    expect(v2.kind === 'invalid' && v2.reason).toBe('invalid entries: p4-bad');
    expect(v2.kind === 'invalid' && Object.fromEntries(v2.marks)).toEqual({
      'p4-ok': ticked(AT),
      'p4-na': notApplicable(AT),
    });
  });

  it('keeps the later mark of a step stored both ticked and not applicable, and reports it', () => {
    const result = readRecord(
      JSON.stringify({
        version: 2,
        ticked: { 'p4-a': AT, 'p4-b': LATER },
        notApplicable: { 'p4-a': LATER, 'p4-b': AT },
      }),
    );
    expect(result.kind === 'invalid' && result.reason).toBe('invalid entries: p4-a, p4-b');
    expect(result.kind === 'invalid' && Object.fromEntries(result.marks)).toEqual({
      'p4-a': notApplicable(LATER),
      'p4-b': ticked(LATER),
    });
  });

  it('treats a wrong field shape or unknown fields as invalid, keeping the readable field', () => {
    expect(readRecord(JSON.stringify({ version: 1, ticked: ['p4-a'] })).kind).toBe('invalid');
    expect(readRecord(JSON.stringify({ version: 1, ticked: {}, extra: true })).kind).toBe('invalid');
    const missing = readRecord(JSON.stringify({ version: 2, ticked: { 'p4-a': AT } }));
    expect(missing.kind === 'invalid' && missing.reason).toBe('"notApplicable" is not an object');
    expect(missing.kind === 'invalid' && [...missing.marks]).toEqual([['p4-a', ticked(AT)]]);
  });

  it('accepts exactly the ids the content schema accepts', () => {
    expect(ITEM_ID.source).toBe(KEBAB_CASE.source);
  });
});
