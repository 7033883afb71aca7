import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const file = (lang: string, slug: string) => `content/phases/${lang}/${slug}.mdx`;
const inBothLanguages = (message: (lang: string) => string[]) => ['en', 'fr'].flatMap(message);

describe('content checks: prerequisites', () => {
  it('reports an unknown slug and suggests the closest phase', () => {
    expect(messagesOf('prerequisite-unknown')).toEqual(
      inBothLanguages((lang) => [
        `${file(lang, 'phase-2-migrate')}:8: error: prerequisite "phase-1-prepar" is not a phase of the guide (did you mean "phase-1-prepare"?)`,
      ]),
    );
  });

  it('reports a phase that requires itself', () => {
    expect(messagesOf('prerequisite-itself')).toEqual(
      inBothLanguages((lang) => [
        `${file(lang, 'phase-2-migrate')}:8: error: the phase lists itself as a prerequisite`,
      ]),
    );
  });

  it('reports a phase that requires a later phase', () => {
    expect(messagesOf('prerequisite-later-phase')).toEqual(
      inBothLanguages((lang) => [
        `${file(lang, 'phase-1-prepare')}:8: error: prerequisite "phase-2-migrate" is phase 2, which does not come before this phase (1)`,
      ]),
    );
  });

  it('reports a cycle once, as a whole', () => {
    expect(messagesOf('prerequisite-cycle')).toEqual(
      inBothLanguages((lang) => [
        `${file(lang, 'phase-1-prepare')}:8: error: prerequisite "phase-2-migrate" is phase 2, which does not come before this phase (1)`,
        `${file(lang, 'phase-1-prepare')}:8: error: prerequisites form a cycle: phase-1-prepare → phase-2-migrate → phase-1-prepare`,
      ]),
    );
  });
});
