import { describe, expect, it } from 'vitest';
import { decodeEntities, markedWords, parseExcerpt } from '../../src/client/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(parseExcerpt('Warning. <mark>Move-CsUser</mark> fails while <mark>replication</mark> runs')).toEqual([
      { text: 'Warning. ', marked: false },
      { text: 'Move-CsUser', marked: true },
      { text: ' fails while ', marked: false },
      { text: 'replication', marked: true },
      { text: ' runs', marked: false },
    ]);
  });

  it('decodes the escaped characters of the page text, so that code shows as written', () => {
    expect(parseExcerpt('Get-CsUser -Filter {Enabled -eq &quot;x&quot;} &lt;pool&gt; &amp; &#39;a&#39; &#x2013;')).toEqual([
      { text: 'Get-CsUser -Filter {Enabled -eq "x"} <pool> & \'a\' –', marked: false },
    ]);
  });

  it('drops the punctuation a cut sentence leaves at the start', () => {
    expect(parseExcerpt(': Déplacement des <mark>utilisateurs</mark>')).toEqual([
      { text: 'Déplacement des ', marked: false },
      { text: 'utilisateurs', marked: true },
    ]);
    expect(parseExcerpt('<mark>Move-CsUser</mark>: x')[0]).toEqual({ text: 'Move-CsUser', marked: true });
  });

  it('keeps an unknown entity as written and drops any tag other than mark', () => {
    expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
    expect(parseExcerpt('<b>bold</b> <mark>hit</mark>')).toEqual([
      { text: 'bold ', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('lists the words marked on the page, as spelled there, once each', () => {
    expect(markedWords(['a <mark>Move-CsUser</mark> b <mark>move-csuser</mark>', '<mark>Déploiement</mark>'])).toEqual(['Move-CsUser', 'Déploiement']);
  });
});
