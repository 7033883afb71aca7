import { describe, expect, it } from 'vitest';
import { emptyRun, type Run } from '../../src/components/checklist/run-record.ts';
import { markStep, signOffPhase } from '../../src/components/checklist/run-changes.ts';
import { signOffState } from '../../src/components/checklist/sign-off-state.ts';
import { changedText, stateText } from '../../src/components/checklist/sign-off-text.ts';

const T0 = '2026-11-25T08:00:00.000Z';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';
const T3 = '2026-11-25T11:00:00.000Z';
const STEPS = ['p2-a', 'p2-b', 'p2-c'];
const SIGN_OFF = { name: 'Marie Dupont', role: 'Change manager', date: '2026-11-25', comment: 'Window closed on time' };
const WORDS = {
  'remaining.one': 'Not ready: {{count}} step remains',
  'remaining.other': 'Not ready: {{count}} steps remain',
  'failed.one': '({{count}} failed).',
  'failed.other': '({{count}} failed).',
  ready: 'Ready to be signed off.',
  signed: 'Signed off by {{name}} on {{date}}.',
  comment: 'Comment: {{comment}}',
  'changed.one': 'Changed after the sign-off: step {{steps}}.',
  'changed.other': 'Changed after the sign-off: steps {{steps}}.',
};

const run = (): Run => emptyRun('default', '', T0);
const allDone = (): Run => STEPS.reduce((r, id, index) => markStep(r, id, { outcome: 'done' }, T1, `l${index}`), run());

describe('a phase’s sign-off state', () => {
  it('is not ready while a step is open or failed, failed ones counted apart', () => {
    let r = markStep(run(), 'p2-a', { outcome: 'done' }, T1, 'l1');
    r = markStep(r, 'p2-b', { outcome: 'failed', note: 'timeout' }, T1, 'l2');
    const state = signOffState(r, 'p2', STEPS);
    expect(state).toEqual({ kind: 'not-ready', blocking: ['p2-b', 'p2-c'], failed: ['p2-b'] });
    expect(stateText(WORDS, 'en', state)).toBe('Not ready: 2 steps remain (1 failed).');
    expect(stateText(WORDS, 'en', signOffState(run(), 'p2', ['p2-a']))).toBe('Not ready: 1 step remains.');
  });

  it('is ready once every step is done, done with a remark or not applicable', () => {
    let r = markStep(run(), 'p2-a', { outcome: 'done' }, T1, 'l1');
    r = markStep(r, 'p2-b', { outcome: 'remark', note: 'slow' }, T1, 'l2');
    r = markStep(r, 'p2-c', { outcome: 'not-applicable' }, T1, 'l3');
    expect(signOffState(r, 'p2', STEPS)).toEqual({ kind: 'ready' });
    expect(stateText(WORDS, 'en', { kind: 'ready' })).toBe('Ready to be signed off.');
  });

  it('tells who signed, with role, date and comment, and nothing changed since', () => {
    const signed = signOffPhase(allDone(), 'p2', STEPS, SIGN_OFF, T2, 's1');
    if (!signed) throw new Error('not signed');
    const state = signOffState(signed, 'p2', STEPS);
    expect(state).toMatchObject({ kind: 'signed', changed: [], ready: true, signOff: { ...SIGN_OFF, at: T2 } });
    expect(stateText(WORDS, 'en', state)).toBe(
      'Signed off by Marie Dupont (Change manager) on November 25, 2026. Comment: Window closed on time',
    );
    expect(stateText(WORDS, 'fr', state)).toContain('25 novembre 2026');
    const noRole = signOffState(
      signOffPhase(allDone(), 'p2', STEPS, { ...SIGN_OFF, role: '', comment: '' }, T2, 's')!,
      'p2',
      STEPS,
    );
    expect(stateText(WORDS, 'en', noRole)).toBe('Signed off by Marie Dupont on November 25, 2026.');
  });

  it('flags the steps changed after the sign-off, keeps the sign-off, and is not ready again while one is open', () => {
    const signed = signOffPhase(allDone(), 'p2', STEPS, SIGN_OFF, T2, 's1')!;
    const reopened = markStep(signed, 'p2-b', undefined, T3, 'l9');
    const state = signOffState(reopened, 'p2', STEPS);
    expect(state).toMatchObject({ kind: 'signed', changed: ['p2-b'], ready: false });
    const noted = markStep(signed, 'p2-c', { outcome: 'done', note: 'rechecked' }, T3, 'l10');
    expect(signOffState(noted, 'p2', STEPS)).toMatchObject({ kind: 'signed', changed: ['p2-c'], ready: true });
    expect(changedText(WORDS, 'en', ['2.2'])).toBe('Changed after the sign-off: step 2.2.');
    expect(changedText(WORDS, 'en', ['2.2', '2.3'])).toBe('Changed after the sign-off: steps 2.2, 2.3.');
    expect(changedText(WORDS, 'en', [])).toBe('');
  });

  it('is the sign-off of its own phase only', () => {
    const signed = signOffPhase(allDone(), 'p2', STEPS, SIGN_OFF, T2, 's1')!;
    expect(signOffState(signed, 'p3', STEPS)).toEqual({ kind: 'ready' });
  });
});
