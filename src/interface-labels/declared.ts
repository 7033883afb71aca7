/**
 * The guide's interface labels, read from `<content>/interface.yaml` (absent: the guide declares none),
 * with problems that name the file, line and field (schema: src/schemas/interface-labels.ts). The build
 * fails on them; `npm run check` lists them with the uses of undeclared labels (src/checks/interface-labels.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../checks/format.ts';
import { error, type Problem } from '../checks/problem.ts';
import { parseYaml } from '../checks/yaml-source.ts';
import { langs, type Lang } from '../i18n/locales.ts';
import { interfaceLabelsSchema } from '../schemas/interface-labels.ts';
import type { LabelPair } from './syntax.ts';

export const INTERFACE_FILE = 'interface.yaml';

export interface InterfaceLabels {
  readonly byId: ReadonlyMap<string, LabelPair<Lang>>;
  /** The languages whose pages show the other languages' labels beside their own. */
  readonly showOther: ReadonlySet<Lang>;
}

export const NO_LABELS: InterfaceLabels = { byId: new Map(), showOther: new Set() };

export function readInterfaceFile(dir: string, label = 'content'): { labels: InterfaceLabels; problems: Problem[] } {
  const path = join(dir, INTERFACE_FILE);
  const file = `${label}/${INTERFACE_FILE}`;
  if (!existsSync(path)) return { labels: NO_LABELS, problems: [] };
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  if (yaml.errors.length > 0)
    return {
      labels: NO_LABELS,
      problems: yaml.errors.map((problem) =>
        error({ file, line: problem.line }, `YAML syntax: ${problem.message}`, 'fix the YAML syntax'),
      ),
    };
  const result = interfaceLabelsSchema.safeParse(yaml.data ?? {});
  if (!result.success)
    return {
      labels: NO_LABELS,
      problems: result.error.issues.map((issue) =>
        error(
          { file, line: yaml.lineOf(issue.path), field: issue.path.join('.') },
          issue.message,
          `declare each label as "id: { ${langs.map((lang) => `${lang}: …`).join(', ')} }" under "labels" (see content/README.md)`,
        ),
      ),
    };
  const byId = new Map(
    Object.entries(result.data.labels).map(([id, pair]) => [id, pair as unknown as LabelPair<Lang>] as const),
  );
  return { labels: { byId, showOther: new Set((result.data.showOther ?? langs) as Lang[]) }, problems: [] };
}

const cache = new Map<string, { mtime: number; labels: InterfaceLabels }>();

/** The labels of the guide in `dir`; throws with the file, line and field of a mistake. */
export function readInterfaceLabels(dir: string): InterfaceLabels {
  const path = join(dir, INTERFACE_FILE);
  if (!existsSync(path)) return NO_LABELS;
  const mtime = statSync(path).mtimeMs;
  const cached = cache.get(path);
  if (cached?.mtime === mtime) return cached.labels;
  const { labels, problems } = readInterfaceFile(dir);
  if (problems.length > 0) throw new Error(problems.map((problem) => formatProblem(problem)).join('\n'));
  cache.set(path, { mtime, labels });
  return labels;
}
