import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/checks/format.ts';
import { contentOf, messagesOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const file = (lang: string, slug: string) => `content/phases/${lang}/${slug}.mdx`;

describe('content checks: the report', () => {
  it('reports every problem of a guide with several, across files and rules, in one run', () => {
    expect(messagesOf('several-problems')).toEqual([
      `${file('en', 'phase-2-migrate')}:8: error: prerequisites differ from the French version (${file('fr', 'phase-2-migrate')}): missing here: phase-1-prepar; not in the French version: phase-1-prepare`,
      `${file('en', 'phase-2-migrate')}:14: error: checklist ids differ from the French version (${file('fr', 'phase-2-migrate')}): missing here: p2-move-users; not in the French version: p2-move-user`,
      `${file('en', 'phase-3-verify')}: error: no French version: ${file('fr', 'phase-3-verify')} does not exist`,
      `${file('fr', 'phase-1-prepare')}:2: error: missing field "summary": expected the summary as text`,
      `${file('fr', 'phase-1-prepare')}:14: error: checklist.0.items.0.role: unknown role "dns-admn"; expected one of: lync-admin, dns-admin (see content/roles.yaml)`,
      `${file('fr', 'phase-1-prepare')}:26: error: image "../../images/pool.svg" has no alternative text`,
      `${file('fr', 'phase-1-prepare')}:31: error: a code block does not name its language`,
      `${file('fr', 'phase-2-migrate')}:8: error: prerequisite "phase-1-prepar" is not a phase of the guide (did you mean "phase-1-prepare"?)`,
      `${file('fr', 'phase-2-migrate')}:20: error: link "/fr/phase-1-prepare/" is an absolute path, which breaks when the site is served under a base path (BASE_PATH)`,
      `${file('fr', 'phase-2-migrate')}:30: error: unknown component <CheckList> (did you mean "Checklist"?)`,
    ]);
  });

  it('prints a problem as file:line: severity: message, with its fix below', () => {
    const problem = {
      severity: 'error',
      file: 'content/home/fr.mdx',
      line: 12,
      message: 'the message',
      fix: 'the fix',
    } as const;
    expect(formatProblem(problem)).toBe('content/home/fr.mdx:12: error: the message\n    fix: the fix');
    expect(formatProblem({ severity: 'warning', file: 'content/home/fr.mdx', message: 'm', fix: 'f' })).toBe(
      'content/home/fr.mdx: warning: m\n    fix: f',
    );
  });

  it('ends with a summary of errors, warnings and files', () => {
    const problems = [
      { severity: 'error', file: 'a.mdx', line: 1, message: 'm', fix: 'f' },
      { severity: 'warning', file: 'b.mdx', message: 'm', fix: 'f' },
    ] as const;
    expect(formatReport({ problems, fileCount: 9 }).split('\n').at(-1)).toBe(
      'Content checks: 1 error and 1 warning in 2 files (9 files checked).',
    );
    expect(formatReport({ problems: [], fileCount: 9 })).toBe('Content checks: no problems in 9 files.');
  });
});

describe('npm run check (scripts/check.ts)', () => {
  const run = (contentDir?: string) => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', ...(contentDir ? [contentDir] : [])], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('passes on the guide’s own content', () => {
    const { status, output } = run();
    expect(output).toMatch(/^Content checks: (no problems|0 errors)/m);
    expect(status).toBe(0);
  });

  it('fails with exit code 1 and lists the problems when there are errors', () => {
    const { status, output } = run(contentOf('mdx-code-without-language'));
    expect(status).toBe(1);
    expect(output).toMatch(
      /phases\/fr\/phase-1-prepare\.mdx:32: error: a code block does not name its language\n {4}fix: /,
    );
    expect(output.trim().split('\n').at(-1)).toBe(
      'Content checks: 1 error and 0 warnings in 1 file (11 files checked).',
    );
  });

  it('passes with exit code 0 when there are only warnings', () => {
    const { status, output } = run(contentOf('translation-outdated'));
    expect(status).toBe(0);
    expect(output).toContain(': warning: this translation may be out of date');
  });
});
