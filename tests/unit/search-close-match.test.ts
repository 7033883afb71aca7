import { describe, expect, it } from 'vitest';
import { isCloseMatch } from '../../src/components/search/client/close-match.ts';

describe('results that answer the query, not scraps of it', () => {
  it('keeps exact, partial, compound, stemmed and mistyped matches', () => {
    expect(isCloseMatch(['Move-CsUser'], ['movecsuser'])).toBe(true);
    expect(isCloseMatch(['Move-CsUser.'], ['Move-CsUser'])).toBe(true);
    expect(isCloseMatch(['Move-CsUser'], ['CsUser'])).toBe(true);
    expect(isCloseMatch(['CsUserAdministrator'], ['CsUser'])).toBe(true);
    expect(isCloseMatch(['Move-CsUser'], ['User'])).toBe(true);
    expect(isCloseMatch(['d’inscriptions'], ['inscriptions'])).toBe(true);
    expect(isCloseMatch(['move'], ['moving'])).toBe(true);
    expect(isCloseMatch(['Déploiement'], ['deploiemnt'])).toBe(true);
    expect(isCloseMatch(['AD'], ['ad'])).toBe(true);
    expect(isCloseMatch(['Topology'], ['topologie'])).toBe(true);
  });

  it('drops what Pagefind found by shortening an unknown word to a known start', () => {
    expect(isCloseMatch(['à', 'à'], ['abracadabra'])).toBe(false);
    expect(isCloseMatch(['ABFiles'], ['abracadabra'])).toBe(false);
    expect(isCloseMatch(['settings.', 'Set-CsCpsConfiguration'], ['Set-CsUser'])).toBe(false);
  });

  it('needs each meaningful word of the query, not only its stop words or a completion of them', () => {
    // An English page for a French query: Pagefind left "Générateur" out and completed "de".
    const matched = ['Decommission', 'deployment', '-Detailed', 'Topology'];
    expect(isCloseMatch(matched, ['Générateur', 'de', 'topologie'])).toBe(false);
    expect(isCloseMatch(['Générateur', 'de', 'topologie'], ['Générateur', 'de', 'topologie'])).toBe(true);
    expect(isCloseMatch(['Générateur', 'topologie'], ['Générateur', 'de', 'topologie'])).toBe(true);
    expect(isCloseMatch(['Topology', 'Builder'], ['Topology', 'Builder'])).toBe(true);
    expect(isCloseMatch(['Topology', 'Enable-CsTopology'], ['Topology', 'Builder'])).toBe(false);
  });

  it('reads a French elision in the query as the word alone, which the index also has', () => {
    expect(isCloseMatch(['utilisateur'], ['l’utilisateur'])).toBe(true);
    expect(isCloseMatch(['utilisateur'], ["l'utilisateur"])).toBe(true);
  });

  it('lets the last word, still being typed, be the start of a word of the page', () => {
    expect(isCloseMatch(['Topology', 'Builder'], ['Topology', 'B'])).toBe(true);
    expect(isCloseMatch(['SQL'], ['SQ'])).toBe(true);
    expect(isCloseMatch(['SQL', 'Server'], ['SQ', 'Server'])).toBe(false);
    expect(isCloseMatch(['Move-CsUser'], ['Move-Cs'])).toBe(true);
    expect(isCloseMatch(['Move-CsUser'], ['Move-CsUsr'])).toBe(true);
  });

  it('judges by all the words when the query has only stop words', () => {
    expect(isCloseMatch(['the'], ['the'])).toBe(true);
    expect(isCloseMatch(['they'], ['the'])).toBe(true);
    expect(isCloseMatch(['deployment'], ['de'])).toBe(true);
    expect(isCloseMatch(['Active'], ['de', 'la'])).toBe(false);
  });

  it('keeps a result when there is nothing to judge by', () => {
    expect(isCloseMatch([], ['anything'])).toBe(true);
    expect(isCloseMatch(['word'], [])).toBe(true);
  });
});
