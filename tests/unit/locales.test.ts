/**
 * Adding a language is what src/i18n/locales.ts says it is: an entry in the table (and its dictionary),
 * then the guide's documents in it. Here a pseudo-language `xx` is added to the table, and a guide written
 * in fr, en and xx goes through the content checks and the site map with no other change.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { LocaleInfo } from '../../src/i18n/locales.ts';

vi.mock('../../src/i18n/locales.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/locales.ts')>();
  const pseudo: LocaleInfo = {
    label: 'Pseudo',
    englishName: 'Pseudo-language',
    htmlLang: 'en-XA',
    intl: 'en-GB',
    punctuation: 'plain',
    stopWords: ['zz'],
    dictionary: real.locales.en.dictionary,
  };
  (real.locales as Record<string, LocaleInfo>)['xx'] = pseudo;
  return { ...real, langs: [...real.langs, 'xx'] };
});

const { checkContent } = await import('../../src/checks/index.ts');
const { linkTargets, readGuide, sitePages } = await import('../../src/content-model/site-map.ts');
const { allStopWords, isLang, langFromPath } = await import('../../src/i18n/locales.ts');
const { contentOf, removeFixtures } = await import('./checks-fixtures.ts');

afterAll(removeFixtures);

/** The valid fixture guide, with every English file copied as the pseudo-language's. */
function guideInThreeLanguages(): string {
  const dir = contentOf('valid');
  mkdirSync(join(dir, 'phases', 'xx'));
  for (const name of readdirSync(join(dir, 'phases', 'en')))
    copyFileSync(join(dir, 'phases', 'en', name), join(dir, 'phases', 'xx', name));
  cpSync(join(dir, 'home', 'en.mdx'), join(dir, 'home', 'xx.mdx'));
  cpSync(join(dir, 'glossary', 'en.yaml'), join(dir, 'glossary', 'xx.yaml'));
  const roles = readFileSync(join(dir, 'roles.yaml'), 'utf8').replace(/^(\s+)en: (.*)$/gm, '$1en: $2\n$1xx: $2 (xx)');
  writeFileSync(join(dir, 'roles.yaml'), roles);
  return dir;
}

describe('a language added to the locale table', () => {
  it('is a language of the site: paths, names and search stop words come from its entry', () => {
    expect(isLang('xx')).toBe(true);
    expect(langFromPath('content/phases/xx/phase-1-prepare.mdx')).toBe('xx');
    expect(allStopWords()).toContain('zz');
  });

  it('has its documents checked and mapped like the others, with no other change', () => {
    const dir = guideInThreeLanguages();
    expect(checkContent({ contentDir: dir, label: 'content' }).problems).toEqual([]);
    const { source } = readGuide(dir, 'content');
    const pages = sitePages(source).filter((page) => page.lang === 'xx');
    expect(pages.map((page) => page.page).sort()).toEqual(['', 'glossary', 'phase-1-prepare', 'phase-2-migrate']);
    expect(linkTargets(source, 'xx').sections).toEqual(linkTargets(source, 'en').sections);
  });

  it('is named by its entry in the checks’ messages when a document is missing in it', () => {
    const dir = guideInThreeLanguages();
    rmSync(join(dir, 'phases', 'xx', 'phase-2-migrate.mdx'));
    const messages = checkContent({ contentDir: dir, label: 'content' }).problems.map((problem) => problem.message);
    expect(messages.some((message) => message.includes('Pseudo-language'))).toBe(true);
  });
});
