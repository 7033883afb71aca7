import { describe, expect, it } from 'vitest';
import { stepHashes, stepText } from '../../src/steps/text-hashes.ts';
import { emptyRun, isChanged, textHash } from '../../src/components/checklist/run-record.ts';
import { createProgressStore } from '../../src/components/checklist/progress-store.ts';
import { confirmText, markStep } from '../../src/components/checklist/run-changes.ts';
import { FakeArea } from './fake-storage.ts';

const KEY = 'runbook:/guides/example/:progress';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';

const fr = [
  {
    items: [
      { id: 'p1-a', label: 'Sauvegarder la base', verify: 'Le fichier `base.dump` existe.' },
      { id: 'p1-b', label: 'Arrêter le service' },
    ],
  },
];
const en = [
  {
    items: [
      { id: 'p1-a', label: 'Back up the database', verify: 'The `base.dump` file exists.' },
      { id: 'p1-b', label: 'Stop the service' },
      { id: 'p1-only-en', label: 'A step the reference lacks' },
    ],
  },
];

describe('changed steps: the text hash each page gives its steps', () => {
  it('gives every language the hash of the default language’s label and verification', () => {
    const french = stepHashes(fr, fr);
    const english = stepHashes(en, fr);
    expect(english.get('p1-a')).toBe(french.get('p1-a'));
    expect(english.get('p1-b')).toBe(french.get('p1-b'));
    expect(french.get('p1-a')).toBe(textHash('Sauvegarder la base\nLe fichier `base.dump` existe.'));
    expect(french.get('p1-a')).not.toBe(french.get('p1-b'));
  });

  it('changes when the reference label or verification changes, not when only the layout of its spaces does', () => {
    const hash = stepHashes(fr, fr).get('p1-a');
    const relabelled = [{ items: [{ ...fr[0]!.items[0]!, label: 'Sauvegarder la base avec pg_dump' }] }];
    const reverified = [{ items: [{ ...fr[0]!.items[0]!, verify: 'Le fichier existe et n’est pas vide.' }] }];
    const respaced = [{ items: [{ ...fr[0]!.items[0]!, label: 'Sauvegarder  la base ' }] }];
    expect(stepHashes(relabelled, relabelled).get('p1-a')).not.toBe(hash);
    expect(stepHashes(reverified, reverified).get('p1-a')).not.toBe(hash);
    expect(stepHashes(respaced, respaced).get('p1-a')).toBe(hash);
    // A translation updated alone does not flag the step.
    const retranslated = [{ items: [{ ...en[0]!.items[0]!, label: 'Back up the whole database' }] }];
    expect(stepHashes(retranslated, fr).get('p1-a')).toBe(hash);
  });

  it('hashes a step the default language lacks on its own text, and a phase without reference on its own', () => {
    expect(stepHashes(en, fr).get('p1-only-en')).toBe(textHash('A step the reference lacks'));
    expect(stepHashes(en, undefined).get('p1-a')).toBe(textHash(stepText(en[0]!.items[0]!)));
    expect([...stepHashes(fr, en).keys()]).toEqual(['p1-a', 'p1-b']);
  });
});

describe('changed steps: which marks are flagged', () => {
  const marked = (hash?: string) => ({ state: 'ticked' as const, at: T1, ...(hash ? { hash, text: 'x' } : {}) });

  it('flags a mark whose hash differs from the page’s, never one stored without a hash, nor on a page without one', () => {
    expect(isChanged(marked('aaaaaaaa'), 'bbbbbbbb')).toBe(true);
    expect(isChanged(marked('aaaaaaaa'), 'aaaaaaaa')).toBe(false);
    expect(isChanged(marked(), 'bbbbbbbb')).toBe(false);
    expect(isChanged(marked('aaaaaaaa'), undefined)).toBe(false);
    expect(isChanged(undefined, 'bbbbbbbb')).toBe(false);
  });

  it('a step given the outcome it has keeps the text it was marked with unless new text is given', () => {
    let run = markStep(
      emptyRun('default', '', T1),
      'p1-a',
      { outcome: 'done', hash: 'aaaaaaaa', text: 'old' },
      T1,
      'l1',
    );
    run = markStep(run, 'p1-a', { outcome: 'done', note: 'a note' }, T2, 'l2');
    expect(run.marks.get('p1-a')).toMatchObject({ hash: 'aaaaaaaa', text: 'old', note: 'a note' });
  });
});

describe('changed steps: the store', () => {
  it('keeps the text hash and text a step was marked with across a reload, and takes the new ones on confirm', () => {
    const area = new FakeArea();
    const times = [T1, T2];
    const store = createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(times.shift() ?? T2) });
    store.setMark('p1-a', 'ticked', true, { hash: 'aaaaaaaa', text: 'Back up the database' });
    store.setMark('p1-b', 'ticked', true);
    const reloaded = createProgressStore({ storage: area.tab(), key: KEY, now: () => new Date(T2) });
    expect(reloaded.markOf('p1-a')).toMatchObject({
      state: 'ticked',
      at: T1,
      hash: 'aaaaaaaa',
      text: 'Back up the database',
    });
    expect(reloaded.markOf('p1-b')).not.toHaveProperty('hash');
    expect(isChanged(reloaded.markOf('p1-a'), 'bbbbbbbb')).toBe(true);

    reloaded.confirmText('p1-a', 'bbbbbbbb', 'Back up the database with pg_dump');
    const again = createProgressStore({ storage: area.tab(), key: KEY });
    expect(again.markOf('p1-a')).toMatchObject({ state: 'ticked', at: T1, hash: 'bbbbbbbb', changed: T2 });
    expect(again.markOf('p1-a')?.text).toBe('Back up the database with pg_dump');
    expect(isChanged(again.markOf('p1-a'), 'bbbbbbbb')).toBe(false);
  });

  it('logs a confirmation (who, when, the step), once: confirming the text a mark already has changes nothing', () => {
    const times = [T1, T2, T2];
    const store = createProgressStore({
      storage: new FakeArea().tab(),
      key: KEY,
      now: () => new Date(times.shift() ?? T2),
      who: () => 'JD',
    });
    store.setMark('p1-a', 'ticked', true, { hash: 'aaaaaaaa', text: 'old' });
    store.confirmText('p1-a', 'bbbbbbbb', 'new');
    store.confirmText('p1-a', 'bbbbbbbb', 'new');
    const log = store.run().log;
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ at: T2, who: 'JD', step: 'p1-a', from: '', to: 'text-confirmed' });
    expect(store.markOf('p1-a')).toMatchObject({ state: 'ticked', hash: 'bbbbbbbb', text: 'new' });
  });

  it('confirming a step without a mark changes nothing and logs nothing', () => {
    const run = emptyRun('default', '', T1);
    expect(confirmText(run, 'p1-a', 'bbbbbbbb', 'new', T2, 'l1', 'JD')).toBe(run);
  });

  it('a step marked again after it was opened takes the text the reader reads now', () => {
    const store = createProgressStore({ storage: new FakeArea().tab(), key: KEY });
    store.setMark('p1-a', 'ticked', true, { hash: 'aaaaaaaa', text: 'old' });
    store.setMark('p1-a', 'ticked', false);
    store.setMark('p1-a', 'notApplicable', true, { hash: 'bbbbbbbb', text: 'new' });
    expect(store.markOf('p1-a')).toMatchObject({ state: 'notApplicable', hash: 'bbbbbbbb', text: 'new' });
  });
});
