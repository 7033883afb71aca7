/**
 * Speakable step numbers, steps placed in the sections they verify, and change windows: the pure logic
 * (src/steps/) and the content checks that keep the text, the checklist and the windows in agreement, run
 * on copies of the example guide with one mistake each.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/index.ts';
import { parseMdx } from '../../src/checks/mdx-source.ts';
import { stepWords } from '../../src/checks/steps.ts';
import { windowMarkPositions } from '../../src/markdown/remark-window-marks.ts';
import { windowsSchema } from '../../src/schemas/windows.ts';
import { lastStepNumber, referencedNumbers, stepNumbers, stepReferences } from '../../src/steps/numbers.ts';
import { checklistPlacements, placedItems, unplacedParts } from '../../src/steps/placements.ts';
import { windowItems, windowsOf } from '../../src/steps/windows.ts';

const checklist = [
  { id: 'prepare', items: [{ id: 'a' }, { id: 'b' }] },
  { id: 'cut-over', window: 'edge', items: [{ id: 'c' }, { id: 'd' }, { id: 'e' }] },
];

describe('step numbers', () => {
  it('numbers every step <phase>.<n> across the groups, in the order of the frontmatter', () => {
    expect([...stepNumbers(6, checklist)]).toEqual([
      ['a', '6.1'],
      ['b', '6.2'],
      ['c', '6.3'],
      ['d', '6.4'],
      ['e', '6.5'],
    ]);
    expect(lastStepNumber(6, checklist)).toBe('6.5');
    expect(lastStepNumber(6, [])).toBeUndefined();
  });

  it('reads the step numbers a French or English text refers to, ranges expanded', () => {
    const fr = stepWords('fr');
    const en = stepWords('en');
    expect(referencedNumbers(stepReferences('Étape 6.12 : désactiver la fédération', fr))).toEqual(['6.12']);
    expect(referencedNumbers(stepReferences('les étapes 6.3 à 6.5 et 6.9 se font ensemble', fr))).toEqual([
      '6.3',
      '6.4',
      '6.5',
      '6.9',
    ]);
    expect(referencedNumbers(stepReferences('after steps 6.1, 6.2 and 6.10.', en))).toEqual(['6.1', '6.2', '6.10']);
    expect(referencedNumbers(stepReferences('Steps 2.1 to 2.3: the window', en))).toEqual(['2.1', '2.2', '2.3']);
  });

  it('leaves alone numbers that are not step numbers: a wizard’s "step 2", a version, a word ending in "step"', () => {
    const en = stepWords('en');
    expect(stepReferences('Rerun Step 2: Install or Remove Lync Server Components', en)).toEqual([]);
    expect(stepReferences('PostgreSQL 17.2 and footstep 6.1', en)).toEqual([]);
    expect(stepReferences('see step 6.10.2 of the vendor', en)).toEqual([]);
  });
});

describe('placement of steps', () => {
  const tree = (body: string) => {
    const parsed = parseMdx(body, 'doc.mdx');
    if (!('tree' in parsed)) throw new Error(parsed.error.message);
    return parsed.tree;
  };

  it('reads where the document places whole groups and parts of groups, in reading order', () => {
    const placements = checklistPlacements(
      tree(
        '## One\n\n<Checklist group="prepare" />\n\n## Two\n\n<Checklist group="cut-over" items={[\'d\', \'c\']} />\n',
      ),
    );
    expect(placements).toEqual([
      { group: 'prepare', items: undefined, line: 3 },
      { group: 'cut-over', items: ['d', 'c'], line: 7 },
    ]);
    // A part shows its items in the order of the frontmatter, whatever the order written.
    expect(placedItems(placements[1]!, checklist)).toEqual(['c', 'd']);
  });

  it('keeps the steps placed nowhere for the end of the page, group by group', () => {
    const placements = checklistPlacements(tree('<Checklist group="cut-over" items={[\'d\']} />\n'));
    expect(unplacedParts(checklist, placements).map((part) => [part.group.id, part.items])).toEqual([
      ['prepare', ['a', 'b']],
      ['cut-over', ['c', 'e']],
    ]);
    expect(unplacedParts(checklist, checklistPlacements(tree('<Checklist />\n')))).toEqual([]);
  });

  it('opens a window before the heading of the section holding its first step and closes it after its last', () => {
    const doc = tree(
      '## Prepare\n\n<Checklist group="prepare" />\n\n## Cut over\n\nText.\n\n<Checklist group="cut-over" items={[\'c\']} />\n\n## Check\n\n<Checklist group="cut-over" items={[\'d\', \'e\']} />\n\n## After\n',
    );
    const { before, after } = windowMarkPositions(doc, checklist);
    expect([...before].map(([node, windows]) => [node.position?.start.line, windows])).toEqual([[5, ['edge']]]);
    expect([...after].map(([node, windows]) => [node.position?.start.line, windows])).toEqual([[13, ['edge']]]);
    expect(windowsOf(checklist)).toEqual(['edge']);
    expect(windowItems(checklist, 'edge')).toEqual(['c', 'd', 'e']);
  });
});

describe('the windows file', () => {
  const valid = {
    windows: [
      {
        id: 'edge-cut-over',
        fr: { title: 'Bascule Edge', outage: 'Fédération coupée 2 heures.' },
        en: { title: 'Edge cut-over', outage: 'Federation down for 2 hours.' },
      },
    ],
  };

  it('accepts windows with an id and, in every language, a title and an expected outage', () => {
    expect(windowsSchema.safeParse(valid).success).toBe(true);
  });

  it('says which field is missing or wrong, and refuses a repeated id', () => {
    const messages = (data: unknown) => {
      const result = windowsSchema.safeParse(data);
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(messages({ windows: [{ id: 'edge', fr: valid.windows[0]!.fr }] })).toEqual([
      'windows.0.en: expected { title: …, outage: … }: the window’s title and its expected outage in this language',
    ]);
    expect(messages({ windows: [{ ...valid.windows[0], en: { title: 'Edge' } }] })[0]).toMatch(
      /^windows\.0\.en\.outage: expected the expected outage \(outage\)/,
    );
    expect(messages({ windows: [{ ...valid.windows[0], id: 'Edge Cut' }] })[0]).toMatch(
      /^windows\.0\.id: expected the window id in kebab-case/,
    );
    expect(messages({ windows: [valid.windows[0], valid.windows[0]] })).toEqual([
      'windows.1.id: duplicate window id "edge-cut-over", already used by windows.0',
    ]);
    expect(messages({ windows: [{ ...valid.windows[0], start: '22:00' }] })).toEqual([
      'windows.0: unknown field(s) start; a window has id and, in every language (fr, en), title and outage',
    ]);
  });
});

describe('content checks of steps and windows', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  /** The example guide with edits: file (relative to the guide) → function of its text. */
  function problemsWith(edits: Record<string, (text: string) => string>): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'steps-'));
    made.push(dir);
    cpSync('examples/postgresql-upgrade', dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    }
    return checkContent({ contentDir: dir, label: 'content' }).problems.map(
      (problem) => `${problem.file}:${problem.line ?? ''}: ${problem.severity}: ${problem.message}`,
    );
  }
  const phase2 = (lang: string) => `phases/${lang}/phase-2-upgrade-the-cluster.mdx`;

  it('finds nothing wrong in the example guide', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('reports a heading whose step number is not the step placed under it, with its file and line', () => {
    expect(problemsWith({ [phase2('en')]: (text) => text.replace('## Step 2.2: Run', '## Step 2.3: Run') })).toEqual([
      'content/phases/en/phase-2-upgrade-the-cluster.mdx:47: error: the heading names step 2.3, but its section holds step 2.2: the text and the checklist number the procedure differently',
    ]);
  });

  it('reports a step heading whose section places no step', () => {
    const problems = problemsWith({
      [phase2('fr')]: (text) =>
        text
          .replace('<Checklist group="pg2-upgrade" items={[\'pg2-run-upgrade\']} />', '')
          .replace("items={['pg2-check-new-cluster']}", "items={['pg2-run-upgrade', 'pg2-check-new-cluster']}"),
    });
    expect(problems).toContain(
      'content/phases/fr/phase-2-upgrade-the-cluster.mdx:47: error: the heading names step 2.2, but no checklist step is placed in its section: the text and the checklist number the procedure differently',
    );
  });

  it('reports a reference in the text to a step that does not exist, in this phase or another', () => {
    const problems = problemsWith({
      'phases/fr/phase-3-verify-and-clean-up.mdx': (text) => text.replace('l’étape 2.3 validée', 'l’étape 2.7 validée'),
    });
    expect(problems).toEqual([
      'content/phases/fr/phase-3-verify-and-clean-up.mdx:39: error: "2.7" names no step: phase 2 has steps 2.1 to 2.3',
    ]);
  });

  it('reports a part naming an item of another group, and a step placed twice', () => {
    const problems = problemsWith({
      [phase2('en')]: (text) =>
        text
          .replace("items={['pg2-stop-applications']}", "items={['pg2-stop-aplications']}")
          .replace("items={['pg2-check-new-cluster']}", "items={['pg2-check-new-cluster', 'pg2-run-upgrade']}"),
    });
    expect(problems).toContain(
      'content/phases/en/phase-2-upgrade-the-cluster.mdx:45: error: <Checklist group="pg2-upgrade" items={…}>: "pg2-stop-aplications" is not an item of the group "pg2-upgrade" (did you mean "pg2-stop-applications"?)',
    );
    expect(
      problems.some((problem) =>
        /phase-2-upgrade-the-cluster\.mdx:71: error: checklist item "pg2-run-upgrade" \(group "pg2-upgrade"\) is already placed at line 58$/.test(
          problem,
        ),
      ),
    ).toBe(true);
  });

  it('reports an undeclared window, and one that differs between languages', () => {
    const problems = problemsWith({
      [phase2('fr')]: (text) => text.replace('window: cluster-upgrade', 'window: cluster-upgrad'),
    });
    expect(problems).toContain(
      'content/phases/fr/phase-2-upgrade-the-cluster.mdx:13: error: unknown change window "cluster-upgrad" (did you mean "cluster-upgrade"?)',
    );
    expect(problems).toContain(
      'content/phases/fr/phase-2-upgrade-the-cluster.mdx:13: error: the group "pg2-upgrade" is in the window "cluster-upgrad" here and in "cluster-upgrade" in another language',
    );
  });

  it('warns about a group placed nowhere: its steps end the page', () => {
    const problems = problemsWith({
      'phases/en/phase-1-prepare-the-upgrade.mdx': (text) => text.replace('<Checklist group="pg1-inventory" />', ''),
    });
    expect(problems).toContain(
      'content/phases/en/phase-1-prepare-the-upgrade.mdx:11: warning: checklist group "pg1-inventory" is not placed in the page, so its steps are shown at the end of the page, far from the text they verify',
    );
  });

  it('reports a step of another group placed between the steps of a window', () => {
    const split = problemsWith({
      [phase2('en')]: (text) =>
        text
          .replace(
            'checklist:\n',
            'checklist:\n  - id: pg2-note\n    title: Note\n    items:\n      - id: pg2-note-time\n        label: Note the time\n',
          )
          .replace('## Step 2.2: Run the upgrade', '<Checklist group="pg2-note" />\n\n## Step 2.2: Run the upgrade'),
    });
    expect(
      split.some((problem) =>
        /is placed between steps 2\.2 and 2\.4 of the change window "cluster-upgrade"/.test(problem),
      ),
    ).toBe(true);
  });
});
