import { afterAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/checks/index.ts';
import { newerVersion } from '../../src/utils/translations.ts';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

describe('content checks: outdated translations', () => {
  it('warns, without an error, when a version is older than the other language’s', () => {
    expect(messagesOf('translation-outdated')).toEqual([
      'content/phases/en/phase-1-prepare.mdx:8: warning: this translation may be out of date: updated 2026-11-02, but the French version (content/phases/fr/phase-1-prepare.mdx) was updated 2026-11-25; the page says so to its readers',
    ]);
    expect(hasErrors({ problems: problemsOf('translation-outdated') })).toBe(false);
  });
});

describe('the newer version of a page', () => {
  const days = (entries: [string, string][]) => new Map(entries);

  it('is the other language when it was updated later', () => {
    expect(
      newerVersion(
        'en',
        days([
          ['fr', '2026-11-25'],
          ['en', '2026-11-02'],
        ]),
      ),
    ).toBe('fr');
  });

  it('is none for the latest version, or on the same day', () => {
    expect(
      newerVersion(
        'fr',
        days([
          ['fr', '2026-11-25'],
          ['en', '2026-11-02'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      newerVersion(
        'en',
        days([
          ['fr', '2026-11-25'],
          ['en', '2026-11-25'],
        ]),
      ),
    ).toBeUndefined();
  });

  it('is the latest of several newer versions', () => {
    expect(
      newerVersion(
        'de',
        days([
          ['fr', '2026-11-20'],
          ['en', '2026-11-25'],
          ['de', '2026-11-01'],
        ]),
      ),
    ).toBe('en');
  });

  it('is none when the page has no date', () => {
    expect(newerVersion('en', days([['fr', '2026-11-25']]))).toBeUndefined();
  });
});
