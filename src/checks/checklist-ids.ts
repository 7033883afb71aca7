/**
 * Checklist ids: progress is stored under them and shared by every language, so each group and item id
 * must be unique in the whole guide. A repeated id is reported at both places, within a document or across
 * documents of the same language. (Malformed ids are reported by the schema, see frontmatter.ts.)
 */
import type { GuideSource } from './guide-source.ts';
import { error, fieldName, type Problem } from './problem.ts';
import { checklistIds } from './raw-data.ts';

interface Occurrence {
  readonly file: string;
  readonly line: number;
  readonly field: string;
}

const FIX =
  'give each checklist group and item its own id; if this step was copied, write a new id for it (never rename a published id)';

export function checkChecklistIds(source: GuideSource): Problem[] {
  const byLangAndId = new Map<string, Occurrence[]>();
  for (const document of source.phases) {
    const yaml = document.frontmatter;
    if (!yaml) continue;
    for (const id of checklistIds(yaml.data)) {
      const key = `${document.lang}\u0000${id.value}`;
      const occurrence = { file: document.file, line: yaml.lineOf(id.path), field: fieldName(id.path) };
      byLangAndId.set(key, [...(byLangAndId.get(key) ?? []), occurrence]);
    }
  }
  const problems: Problem[] = [];
  for (const [key, occurrences] of byLangAndId) {
    if (occurrences.length < 2) continue;
    const id = key.split('\u0000')[1]!;
    for (const occurrence of occurrences) {
      const others = occurrences
        .filter((other) => other !== occurrence)
        .map((other) =>
          other.file === occurrence.file
            ? `line ${other.line} (${other.field})`
            : `${other.file}:${other.line} (${other.field})`,
        );
      problems.push(error(occurrence, `checklist id "${id}" is also used at ${others.join(', ')}`, FIX));
    }
  }
  return problems;
}
