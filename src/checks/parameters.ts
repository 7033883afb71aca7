/**
 * The guide's parameters in its documents: every `⟦id⟧` (src/parameters/syntax.ts) of a phase, the home or
 * a glossary, in the text, code, frontmatter (checklist labels, verifications) or a definition, must name a
 * parameter of `parameters.yaml`; a declared parameter that no document uses is reported as a warning.
 * The file itself (kinds, examples valid for their kind, groups) is validated by its schema
 * (checkFrontmatter, src/schemas/parameters.ts).
 */
import { readFileSync } from 'node:fs';
import type { GuideSource } from './guide-source.ts';
import { markerUses } from '../parameters/syntax.ts';
import { error, warning, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** The ids declared in the parameters file (whatever else is wrong in it). */
export function declaredParameterIds(source: GuideSource): string[] {
  const data = source.parameters?.yaml.data;
  if (typeof data !== 'object' || data === null) return [];
  const parameters = (data as Record<string, unknown>)['parameters'];
  return typeof parameters === 'object' && parameters !== null ? Object.keys(parameters) : [];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

export function checkParameters(source: GuideSource): Problem[] {
  const declared = declaredParameterIds(source);
  const used = new Set<string>();
  const problems: Problem[] = [];
  const file = source.parameters?.file ?? 'parameters.yaml';
  const texts = [
    ...[...source.phases, ...source.homes].map((document) => ({ file: document.file, text: document.text })),
    ...source.glossaries.map((glossary) => ({ file: glossary.file, text: readFileSync(glossary.path, 'utf8') })),
  ];
  for (const { file: where, text } of texts) {
    for (const use of markerUses(text)) {
      const line = lineAt(text, use.offset);
      if (!use.wellFormed) {
        problems.push(error({ file: where, line }, `"⟦${use.id}⟧" is not a parameter: the id between ⟦ ⟧ must be in kebab-case`, 'write a declared parameter\'s id, such as ⟦server-name⟧, or write \\⟦ to show the bracket as text'));
      } else if (!declared.includes(use.id)) {
        problems.push(
          error(
            { file: where, line },
            `unknown parameter "${use.id}"${didYouMean(use.id, declared)}`,
            `use one of the parameters declared in ${file}, or declare it there (id, group, kind, example, label and help in every language)`,
          ),
        );
      } else used.add(use.id);
    }
  }
  if (source.parameters) {
    for (const id of declared) {
      if (used.has(id)) continue;
      problems.push(
        warning(
          { file, line: source.parameters.yaml.lineOf(['parameters', id]), field: `parameters.${id}` },
          `the parameter "${id}" is declared but no document uses it`,
          `write ⟦${id}⟧ where the guide shows its example, or remove the declaration`,
        ),
      );
    }
  }
  return problems;
}
