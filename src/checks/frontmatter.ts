/**
 * Frontmatter and data files, validated with the very schemas the build uses (src/schemas/), with every
 * issue reported at the line of its field; the phase numbers, which must be unique in each language; and
 * each phase's duration, which is the sum of its items' durations where they have one.
 */
import type { z } from 'astro/zod';
import { glossarySchema } from '../schemas/glossary.ts';
import { homeSchema } from '../schemas/home.ts';
import { phaseSchema } from '../schemas/phase.ts';
import { rolesSchema } from '../schemas/roles.ts';
import { parametersSchema } from '../schemas/parameters.ts';
import { windowsSchema } from '../schemas/windows.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, fieldName, type Problem } from './problem.ts';
import { phaseNumber, roleIds } from './raw-data.ts';
import { didYouMean } from './suggest.ts';
import { durationSource, sumDurations } from '../utils/phases.ts';
import type { YamlData } from './yaml-source.ts';

export function checkFrontmatter(source: GuideSource): Problem[] {
  const roles = roleIds(source.roles?.yaml.data);
  const phase = phaseSchema({ roleIds: roles });
  const isRoleField = (path: readonly PropertyKey[]) => path[0] === 'roles' || path.at(-1) === 'role';
  const problems: Problem[] = [];
  const roleFix: FixFor = (path, value) =>
    isRoleField(path) && typeof value === 'string'
      ? `use one of the role ids of content/roles.yaml${didYouMean(value, roles)}, or add the role there`
      : undefined;
  for (const document of source.phases) {
    const found = validate(document.file, document.frontmatter, phase, roleFix);
    if (found.length === 0) problems.push(...durationMismatch(document, phase));
    // Without a readable vocabulary (reported on roles.yaml), every role would be reported as unknown.
    problems.push(
      ...(roles.length > 0 ? found : found.filter((problem) => !isRoleField((problem.field ?? '').split('.')))),
    );
  }
  for (const document of source.homes) problems.push(...validate(document.file, document.frontmatter, homeSchema));
  for (const glossary of source.glossaries) problems.push(...validate(glossary.file, glossary.yaml, glossarySchema));
  if (source.roles) problems.push(...validate(source.roles.file, source.roles.yaml, rolesSchema));
  if (source.parameters) problems.push(...validate(source.parameters.file, source.parameters.yaml, parametersSchema));
  if (source.windows) problems.push(...validate(source.windows.file, source.windows.yaml, windowsSchema));
  problems.push(...duplicatePhaseNumbers(source.phases));
  return problems;
}

export type FixFor = (path: readonly PropertyKey[], value: unknown) => string | undefined;

export function validate(
  file: string,
  yaml: YamlData | undefined,
  schema: z.ZodType,
  fixFor: FixFor = () => undefined,
): Problem[] {
  // No data: the frontmatter is missing or has YAML syntax errors, which are reported where it is read.
  if (!yaml || yaml.errors.length > 0) return [];
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [
      error(
        { file, line: yaml.lineOf([]) },
        'expected fields written "name: value", one per line',
        'write the fields as in content/README.md, without a leading "-"',
      ),
    ];
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    // Duplicate checklist ids are reported by checklist-ids.ts, with both places, even when the
    // document has other errors (the schema only looks for them in an otherwise valid document).
    if (issue.code === 'custom' && issue.message.startsWith('duplicate id "')) return [];
    if (issue.code === 'unrecognized_keys') {
      const path = [...issue.path, issue.keys[0] ?? ''];
      return [
        error(
          { file, line: yaml.lineOf(path), field: fieldName(path) },
          issue.message,
          'remove the field, or correct its name to one of those allowed',
        ),
      ];
    }
    const field = fieldName(issue.path);
    const where = { file, line: yaml.lineOf(issue.path), field };
    if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0) {
      return [
        error(
          where,
          `missing field "${field}": ${issue.message}`,
          `add "${String(issue.path.at(-1))}:" with its value (see content/README.md)`,
        ),
      ];
    }
    const fix =
      fixFor(issue.path, issue.input) ??
      `correct ${field ? `"${field}"` : 'the data'} as the message says (see content/README.md)`;
    return [error(where, field ? `${field}: ${issue.message}` : issue.message, fix)];
  });
}

/** The phase's `duration` against the sum of its items' durations (only in a document the schema accepts). */
function durationMismatch(document: MdxDocument, schema: ReturnType<typeof phaseSchema>): Problem[] {
  const result = schema.safeParse(document.frontmatter?.data);
  if (!result.success) return [];
  const total = sumDurations(result.data.checklist.flatMap((group) => group.items));
  if (total === undefined || total === result.data.duration) return [];
  return [
    error(
      { file: document.file, line: document.frontmatter?.lineOf(['duration']), field: 'duration' },
      `duration: ${durationSource(result.data.duration)} is not the sum of the checklist items' durations, ${durationSource(total)}`,
      `write "duration: ${durationSource(total)}", or correct the items' durations`,
    ),
  ];
}

function duplicatePhaseNumbers(phases: readonly MdxDocument[]): Problem[] {
  const byNumber = new Map<string, MdxDocument[]>();
  for (const document of phases) {
    const number = phaseNumber(document.frontmatter?.data);
    if (number === undefined) continue;
    const key = `${document.lang}/${number}`;
    byNumber.set(key, [...(byNumber.get(key) ?? []), document]);
  }
  return [...byNumber.values()]
    .filter((documents) => documents.length > 1)
    .flatMap((documents) =>
      documents.map((document) => {
        const others = documents.filter((other) => other !== document).map((other) => other.file);
        return error(
          { file: document.file, line: document.frontmatter?.lineOf(['phase']), field: 'phase' },
          `phase number ${String(phaseNumber(document.frontmatter?.data))} is also used by ${others.join(', ')}`,
          'give each phase its own number (0 for "before you begin", then 1, 2, …): the numbers set the reading order',
        );
      }),
    );
}
