import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const file = (lang: string, slug: string) => `content/phases/${lang}/${slug}.mdx`;

describe('content checks: the two languages', () => {
  it('reports a document present in one language only', () => {
    expect(messagesOf('language-missing-document')).toEqual([
      `${file('fr', 'phase-3-verify')}: error: no English version: ${file('en', 'phase-3-verify')} does not exist`,
    ]);
    expect(problemsOf('language-missing-document')[0]?.fix).toBe(
      `translate this document into ${file('en', 'phase-3-verify')} (same file name in every language), or delete it in every language`,
    );
  });

  it('lists the checklist ids that differ between the versions', () => {
    expect(messagesOf('language-checklist-ids-differ')).toEqual([
      `${file('en', 'phase-1-prepare')}:17: error: checklist ids differ from the French version (${file('fr', 'phase-1-prepare')}): missing here: p1-back-up; not in the French version: p1-backup`,
    ]);
  });

  it('reports a phase number that differs between the versions', () => {
    expect(messagesOf('language-phase-differs')).toEqual([
      `${file('en', 'phase-2-migrate')}:4: error: phase is 3 here but 2 in the French version (${file('fr', 'phase-2-migrate')})`,
    ]);
  });

  it('lists the prerequisites that differ between the versions', () => {
    expect(messagesOf('language-prerequisites-differ')).toEqual([
      `${file('en', 'phase-2-migrate')}:2: error: prerequisites differ from the French version (${file('fr', 'phase-2-migrate')}): missing here: phase-1-prepare`,
    ]);
  });

  it('reports an item whose wait differs between the versions, or exists in one only', () => {
    const fr = (slug: string) => `the French version (${file('fr', slug)})`;
    expect(messagesOf('language-waits-differ')).toEqual([
      `${file('en', 'phase-1-prepare')}:17: error: item p1-check-dns waits 2h here but 1h in ${fr('phase-1-prepare')}`,
      `${file('en', 'phase-1-prepare')}:22: error: item p1-back-up waits 30min here but none in ${fr('phase-1-prepare')}`,
      `${file('en', 'phase-2-migrate')}:10: error: item p2-move-users has no wait here but waits 3h in ${fr('phase-2-migrate')}`,
    ]);
  });

  it('lists the section ids that differ between the versions', () => {
    expect(messagesOf('language-section-ids-differ')).toEqual([
      `${file('en', 'phase-2-migrate')}:22: error: section ids differ from the French version (${file('fr', 'phase-2-migrate')}): missing here: move-users; not in the French version: move-the-users`,
    ]);
  });
});
