import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/components/search/client/config.ts';

const dataset = {
  lang: 'fr',
  otherLangs: 'en',
  bundle: '/g/pagefind/',
  base: '/g/',
  languageLabels: '{"fr":"Français","en":"English"}',
  countOne: '{{count}} page trouvée',
  countOther: '{{count}} pages trouvées',
  noResults: 'Aucun résultat pour «\u202f{{query}}\u202f».',
  noResultsFiltered: 'Aucun résultat pour «\u202f{{query}}\u202f» avec ces filtres.',
  unavailable: 'La recherche est indisponible.',
  glossaryLabel: 'Glossaire',
};

describe('search panel settings', () => {
  it('formats counts with the plural rules and digits of the page language', () => {
    const { messages } = readConfig(dataset);
    expect(messages.count(1)).toBe('1 page trouvée');
    expect(messages.count(1200)).toBe('1\u202f200 pages trouvées');
  });

  it('says that nothing was found, and whether the filters are the reason', () => {
    const { messages } = readConfig(dataset);
    expect(messages.noResults('zzz', false)).toBe('Aucun résultat pour «\u202fzzz\u202f».');
    expect(messages.noResults('zzz', true)).toContain('avec ces filtres');
  });

  it('names the missing attribute when the component forgot one', () => {
    expect(() => readConfig({ ...dataset, noResultsFiltered: undefined })).toThrow('data-no-results-filtered');
    expect(() => readConfig({ ...dataset, languageLabels: '[1]' })).toThrow('data-language-labels');
  });

  it('reads the other languages and their labels', () => {
    const config = readConfig(dataset);
    expect(config.otherLangs).toEqual(['en']);
    expect(config.languageLabels['en']).toBe('English');
  });
});
