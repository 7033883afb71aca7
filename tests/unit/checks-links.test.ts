import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const FR1 = 'content/phases/fr/phase-1-prepare.mdx';
const FR2 = 'content/phases/fr/phase-2-migrate.mdx';

describe('content checks: links', () => {
  it('accepts links in the original document form: to a page, a page and anchor, a section id, a glossary term', () => {
    // The valid guide links phase-1-prepare.md, phase-1-prepare.md#check-dns, check-dns.md, glossary.md#pool,
    // #vérifier-le-résultat (a generated heading id), #p2-move (a checklist group) and #phases (home).
    expect(messagesOf('valid')).toEqual([]);
  });

  it('reports a link to no page, suggesting the closest', () => {
    expect(messagesOf('link-unknown-page')).toEqual([
      `${FR2}:20: error: link "phase-1-preparation.md" leads to no page or section of the guide in French`,
    ]);
    expect(problemsOf('link-unknown-page')[0]?.fix).toBe(
      'did you mean "phase-1-prepare.md"? Otherwise, link a phase by its file name (phase-2-prepare-for-migration.md), a section by its id (migration-process.md), with #anchor if needed',
    );
  });

  it('reports a link to a section id that no page declares', () => {
    expect(messagesOf('link-unknown-section')).toEqual([
      `${FR2}:15: error: link "check-the-dns.md" leads to no page or section of the guide in French`,
    ]);
  });

  it('reports a link to an anchor that the target page does not have', () => {
    expect(messagesOf('link-unknown-anchor')).toEqual([
      `${FR2}:20: error: link "phase-1-prepare.md#check-the-dns": page "phase-1-prepare" has no anchor "check-the-dns" (did you mean "check-dns"?)`,
    ]);
  });

  it('reports a link to an anchor of the same page that does not exist', () => {
    expect(messagesOf('link-unknown-same-page-anchor')).toEqual([
      `${FR2}:24: error: link "#verifier-le-resultat": this page has no anchor "verifier-le-resultat" (did you mean "vérifier-le-résultat"?)`,
    ]);
  });

  it('reports an absolute link, which breaks under a base path, with the file-name form to use', () => {
    expect(messagesOf('link-absolute')).toEqual([
      `${FR2}:20: error: link "/fr/phase-1-prepare/" is an absolute path, which breaks when the site is served under a base path (BASE_PATH)`,
    ]);
    expect(problemsOf('link-absolute')[0]?.fix).toBe('link the page by its file name: "phase-1-prepare.md"');
  });

  it('reports a link from a French page into the English version', () => {
    expect(messagesOf('link-other-language')).toEqual([
      `${FR2}:20: error: link "../en/phase-1-prepare.md" leads into the English version of the guide, from a French page`,
    ]);
  });

  it('checks the links of checklist texts, at the line of their field', () => {
    expect(messagesOf('link-in-frontmatter')).toEqual([
      `${FR1}:14: error: link "glossary.md#pools": page "glossary" has no anchor "pools" (did you mean "pool"?)`,
    ]);
    expect(problemsOf('link-in-frontmatter')[0]?.field).toBe('checklist.0.items.0.label');
  });

  it('checks the links of glossary definitions', () => {
    expect(messagesOf('link-in-glossary')).toEqual([
      'content/glossary/fr.yaml:4: error: link "phase-3-verify.md" leads to no page or section of the guide in French',
    ]);
  });

  it('reports an image file that does not exist', () => {
    expect(messagesOf('link-image-missing')).toEqual([
      `${FR1}:27: error: image "../../images/pool.png" does not exist`,
    ]);
  });
});
