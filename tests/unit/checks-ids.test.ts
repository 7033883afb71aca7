import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const file = (lang: string, slug: string) => `content/phases/${lang}/${slug}.mdx`;

describe('content checks: checklist ids and anchors', () => {
  it('reports a malformed id with the expected form', () => {
    expect(messagesOf('checklist-id-malformed')).toEqual(
      ['en', 'fr'].map(
        (lang) =>
          `${file(lang, 'phase-1-prepare')}:17: error: checklist.0.items.1.id: expected the item id in kebab-case: lowercase letters and digits joined by single hyphens, such as "p2-apply-updates"`,
      ),
    );
  });

  it('reports an id repeated within a document at both places', () => {
    expect(messagesOf('checklist-id-duplicate-in-document')).toEqual(
      ['en', 'fr'].flatMap((lang) => [
        `${file(lang, 'phase-1-prepare')}:13: error: checklist id "p1-check-dns" is also used at line 17 (checklist.0.items.1.id)`,
        `${file(lang, 'phase-1-prepare')}:17: error: checklist id "p1-check-dns" is also used at line 13 (checklist.0.items.0.id)`,
      ]),
    );
  });

  it('reports an id repeated across documents, naming both files', () => {
    expect(messagesOf('checklist-id-duplicate-across-documents')).toEqual(
      ['en', 'fr'].flatMap((lang) => [
        `${file(lang, 'phase-1-prepare')}:17: error: checklist id "p1-back-up" is also used at ${file(lang, 'phase-2-migrate')}:14 (checklist.0.items.0.id)`,
        `${file(lang, 'phase-2-migrate')}:14: error: checklist id "p1-back-up" is also used at ${file(lang, 'phase-1-prepare')}:17 (checklist.0.items.1.id)`,
      ]),
    );
  });

  it('reports an anchor given both to a section and to a checklist group', () => {
    expect(messagesOf('anchor-used-twice')).toEqual(
      ['en', 'fr'].map(
        (lang) =>
          `${file(lang, 'phase-1-prepare')}:36: error: anchor "p1-prepare" of this section is already the anchor of the checklist group at line 10; links to it reach only one of them`,
      ),
    );
  });

  it('reports a section id declared in two documents', () => {
    expect(messagesOf('section-id-declared-twice')).toEqual(
      ['en', 'fr'].map(
        (lang) =>
          `${file(lang, 'phase-2-migrate')}:22: error: section id "check-dns" is also declared in ${file(lang, 'phase-1-prepare')}:25, so a link "check-dns.md" leads to only one of them`,
      ),
    );
  });
});
