import { describe, expect, it } from 'vitest';
import { pageUrl, prepareForIndex, SECTION_TITLE_WEIGHTS } from '../../src/integrations/index-content.ts';
import { parseExcerpt, restoreApostrophes } from '../../src/components/search/client/excerpt.ts';
import { findMatches } from '../../src/components/search/client/match-terms.ts';

describe('what the search indexer reads', () => {
  it('reads typographic apostrophes as ASCII ones, so that elided French words are indexed by their parts', () => {
    expect(prepareForIndex('<p>L’Observateur d’événements, l\u02BCutilisateur</p>')).toBe(
      "<p>L'Observateur d'événements, l'utilisateur</p>",
    );
  });

  it('reads labels and forms as plain containers, so that checklist steps are indexed', () => {
    expect(prepareForIndex('<form class="c"><LABEL for="a">Move-CsUser</LABEL><labelled-x></labelled-x></form >')).toBe(
      '<div class="c"><span for="a">Move-CsUser</span><labelled-x></labelled-x></div>',
    );
  });

  it('weighs section titles above body text, more the higher the heading, unless a weight is given', () => {
    expect(
      prepareForIndex('<h1>T</h1><h2 id="a">A</h2><h3 class="x">B</h3><h4 data-pagefind-weight="2">C</h4><header><hr>'),
    ).toBe(
      `<h1 data-pagefind-weight="${SECTION_TITLE_WEIGHTS.h1}">T</h1><h2 data-pagefind-weight="${SECTION_TITLE_WEIGHTS.h2}" id="a">A</h2>` +
        `<h3 data-pagefind-weight="${SECTION_TITLE_WEIGHTS.h3}" class="x">B</h3><h4 data-pagefind-weight="2">C</h4><header><hr>`,
    );
    expect(SECTION_TITLE_WEIGHTS.h3).toBeGreaterThan(1);
  });

  it('reads a defined term with an anchor as a section heading, so that a result leads to the term', () => {
    expect(prepareForIndex('<dl><dt id="pool"><dfn>pool</dfn></dt><dd>Un ensemble</dd><dt>sans ancre</dt></dl>')).toBe(
      `<dl><h2 data-pagefind-weight="${SECTION_TITLE_WEIGHTS.h2}" id="pool"><dfn>pool</dfn></h2><dd>Un ensemble</dd><dt>sans ancre</dt></dl>`,
    );
  });

  it('gives each built page its URL from its path in the build', () => {
    expect(pageUrl('fr/phase-4-move-test-users-to-the-pilot-pool/index.html')).toBe(
      '/fr/phase-4-move-test-users-to-the-pilot-pool/',
    );
    expect(pageUrl('en\\glossary\\index.html')).toBe('/en/glossary/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('apostrophes in what the panel shows', () => {
  it('restores the typographic apostrophe between letters only', () => {
    expect(restoreApostrophes("L'Observateur d'événements, -Identity 'x'")).toBe(
      "L’Observateur d’événements, -Identity 'x'",
    );
    expect(parseExcerpt("pool <mark>d'inscriptions</mark>")).toEqual([
      { text: 'pool ', marked: false },
      { text: 'd’inscriptions', marked: true },
    ]);
  });

  it('highlights an elided word on the page whichever apostrophe the term has', () => {
    expect(findMatches('Pool de serveurs d’inscriptions', ["d'inscriptions"])).toEqual([[17, 31]]);
    expect(findMatches('Pool de serveurs d’inscriptions', ['inscriptions'])).toEqual([[19, 31]]);
  });
});
