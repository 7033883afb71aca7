import { afterAll, describe, expect, it } from 'vitest';
import { contentOf, messagesOf, removeFixtures } from './checks-fixtures.ts';
import { readGuide, sitePages } from '../../src/content-model/site-map.ts';

afterAll(removeFixtures);

const FR2 = 'content/phases/fr/phase-2-migrate.mdx';

describe('content checks: heading ids as the build makes them', () => {
  it('gives a French heading without an explicit id the id of its typeset text, as the build does', () => {
    const { source } = readGuide(contentOf('heading-french-punctuation'), 'content');
    const page = sitePages(source).find((candidate) => candidate.lang === 'fr' && candidate.page === 'phase-2-migrate');
    // The build typesets "Étape : vérifier" (narrow no-break space before the colon) before making ids.
    expect(page?.anchors.map((anchor) => anchor.id)).toContain('étape-vérifier-le-pool');
    expect(page?.anchors.map((anchor) => anchor.id)).not.toContain('étape--vérifier-le-pool');
  });

  it('accepts the link to that id and rejects the id made from the untypeset text', () => {
    expect(messagesOf('heading-french-punctuation')).toEqual([]);
    expect(messagesOf('heading-french-punctuation-wrong-link')).toEqual([
      `${FR2}:36: error: link "#étape--vérifier-le-pool": this page has no anchor "étape--vérifier-le-pool" (did you mean "étape-vérifier-le-pool"?)`,
    ]);
  });
});
