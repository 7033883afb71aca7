import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readChangelogFile } from '../../src/content-model/changelog-file.ts';
import { changelogSchema } from '../../src/schemas/changelog.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function guideWith(changelog: string, version = '1.1.0'): string {
  const dir = mkdtempSync(join(tmpdir(), 'changelog-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'guide.yaml'), `name: my-guide\nversion: ${version}\n`);
  writeFileSync(join(dir, 'changelog.yaml'), changelog);
  return dir;
}

const TWO_EDITIONS = `- version: 1.1.0
  date: 2026-12-01
  changes:
    fr: [Ajout de la phase 9.]
    en: [Phase 9 added.]
- version: 1.0.0
  date: 2026-11-01
  changes:
    fr: [Première édition.]
    en: [First edition.]
`;

const where = (dir: string) =>
  readChangelogFile(dir, 'content').problems.map(
    (problem) => `${problem.file}:${problem.line} ${problem.field}: ${problem.message}`,
  );

describe('changelog', () => {
  it('reads the editions newest first, with their dates and changes in every language', () => {
    const { changelog, problems } = readChangelogFile(guideWith(TWO_EDITIONS));
    expect(problems).toEqual([]);
    expect(changelog?.map((edition) => [edition.version, edition.date, edition.changes['en']])).toEqual([
      ['1.1.0', '2026-12-01', ['Phase 9 added.']],
      ['1.0.0', '2026-11-01', ['First edition.']],
    ]);
  });

  it('has no changelog, and no problem, when the guide has no file', () => {
    const dir = guideWith('');
    rmSync(join(dir, 'changelog.yaml'));
    expect(readChangelogFile(dir)).toEqual({ problems: [] });
  });

  it('names the file, line and field of an edition missing a language', () => {
    expect(where(guideWith(TWO_EDITIONS.replace('    en: [Phase 9 added.]\n', '')))).toEqual([
      'content/changelog.yaml:3 0.changes.en: expected the list of changes in en',
    ]);
  });

  it('refuses a date that is not a day of the calendar', () => {
    expect(where(guideWith(TWO_EDITIONS.replace('2026-12-01', '2026-13-01')))).toEqual([
      'content/changelog.yaml:2 0.date: expected a date as YYYY-MM-DD, such as 2026-11-25, got "2026-13-01"',
    ]);
  });

  it('refuses editions out of order and a version listed twice', () => {
    const swapped = TWO_EDITIONS.replace('2026-11-01', '2026-12-24').replace('version: 1.0.0', 'version: 1.1.0');
    expect(where(guideWith(swapped))).toEqual([
      'content/changelog.yaml:6 1.version: the version "1.1.0" is listed twice',
      'content/changelog.yaml:7 1.date: the editions must be listed newest first: 1.1.0 (2026-12-24) is dated after 1.1.0 (2026-12-01) above it',
    ]);
  });

  it('requires the newest edition to be the version of guide.yaml', () => {
    const problems = readChangelogFile(guideWith(TWO_EDITIONS, '1.2.0'), 'content').problems;
    expect(problems.map((problem) => [problem.line, problem.field, problem.message])).toEqual([
      [1, '0.version', 'the newest edition is "1.1.0" but guide.yaml says the guide\'s version is "1.2.0"'],
    ]);
    expect(problems[0]?.fix).toContain('add the edition "1.2.0" at the top of changelog.yaml');
  });

  it('refuses an unknown field, with the allowed ones', () => {
    const result = changelogSchema.safeParse([
      { version: '1.0.0', date: '2026-11-01', changes: { fr: ['a'], en: ['b'] }, author: 'x' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s) author; allowed: version, date, changes');
  });
});
