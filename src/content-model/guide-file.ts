/**
 * Reads `guide.yaml`, the guide's name and version (schema: src/schemas/guide.ts), with problems that
 * name the file, the line and the field. Used by the content checks, the book's cover and `npm run package`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { formatProblem } from '../checks/format.ts';
import { error, type Problem } from '../checks/problem.ts';
import { parseYaml } from '../checks/yaml-source.ts';
import { guideSchema, type GuideInfo } from '../schemas/guide.ts';

export const GUIDE_FILE = 'guide.yaml';

export function readGuideFile(dir: string, label = 'content'): { info?: GuideInfo; problems: Problem[] } {
  const path = join(dir, GUIDE_FILE);
  const file = `${label}/${GUIDE_FILE}`;
  if (!existsSync(path)) {
    return {
      problems: [
        error(
          { file },
          'the guide file is missing',
          'create guide.yaml with the guide\'s name (kebab-case) and version, such as "name: my-migration" and "version: 1.0.0" (see content/README.md)',
        ),
      ],
    };
  }
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  if (yaml.errors.length > 0)
    return {
      problems: yaml.errors.map((problem) =>
        error({ file, line: problem.line }, `YAML syntax: ${problem.message}`, 'fix the YAML syntax'),
      ),
    };
  const result = guideSchema.safeParse(yaml.data);
  if (result.success) return { info: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) =>
      error(
        { file, line: yaml.lineOf(issue.path), field: issue.path.join('.') },
        issue.message,
        'write the guide\'s name in kebab-case and its version, such as "1.0.0" (see content/README.md)',
      ),
    ),
  };
}

/** The guide's name and version; throws with the problems when guide.yaml is missing or wrong. */
export function guideInfo(dir = contentDir()): GuideInfo {
  const { info, problems } = readGuideFile(dir);
  if (!info) throw new Error(problems.map((problem) => formatProblem(problem)).join('\n'));
  return info;
}
