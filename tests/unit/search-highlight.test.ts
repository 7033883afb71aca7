import { describe, expect, it } from 'vitest';
import { highlightTerms, withHighlight } from '../../src/components/search/client/highlight-url.ts';
import { findMatches } from '../../src/components/search/client/match-terms.ts';

const slice = (text: string, terms: string[]) => findMatches(text, terms).map(([start, end]) => text.slice(start, end));

describe('highlight parameter of result links', () => {
  it('goes before the section anchor, so that the page lands on the section', () => {
    expect(withHighlight('/g/fr/phase-4/#move-a-single-user', ['Move-CsUser'])).toBe(
      '/g/fr/phase-4/?highlight=Move-CsUser#move-a-single-user',
    );
  });

  it('keeps an existing query and leaves the URL alone when there is nothing to highlight', () => {
    expect(withHighlight('/g/fr/p/?a=1', ['x', 'y'])).toBe('/g/fr/p/?a=1&highlight=x+y');
    expect(withHighlight('/g/fr/p/#s', [' '])).toBe('/g/fr/p/#s');
  });

  it('round-trips the terms through the page URL', () => {
    const url = new URL(withHighlight('/g/fr/p/#s', ['Move-CsUser', 'déploiement', 'a&b']), 'http://localhost');
    expect(highlightTerms(url.search)).toEqual(['Move-CsUser', 'déploiement', 'a&b']);
    expect(highlightTerms('?other=1')).toEqual([]);
  });
});

describe('matching the words to highlight on the page', () => {
  it('ignores case and accents, as the index does', () => {
    expect(slice('Le Déploiement du pool', ['deploiement'])).toEqual(['Déploiement']);
  });

  it('finds a cmdlet whole and by its parts, never inside a word', () => {
    const text = 'Run Move-CsUser, then Get-CsUser; csusers stay.';
    expect(slice(text, ['Move-CsUser'])).toEqual(['Move-CsUser']);
    expect(slice(text, ['CsUser'])).toEqual(['CsUser', 'CsUser']);
    expect(slice('le déploiement de la topologie', ['de'])).toEqual(['de']);
  });

  it('returns sorted ranges that never overlap', () => {
    expect(findMatches('Move-CsUser', ['Move-CsUser', 'CsUser', 'Move'])).toEqual([[0, 11]]);
  });

  it('maps positions back to the original text when folding changes its length', () => {
    // NFD splits each Hangul syllable into three letters: the folded text is longer than the original.
    const text = '한국 Déploiement 한';
    expect(slice(text, ['déploiement', '한'])).toEqual(['Déploiement', '한']);
  });
});
