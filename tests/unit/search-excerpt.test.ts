import { describe, expect, it } from 'vitest';
import { decodeEntities, markedWords, parseExcerpt, trimTitle } from '../../src/components/search/client/excerpt.ts';

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
    expect(
      parseExcerpt('Get-CsUser -Filter {Enabled -eq &quot;x&quot;} &lt;pool&gt; &amp; &#39;a&#39; &#x2013;'),
    ).toEqual([{ text: 'Get-CsUser -Filter {Enabled -eq "x"} <pool> & \'a\' –', marked: false }]);
  });

  it('drops the punctuation a cut sentence leaves at the start', () => {
    expect(parseExcerpt(': Déplacement des <mark>utilisateurs</mark>')).toEqual([
      { text: 'Déplacement des ', marked: false },
      { text: 'utilisateurs', marked: true },
    ]);
    expect(parseExcerpt('<mark>Move-CsUser</mark>: x')[0]).toEqual({ text: 'Move-CsUser', marked: true });
  });

  it('marks the word without the sentence’s punctuation and quotes that Pagefind marks with it, keeping the term’s own signs', () => {
    expect(parseExcerpt('le <mark>topologie.</mark> Puis')).toEqual([
      { text: 'le ', marked: false },
      { text: 'topologie', marked: true },
      { text: '. Puis', marked: false },
    ]);
    expect(parseExcerpt('add <mark>-MoveConferenceData,</mark> then')).toEqual([
      { text: 'add ', marked: false },
      { text: '-MoveConferenceData', marked: true },
      { text: ', then', marked: false },
    ]);
    expect(parseExcerpt('the <mark>«&nbsp;Move-CsUser&nbsp;»</mark>')).toEqual([
      { text: 'the «\u00a0', marked: false },
      { text: 'Move-CsUser', marked: true },
      { text: '\u00a0»', marked: false },
    ]);
    expect(markedWords(['<mark>topologie.</mark> et <mark>Topologie</mark>'])).toEqual(['topologie']);
    expect(markedWords(['<mark>.NET</mark> and <mark>C#,</mark>'])).toEqual(['.NET', 'C#']);
  });

  it('keeps an unknown entity as written and drops any tag other than mark', () => {
    expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
    expect(parseExcerpt('<b>bold</b> <mark>hit</mark>')).toEqual([
      { text: 'bold ', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  it('lists the words marked on the page, as spelled there, once each', () => {
    expect(markedWords(['a <mark>Move-CsUser</mark> b <mark>move-csuser</mark>', '<mark>Déploiement</mark>'])).toEqual([
      'Move-CsUser',
      'Déploiement',
    ]);
  });
});

describe('excerpts that start with their own title', () => {
  const parts = (html: string) => parseExcerpt(html);

  it('cut the title’s last words and the full stop Pagefind adds after a heading', () => {
    expect(
      trimTitle(
        parts('de la réplication de l’utilisateur. <mark>Move-CsUser</mark> peut échouer'),
        'Vérification du bon déroulement de la réplication de l’utilisateur',
      ),
    ).toEqual([
      { text: 'Move-CsUser', marked: true },
      { text: ' peut échouer', marked: false },
    ]);
    expect(
      trimTitle(
        parts('jour des enregistrements SRV <mark>DNS.</mark> Créez'),
        'Mise à jour des enregistrements SRV DNS',
      ),
    ).toEqual([{ text: 'Créez', marked: false }]);
  });

  it('cut the whole title, a title ending with its own punctuation, or an excerpt that is only the title', () => {
    expect(
      trimTitle(
        parts('Réunions et contenus de réunion. Ajoutez -MoveConferenceData'),
        'Réunions et contenus de réunion',
      ),
    ).toEqual([{ text: 'Ajoutez -MoveConferenceData', marked: false }]);
    expect(trimTitle(parts('Pourquoi migrer ? Parce que'), 'Pourquoi migrer ?')).toEqual([
      { text: 'Parce que', marked: false },
    ]);
    expect(trimTitle(parts('Phase 4\u202f: Déplacement. Vérifiez'), 'Phase 4\u202f: Déplacement')).toEqual([
      { text: 'Vérifiez', marked: false },
    ]);
    expect(trimTitle(parts('<mark>Move-CsUser</mark>'), 'Utiliser Move-CsUser')).toEqual([]);
  });

  it('leave an excerpt whose start only looks like the title’s end', () => {
    const text = parts('<mark>Move-CsUser</mark> déplace un utilisateur');
    expect(trimTitle(text, 'Utiliser Move-CsUser')).toEqual(text);
    expect(trimTitle(parts('lutilisateur. Suite'), 'de l’utilisateur')).toEqual(parts('lutilisateur. Suite'));
    expect(trimTitle(parts('DNSSEC. Suite'), 'Mise à jour DNS')).toEqual(parts('DNSSEC. Suite'));
  });
});
