/**
 * The content checks: everything an author or translator can get wrong in `content/`, found in one run
 * without a build, each problem with its file, line or field, and fix. Used by `npm run check`
 * (scripts/check.ts) and before every build (src/integrations/content-checks.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDirLabel } from '../content-dir.ts';
import { readGuideFile } from '../content-model/guide-file.ts';
import { readChangelogFile } from '../content-model/changelog-file.ts';
import { readGuide } from '../content-model/site-map.ts';
import { checkAnchors } from './anchors.ts';
import { checkChecklistIds } from './checklist-ids.ts';
import { checkCommands } from './commands.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkInterfaceLabels } from './interface-labels.ts';
import { checkLinks } from './links.ts';
import { checkMdx } from './mdx.ts';
import { checkLanguages } from './parity.ts';
import { checkParameters, checkPlainExamples } from './parameters.ts';
import { checkPrerequisites } from './prerequisites.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkStepNumbers } from './steps.ts';
import { checkTranslationDates } from './translations.ts';
import { checkWindows } from './windows.ts';

export type { Problem, Severity } from './problem.ts';

export interface CheckOptions {
  /** The guide's content folder. */
  readonly contentDir: string;
  /** How messages name that folder; by default its path relative to the working directory (`content`), or its absolute path when outside. */
  readonly label?: string;
}

export interface CheckReport {
  /** Sorted by file and line. */
  readonly problems: readonly Problem[];
  readonly fileCount: number;
}

const CHECKS = [
  checkFrontmatter,
  checkChecklistIds,
  checkLanguages,
  checkPrerequisites,
  checkAnchors,
  checkLinks,
  checkMdx,
  checkTranslationDates,
  checkCommands,
  checkParameters,
  checkPlainExamples,
  checkStepNumbers,
  checkWindows,
];

export function checkContent({ contentDir, label }: CheckOptions): CheckReport {
  const dir = resolve(contentDir);
  const shown = label ?? contentDirLabel(dir);
  const { source, problems } = readGuide(dir, shown);
  // A folder that does not exist is one problem (readGuide says so), not one per file.
  const guideFile = existsSync(dir) ? readGuideFile(dir, shown).problems : [];
  const labels = existsSync(dir) ? checkInterfaceLabels(source, dir, shown) : [];
  const changelog = existsSync(dir) ? readChangelogFile(dir, shown).problems : [];
  return {
    problems: sortProblems([
      ...problems,
      ...guideFile,
      ...labels,
      ...changelog,
      ...CHECKS.flatMap((check) => check(source)),
    ]),
    fileCount: source.fileCount + 1,
  };
}

export function hasErrors(report: { readonly problems: readonly Problem[] }): boolean {
  return report.problems.some((problem) => problem.severity === 'error');
}
