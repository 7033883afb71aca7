import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  isSearchable,
  normalizeQuery,
  queryWords,
} from '../../src/components/search/client/query.ts';

describe('search query', () => {
  it('trims and collapses whitespace, keeping hyphens, dots and case for the index', () => {
    expect(normalizeQuery('  Move-CsUser \t  pool02.contoso.net \n')).toBe('Move-CsUser pool02.contoso.net');
  });

  it('bounds a pasted text to the maximum length', () => {
    expect(normalizeQuery('a'.repeat(MAX_QUERY_LENGTH + 50))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('is searchable only with a letter or a digit, in any script', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable(' -- ')).toBe(false);
    expect(isSearchable('30024')).toBe(true);
    expect(isSearchable('é')).toBe(true);
  });

  it('gives the typed words without surrounding quotes or punctuation, each once', () => {
    expect(queryWords('"Move-CsUser" $false, move-csuser (déploiement)')).toEqual([
      'Move-CsUser',
      'false',
      'déploiement',
    ]);
  });
});
