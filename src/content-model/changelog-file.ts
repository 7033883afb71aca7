/**
 * Reads `changelog.yaml`, the guide's editions (schema: src/schemas/changelog.ts), with problems that name
 * the file, the line and the field; its newest edition must carry guide.yaml's version. Absent: the guide
 * has no changelog page, and shows its version without a link. Used by the content checks, the changelog
 * page, the footer and the sign-off sheets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { formatProblem } from '../checks/format.ts';
import { error, type Problem } from '../checks/problem.ts';
import { parseYaml } from '../checks/yaml-source.ts';
import { changelogSchema, type Changelog } from '../schemas/changelog.ts';
import { GUIDE_FILE, readGuideFile } from './guide-file.ts';

export const CHANGELOG_FILE = 'changelog.yaml';

export function readChangelogFile(
  dir: string,
  label = 'content',
): { changelog?: Changelog | undefined; problems: Problem[] } {
  const path = join(dir, CHANGELOG_FILE);
  const file = `${label}/${CHANGELOG_FILE}`;
  if (!existsSync(path)) return { problems: [] };
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  if (yaml.errors.length > 0)
    return {
      problems: yaml.errors.map((problem) =>
        error({ file, line: problem.line }, `YAML syntax: ${problem.message}`, 'fix the YAML syntax'),
      ),
    };
  const result = changelogSchema.safeParse(yaml.data);
  if (!result.success)
    return {
      problems: result.error.issues.map((issue) =>
        error(
          { file, line: yaml.lineOf(issue.path), field: issue.path.join('.') },
          issue.message,
          'list the editions newest first, each with "version", "date" (YYYY-MM-DD) and "changes" in every language (see content/README.md)',
        ),
      ),
    };
  const changelog = result.data;
  const current = readGuideFile(dir, label).info?.version;
  const newest = changelog[0];
  if (current !== undefined && newest && newest.version !== current)
    return {
      changelog,
      problems: [
        error(
          { file, line: yaml.lineOf([0, 'version']), field: '0.version' },
          `the newest edition is "${newest.version}" but ${GUIDE_FILE} says the guide's version is "${current}"`,
          `add the edition "${current}" at the top of ${CHANGELOG_FILE}, or give ${GUIDE_FILE} the version of the newest edition`,
        ),
      ],
    };
  return { changelog, problems: [] };
}

/** The guide's changelog, or undefined when it has none; throws with the problems when it is wrong. */
export function guideChangelog(dir = contentDir()): Changelog | undefined {
  const { changelog, problems } = readChangelogFile(dir);
  if (problems.length > 0) throw new Error(problems.map((problem) => formatProblem(problem)).join('\n'));
  return changelog;
}
