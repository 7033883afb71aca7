import { describe, expect, it } from 'vitest';
import { fill, translate, translateCount } from '../../src/i18n/index.ts';
import { defaultLang, langFromPath, langs, locales } from '../../src/i18n/locales.ts';

const reference = locales[defaultLang].dictionary;

describe('UI dictionaries', () => {
  it.each(langs)('%s has exactly the keys of the reference dictionary', (lang) => {
    expect(Object.keys(locales[lang].dictionary).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(langs)('%s has no empty string', (lang) => {
    const empty = Object.entries(locales[lang].dictionary).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(langs)('%s uses the same placeholders as the reference for every key', (lang) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    const differing = Object.keys(reference).filter((key) => {
      const own = locales[lang].dictionary[key as keyof typeof reference];
      return (
        JSON.stringify(placeholders(own)) !== JSON.stringify(placeholders(reference[key as keyof typeof reference]))
      );
    });
    expect(differing).toEqual([]);
  });

  it('writes French with a narrow no-break space before : ; ! ? and inside guillemets', () => {
    const wrong = Object.entries(locales.fr.dictionary).filter(([, value]) =>
      /[ \u00A0][:;!?]|\S[;!?](?:\s|$)|«[^\u202F]|[^\u202F]»/.test(value),
    );
    expect(wrong).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('fr', 'phase.number', { number: 3 })).toBe('Phase 3');
    expect(translate('en', 'lang.readIn', { language: 'Français' })).toBe('Read this page in Français');
  });

  it('fails loudly when a placeholder has no value', () => {
    expect(() => fill('Phase {{number}}')).toThrow('needs a value for {{number}}');
  });
});

describe('language of a content path', () => {
  it('is the language folder or file name', () => {
    expect(langFromPath('/x/content/phases/fr/phase-1.mdx')).toBe('fr');
    expect(langFromPath('content/home/en.mdx')).toBe('en');
    expect(langFromPath('en/phase-1')).toBe('en');
    expect(langFromPath('content/roles.yaml')).toBeUndefined();
  });
});

describe('strings with a count', () => {
  it('follow each language’s plural rules', () => {
    expect(translateCount('fr', 'phase.steps', 0)).toBe('0 étape');
    expect(translateCount('fr', 'phase.steps', 1)).toBe('1 étape');
    expect(translateCount('fr', 'phase.steps', 2)).toBe('2 étapes');
    expect(translateCount('en', 'phase.steps', 0)).toBe('0 steps');
    expect(translateCount('en', 'phase.steps', 1)).toBe('1 step');
  });
});
