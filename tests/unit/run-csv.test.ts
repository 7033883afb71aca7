import { describe, expect, it } from 'vitest';
import { csvCell, runCsv } from '../../src/components/checklist/run-csv.ts';
import { emptyRun } from '../../src/components/checklist/run-record.ts';
import { markStep } from '../../src/components/checklist/run-changes.ts';

const T1 = '2026-11-25T09:00:00.000Z';
const WORDS = {
  headings: ['run', 'phase', 'step', 'step id', 'label', 'state', 'outcome', 'who', 'when', 'note'],
  runName: 'Pool de Paris – répétition',
  words: {
    open: 'open',
    marked: 'marked',
    done: 'done',
    remark: 'done with a remark',
    failed: 'failed',
    'not-applicable': 'not applicable',
  },
  separator: ',' as const,
};

describe('a run as CSV', () => {
  it('writes UTF-8 with a byte order mark, a heading row, and one row per step with its speakable number, marked or not', () => {
    let run = emptyRun('default', '', T1);
    run = markStep(run, 'p4-a', { outcome: 'failed', who: 'JD', note: 'timeout' }, T1, 'l1');
    const csv = runCsv(
      run,
      [
        { phase: 'Phase 4', number: '4.1', id: 'p4-a', label: 'Déplacer les utilisateurs' },
        { phase: 'Phase 4', number: '4.2', id: 'p4-b', label: 'Vérifier' },
      ],
      WORDS,
    );
    expect(csv.startsWith('\uFEFFrun,phase,step,step id,label,state,outcome,who,when,note\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1)).toEqual([
      `Pool de Paris – répétition,Phase 4,4.1,p4-a,Déplacer les utilisateurs,marked,failed,JD,${T1},timeout`,
      'Pool de Paris – répétition,Phase 4,4.2,p4-b,Vérifier,open,,,,',
      '',
    ]);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields holding quotes, line breaks or the separator, doubling the quotes', () => {
    expect(csvCell('said "no"', ',')).toBe('"said ""no"""');
    expect(csvCell('line one\nline two', ',')).toBe('"line one\nline two"');
    expect(csvCell('a, b', ',')).toBe('"a, b"');
    expect(csvCell('a, b', ';')).toBe('a, b');
    expect(csvCell('a; b', ';')).toBe('"a; b"');
    expect(csvCell('plain', ',')).toBe('plain');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")', ',')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}cmd`, ';').replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell('Get-CsUser', ',')).toBe('Get-CsUser');
  });
});
