import { describe, expect, it } from 'vitest';
import { pluralForm, pluralTemplate, progressText } from '../../src/components/checklist/progress-text.ts';
import { fill } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import type { Dictionary } from '../../src/i18n/ui/fr.ts';

const fr: Dictionary = locales.fr.dictionary;
const en: Dictionary = locales.en.dictionary;
const guide = (dictionary: Dictionary) => ({
  one: dictionary['checklist.guideProgress.one'],
  other: dictionary['checklist.guideProgress.other'],
});

describe('counted messages', () => {
  it('follows each language’s plural rules: French 0 and 1 are singular, English 1 only', () => {
    expect([0, 1, 2, 280].map((count) => pluralForm('fr-FR', count))).toEqual(['one', 'one', 'other', 'other']);
    expect([0, 1, 2, 280].map((count) => pluralForm('en-GB', count))).toEqual(['other', 'one', 'other', 'other']);
    expect(pluralForm('fr-FR', 1_000_000)).toBe('other');
  });

  it('writes the whole guide’s count in good French and English', () => {
    const line = (intl: string, dictionary: Dictionary, done: number) =>
      fill(pluralTemplate(intl, done, guide(dictionary)), { done, total: 280 });
    expect(line('fr-FR', fr, 0)).toBe('Ensemble du guide\u202f: 0 étape cochée sur 280');
    expect(line('fr-FR', fr, 1)).toBe('Ensemble du guide\u202f: 1 étape cochée sur 280');
    expect(line('fr-FR', fr, 2)).toBe('Ensemble du guide\u202f: 2 étapes cochées sur 280');
    expect(line('en-GB', en, 0)).toBe('Whole guide: 0 steps ticked out of 280');
    expect(line('en-GB', en, 1)).toBe('Whole guide: 1 step ticked out of 280');
  });

  it('has a .one and an .other form for every counted message of the checklists', () => {
    for (const dictionary of [fr, en]) {
      const keys = Object.keys(dictionary).filter((key) => key.startsWith('checklist.'));
      const forms = keys.filter((key) => /\.(one|other)$/.test(key));
      expect(forms.length).toBeGreaterThan(0);
      for (const key of forms)
        expect(keys, key).toContain(key.replace(/\.(one|other)$/, key.endsWith('.one') ? '.other' : '.one'));
    }
  });

  it('takes the .other form when the .one form is missing', () => {
    expect(pluralTemplate('en-GB', 1, { other: 'many' })).toBe('many');
  });

  it('says in brackets how many steps are left out as not applicable, when there are any', () => {
    const notApplicable = (dictionary: Dictionary) => ({
      one: dictionary['checklist.notApplicableCount.one'],
      other: dictionary['checklist.notApplicableCount.other'],
    });
    expect(
      progressText({ done: 12, total: 20, notApplicable: 0 }, fr['checklist.progress'], notApplicable(fr), 'fr-FR'),
    ).toBe('Étapes\u202f: 12 sur 20');
    expect(
      progressText({ done: 2, total: 8, notApplicable: 1 }, fr['checklist.progress'], notApplicable(fr), 'fr-FR'),
    ).toBe('Étapes\u202f: 2 sur 8 (1 sans objet)');
    expect(
      progressText({ done: 2, total: 8, notApplicable: 1 }, en['checklist.progress'], notApplicable(en), 'en-GB'),
    ).toBe('Steps: 2 of 8 (1 not applicable)');
    expect(
      progressText({ done: 12, total: 20, notApplicable: 3 }, en['checklist.progress'], notApplicable(en), 'en-GB'),
    ).toBe('Steps: 12 of 20 (3 not applicable)');
    expect(
      progressText(
        { done: 0, total: 5, notApplicable: 2 },
        'x {{done}}/{{total}}',
        { one: '({{count}} item)', other: '({{count}} items)' },
        'en-GB',
      ),
    ).toBe('x 0/5 (2 items)');
    expect(
      progressText(
        { done: 0, total: 5, notApplicable: 1 },
        'x {{done}}/{{total}}',
        { one: '({{count}} item)', other: '({{count}} items)' },
        'en-GB',
      ),
    ).toBe('x 0/5 (1 item)');
  });
});
