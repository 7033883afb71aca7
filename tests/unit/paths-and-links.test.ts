import { describe, expect, it } from 'vitest';
import { contentDir, contentDirLabel } from '../../src/content-dir.ts';
import { langs } from '../../src/i18n/locales.ts';
import { linkTargets, readGuide } from '../../src/content-model/site-map.ts';
import { GUIDE_PAGES } from '../../src/content-model/site-pages.ts';
import { splitHeadingId } from '../../src/markdown/heading-ids.ts';
import { isDocumentLink, resolveLink, type LinkTargets } from '../../src/markdown/link-targets.ts';
import { assetPath, normalizeBase, pageOfPathname, pagePath } from '../../src/utils/paths.ts';

describe('base path and page URLs', () => {
  it('normalises the base path with a leading and trailing slash', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('guides/lync')).toBe('/guides/lync/');
    expect(normalizeBase('/guides/lync/')).toBe('/guides/lync/');
  });

  it('builds page URLs ending with a slash, under the base', () => {
    expect(pagePath('/', 'fr')).toBe('/fr/');
    expect(pagePath('/guides/lync/', 'en', 'phase-2-prepare-for-migration')).toBe(
      '/guides/lync/en/phase-2-prepare-for-migration/',
    );
    expect(pagePath('/g/', 'en', 'glossary', 'pool')).toBe('/g/en/glossary/#pool');
    expect(assetPath('/g/', '/favicon.svg')).toBe('/g/favicon.svg');
  });

  it('finds the language and page of a pathname', () => {
    expect(pageOfPathname('/g/', '/g/en/phase-2/')).toEqual({ lang: 'en', page: 'phase-2' });
    expect(pageOfPathname('/g/', '/g/fr/')).toEqual({ lang: 'fr', page: '' });
    expect(pageOfPathname('/g/', '/other/fr/')).toBeUndefined();
  });
});

describe('links between documents', () => {
  const targets: LinkTargets = {
    pages: new Set(['phase-2-prepare-for-migration', 'glossary']),
    sections: new Map([['apply-lync-server-2010-updates', 'phase-2-prepare-for-migration']]),
  };

  it('leaves external links, same-page anchors and absolute paths alone', () => {
    for (const href of ['https://example.org', 'mailto:a@b.c', '#section', '/fr/x/']) {
      expect(isDocumentLink(href)).toBe(false);
      expect(resolveLink(href, 'fr', '/', targets)).toEqual({ kind: 'unchanged' });
    }
  });

  it('resolves a phase written as in the original document, with or without an anchor', () => {
    expect(resolveLink('phase-2-prepare-for-migration.md', 'fr', '/g/', targets)).toMatchObject({
      kind: 'resolved',
      href: '/g/fr/phase-2-prepare-for-migration/',
    });
    expect(resolveLink('phase-2-prepare-for-migration.md#x', 'en', '/', targets)).toMatchObject({
      href: '/en/phase-2-prepare-for-migration/#x',
    });
  });

  it('resolves an original sub-page to its section in the page that holds it', () => {
    expect(resolveLink('apply-lync-server-2010-updates.md', 'en', '/', targets)).toMatchObject({
      href: '/en/phase-2-prepare-for-migration/#apply-lync-server-2010-updates',
    });
  });

  it('resolves the guide pages and reports unknown targets', () => {
    expect(resolveLink('glossary.md#pool', 'fr', '/', targets)).toMatchObject({ href: '/fr/glossary/#pool' });
    expect(resolveLink('no-such-page.md', 'fr', '/', targets)).toEqual({ kind: 'unknown', target: 'no-such-page.md' });
    expect(resolveLink('../en/phase-2-prepare-for-migration.md', 'fr', '/', targets)).toEqual({
      kind: 'unknown',
      target: '../en/phase-2-prepare-for-migration.md',
    });
  });
});

describe('explicit section ids', () => {
  it('splits the escaped and the plain forms', () => {
    expect(splitHeadingId('Migration process \\{#migration-process\\}')).toEqual({
      text: 'Migration process',
      id: 'migration-process',
    });
    expect(splitHeadingId('Migration process {#migration-process}')).toEqual({
      text: 'Migration process',
      id: 'migration-process',
    });
    expect(splitHeadingId('No id here')).toEqual({ text: 'No id here', id: undefined });
  });
});

describe('the link targets of the site map', () => {
  it('are the guide’s pages and its explicit section ids, each with the page that holds it', () => {
    const dir = contentDir();
    const { source } = readGuide(dir, contentDirLabel(dir));
    for (const lang of langs) {
      const targets = linkTargets(source, lang);
      const documents = source.phases.filter((document) => document.lang === lang);
      expect([...targets.pages].sort()).toEqual(
        [...new Set([...GUIDE_PAGES, ...documents.map((document) => document.slug)])].sort(),
      );
      for (const document of documents) {
        for (const heading of document.headings.filter((candidate) => candidate.explicit))
          expect(targets.sections.get(heading.id)).toBe(document.slug);
      }
    }
  }, 60_000); // parses the whole guide

  it('is parsed once and parsed again only when a file of the guide changes', () => {
    const dir = contentDir();
    expect(readGuide(dir)).toBe(readGuide(dir));
  }, 60_000);
});
