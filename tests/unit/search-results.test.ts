import { describe, expect, it } from 'vitest';
import {
  byTitles,
  pageMatches,
  titleRank,
  unmarkStopWords,
  pathOf,
  termsToHighlight,
  toResultView,
  type PagefindResultData,
} from '../../src/components/search/client/results.ts';
import { phaseRoles, searchFilterAttributes } from '../../src/utils/search-tags.ts';
import { withoutStopWords } from '../../src/components/search/client/stop-words.ts';

const page = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/',
  excerpt: 'intro',
  meta: { title: 'Phase 4 : Déplacement des utilisateurs' },
  sub_results: [
    {
      title: 'Phase 4 : Déplacement des utilisateurs',
      url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/',
      excerpt: 'Cette phase',
      weighted_locations: [{ balanced_score: 1 }],
    },
    {
      title: 'Préparer',
      url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/#prepare',
      excerpt: 'rien',
      anchor: { id: 'prepare' },
      weighted_locations: [{ balanced_score: 2 }],
    },
    {
      title: 'Déplacer un utilisateur',
      url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/#move-a-single-user',
      excerpt: 'exécutez <mark>Move-CsUser</mark> -Identity',
      anchor: { id: 'move-a-single-user' },
      weighted_locations: [{ balanced_score: 9 }, { balanced_score: 3 }],
    },
    {
      title: 'Vérifier',
      url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/#check',
      excerpt: 'x',
      anchor: { id: 'check' },
      locations: [1],
    },
  ],
  ...overrides,
});

describe('search result views', () => {
  it('shows the phase, then its best sections first, at most three', () => {
    const view = toResultView(page(), '/g/', ['movecsuser']);
    expect(view.title).toBe('Phase 4 : Déplacement des utilisateurs');
    expect(view.lang).toBe('fr');
    expect(view.sections.map((section) => section.title)).toEqual(['Déplacer un utilisateur', 'Préparer', undefined]);
  });

  it('links a section to its anchor with the words as marked on the page', () => {
    const [best] = toResultView(page(), '/g/', ['movecsuser']).sections;
    expect(best?.url).toBe(
      '/g/fr/phase-4-move-test-users-to-the-pilot-pool/?highlight=Move-CsUser+movecsuser#move-a-single-user',
    );
    expect(best?.excerpt).toEqual([
      { text: 'exécutez ', marked: false },
      { text: 'Move-CsUser', marked: true },
      { text: ' -Identity', marked: false },
    ]);
  });

  it('reads the language of a result of another language from its absolute URL', () => {
    const view = toResultView(
      page({ url: 'http://intranet/g/en/phase-4-move-test-users-to-the-pilot-pool/', sub_results: [] }),
      '/g/',
      ['x'],
    );
    expect(view.lang).toBe('en');
    expect(view.url).toBe('/g/en/phase-4-move-test-users-to-the-pilot-pool/?highlight=x');
    expect(view.sections).toHaveLength(1);
  });

  it('cuts from an excerpt the start that repeats its section’s title, shown above it', () => {
    const data = page({
      sub_results: [
        {
          title: "Vérification de la réplication de l'utilisateur",
          url: '/g/fr/phase-4-move-test-users-to-the-pilot-pool/#verify',
          excerpt: "de la réplication de l'utilisateur. <mark>Move-CsUser</mark> peut échouer",
          anchor: { id: 'verify' },
        },
      ],
    });
    const [section] = toResultView(data, '/g/', ['Move-CsUser']).sections;
    expect(section?.title).toBe('Vérification de la réplication de l’utilisateur');
    expect(section?.excerpt).toEqual([
      { text: 'Move-CsUser', marked: true },
      { text: ' peut échouer', marked: false },
    ]);
  });

  it('lists every word matched on the page, as written there, once each', () => {
    const data = page({
      raw_content: "Run Move-CsUser.  Then\nmove-csuser &lt;pool&gt; d'inscriptions Move-CsUser.",
      locations: [1, 3, 4, 5, 6, 99],
    });
    expect(pageMatches(data)).toEqual(['Move-CsUser.', 'move-csuser', '<pool>', 'd’inscriptions']);
    expect(toResultView(data, '/g/', ['movecsuser']).matched).toEqual([
      'Move-CsUser.',
      'move-csuser',
      '<pool>',
      'd’inscriptions',
    ]);
  });

  it('judges by the marked words when Pagefind gives no matched locations', () => {
    expect(pageMatches(page())).toEqual([]);
    expect(toResultView(page(), '/g/', ['movecsuser']).matched).toEqual(['Move-CsUser']);
  });

  it('falls back to the URL when the page has no title', () => {
    expect(toResultView(page({ meta: {} }), '/g/', []).title).toBe('/g/fr/phase-4-move-test-users-to-the-pilot-pool/');
  });

  it('drops one- and two-letter words from the highlight when longer ones remain', () => {
    expect(termsToHighlight(['Générateur', 'de', 'topologie'], ['de', 'topologie'])).toEqual([
      'topologie',
      'Générateur',
    ]);
    expect(termsToHighlight(['AD'], [])).toEqual(['AD']);
  });

  it('never highlights a stop word, even a long one, in any language of the site', () => {
    expect(termsToHighlight(['Générateur', 'des', 'topologies', 'the'], ['des', 'topologies'])).toEqual([
      'topologies',
      'Générateur',
    ]);
    expect(termsToHighlight(['de'], ['de'])).toEqual([]);
  });

  it('shows the stop words Pagefind marked in an excerpt as plain text', () => {
    expect(
      unmarkStopWords([
        { text: 'le ', marked: false },
        { text: 'Générateur', marked: true },
        { text: ' ', marked: false },
        { text: 'de', marked: true },
        { text: ' ', marked: false },
        { text: 'topologie', marked: true },
      ]),
    ).toEqual([
      { text: 'le ', marked: false },
      { text: 'Générateur', marked: true },
      { text: ' de ', marked: false },
      { text: 'topologie', marked: true },
    ]);
  });

  it('puts the section that holds every word of the query before one that scores higher on a single word', () => {
    const raw = 'SRV federation record federation federation federation routes';
    const data = page({
      raw_content: raw,
      sub_results: [
        {
          title: 'Routes',
          url: '/g/en/p/#routes',
          excerpt: '<mark>federation</mark>',
          anchor: { id: 'routes' },
          locations: [3, 4, 5],
          weighted_locations: [3, 4, 5].map((location) => ({ balanced_score: 10, location })),
        },
        {
          title: 'Check the SRV record',
          url: '/g/en/p/#srv',
          excerpt: '<mark>SRV</mark> <mark>federation</mark>',
          anchor: { id: 'srv' },
          locations: [0, 1],
          weighted_locations: [0, 1].map((location) => ({ balanced_score: 1, location })),
        },
      ],
    });
    expect(toResultView(data, '/g/', ['SRV', 'federation']).sections.map((section) => section.title)).toEqual([
      'Check the SRV record',
      'Routes',
    ]);
  });

  it('puts first, within a page of results, the result titled with the query, then those whose title holds it', () => {
    const view = (title: string, sections: string[] = []) =>
      toResultView(
        page({
          url: `/g/fr/${title}/`,
          meta: { title },
          sub_results: sections.map((section) => ({
            title: section,
            url: `/g/fr/${title}/#x`,
            excerpt: '',
            anchor: { id: 'x' },
          })),
        }),
        '/g/',
        ['pool', 'frontal'],
      );
    const views = [
      view('Phase 4', ['Déplacer']),
      view('Phase 8', ['Préparer un pool frontal']),
      view('Glossaire', ['Pool frontal']),
    ];
    expect(byTitles(views, ['pool', 'frontal']).map((result) => result.title)).toEqual([
      'Glossaire',
      'Phase 8',
      'Phase 4',
    ]);
    expect(titleRank(views[0]!, ['pool', 'frontal'])).toBe(0);
  });

  it('tells a glossary result by its kind', () => {
    expect(toResultView(page({ meta: { title: 'Glossaire', kind: 'glossary' } }), '/g/', []).kind).toBe('glossary');
  });

  it('strips the origin of absolute URLs only', () => {
    expect(pathOf('https://h/g/en/p/?a=1#s')).toBe('/g/en/p/?a=1#s');
    expect(pathOf('/g/fr/p/')).toBe('/g/fr/p/');
  });
});

describe('search tags of a phase page', () => {
  const phase = {
    slug: 'phase-2-prepare-for-migration',
    data: {
      roles: ['lync-admin', 'dns-admin'],
      checklist: [{ items: [{ role: 'dns-admin' }, { role: 'sql-dba' }, {}] }],
    },
  };

  it('tags the phase by its slug and every role it involves, each once, as language-neutral ids', () => {
    expect(phaseRoles(phase)).toEqual(['lync-admin', 'dns-admin', 'sql-dba']);
    expect(searchFilterAttributes(phase)).toEqual([
      'phase:phase-2-prepare-for-migration',
      'role:lync-admin',
      'role:dns-admin',
      'role:sql-dba',
    ]);
  });
});

describe('the query sent to the index', () => {
  it('leaves out stop words when other words remain, and keeps exact phrases', () => {
    expect(withoutStopWords('Générateur de topologie')).toBe('Générateur topologie');
    expect(withoutStopWords('the Dashboard')).toBe('Dashboard');
    expect(withoutStopWords('de la')).toBe('de la');
    expect(withoutStopWords('"Générateur de topologie"')).toBe('"Générateur de topologie"');
  });
});
