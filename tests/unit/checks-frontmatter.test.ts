import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const FR1 = 'content/phases/fr/phase-1-prepare.mdx';

describe('content checks: frontmatter', () => {
  it('finds no problem in the valid guide', () => {
    expect(messagesOf('valid')).toEqual([]);
  });

  it('reports a missing field with its name and what it holds', () => {
    expect(messagesOf('frontmatter-missing-field')).toEqual([
      `${FR1}:2: error: missing field "summary": expected the summary as text`,
    ]);
    expect(problemsOf('frontmatter-missing-field')[0]).toMatchObject({
      field: 'summary',
      fix: 'add "summary:" with its value (see content/README.md)',
    });
  });

  it('reports a field of the wrong type at its line', () => {
    expect(messagesOf('frontmatter-wrong-type')).toEqual([
      `${FR1}:4: error: phase: expected the phase number: 0 for "before you begin", then 1, 2, ...`,
    ]);
  });

  it('reports a value in the wrong form with the accepted forms', () => {
    expect(messagesOf('frontmatter-wrong-format')).toEqual([
      `${FR1}:6: error: duration: expected a duration such as "45min", "2h" or "1h30min", got "30 minutes"`,
    ]);
  });

  it('reports a phase duration that is not the sum of its items’ durations', () => {
    expect(messagesOf('frontmatter-duration-not-sum')).toEqual([
      `${FR1}:6: error: duration: 1h is not the sum of the checklist items' durations, 30min`,
    ]);
    expect(problemsOf('frontmatter-duration-not-sum')[0]?.fix).toBe(
      'write "duration: 30min", or correct the items\' durations',
    );
  });

  it('reports a guide name and version in the wrong form, at their lines in guide.yaml', () => {
    expect(messagesOf('guide-file-wrong')).toEqual([
      'content/guide.yaml:1: error: expected the guide name (name) in kebab-case: lowercase letters and digits joined by single hyphens, such as "p2-apply-updates"',
      'content/guide.yaml:2: error: expected a version of letters, digits, dots and hyphens, such as "1.0.0" or "2026.11"',
    ]);
  });

  it('reports an unknown field at its line, with the allowed fields', () => {
    expect(messagesOf('frontmatter-unknown-field')).toEqual([
      `${FR1}:9: error: unknown field(s) author; allowed: title, navTitle, phase, summary, duration, roles, prerequisites, tools, runsOn, updated, checklist`,
    ]);
  });

  it('reports a role outside the vocabulary and suggests the closest one', () => {
    expect(messagesOf('frontmatter-unknown-role')).toEqual([
      `${FR1}:15: error: checklist.0.items.0.role: unknown role "dns-admn"; expected one of: lync-admin, dns-admin (see content/roles.yaml)`,
    ]);
    expect(problemsOf('frontmatter-unknown-role')[0]?.fix).toBe(
      'use one of the role ids of content/roles.yaml (did you mean "dns-admin"?), or add the role there',
    );
  });

  it('reports a phase number used twice, in both documents of each language', () => {
    const fileOf = (lang: string, slug: string) => `content/phases/${lang}/${slug}.mdx`;
    expect(messagesOf('frontmatter-phase-used-twice')).toEqual(
      ['en', 'fr'].flatMap((lang) => [
        `${fileOf(lang, 'phase-1-prepare')}:4: error: phase number 1 is also used by ${fileOf(lang, 'phase-3-verify')}`,
        `${fileOf(lang, 'phase-3-verify')}:4: error: phase number 1 is also used by ${fileOf(lang, 'phase-1-prepare')}`,
      ]),
    );
  });

  it('reports a YAML syntax error at its line, with the usual fix for a colon in a value', () => {
    expect(messagesOf('frontmatter-yaml-syntax')).toEqual([
      `${FR1}:2: error: YAML syntax: Nested mappings are not allowed in compact mappings`,
    ]);
    expect(problemsOf('frontmatter-yaml-syntax')[0]?.fix).toBe(
      'put the value in double quotes: in YAML, a colon followed by a space starts a new field',
    );
  });
});
