/**
 * The guide's interface labels (src/interface-labels/): `interface.yaml` is valid (each label in every
 * language), and every `⟪id⟫` of a phase, the home or a glossary names a declared label. A declared label
 * that no document uses is a warning.
 */
import { readFileSync } from 'node:fs';
import type { GuideSource } from './guide-source.ts';
import { error, warning, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { INTERFACE_FILE, readInterfaceFile } from '../interface-labels/declared.ts';
import { labelUses } from '../interface-labels/syntax.ts';

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

export function checkInterfaceLabels(source: GuideSource, dir: string, label: string): Problem[] {
  const { labels, problems } = readInterfaceFile(dir, label);
  const file = `${label}/${INTERFACE_FILE}`;
  const declared = [...labels.byId.keys()];
  const used = new Set<string>();
  const texts = [
    ...[...source.phases, ...source.homes].map((document) => ({ file: document.file, text: document.text })),
    ...source.glossaries.map((glossary) => ({ file: glossary.file, text: readFileSync(glossary.path, 'utf8') })),
  ];
  for (const { file: where, text } of texts) {
    for (const use of labelUses(text)) {
      const line = lineAt(text, use.offset);
      if (!use.wellFormed) {
        problems.push(
          error(
            { file: where, line },
            `"⟪${use.id}⟫" is not an interface label: the id between ⟪ ⟫ must be in kebab-case`,
            `write the id of a label declared in ${file}, such as ⟪topology-builder⟫, or write ⟪⟪ to show the marker as text`,
          ),
        );
      } else if (!labels.byId.has(use.id) && problems.length === 0) {
        problems.push(
          error(
            { file: where, line },
            `unknown interface label "${use.id}"${didYouMean(use.id, declared)}`,
            `use one of the labels declared in ${file}, or declare it there with its label in every language`,
          ),
        );
      } else used.add(use.id);
    }
  }
  for (const id of declared) {
    if (used.has(id)) continue;
    problems.push(
      warning(
        { file, field: `labels.${id}` },
        `the interface label "${id}" is declared but no document uses it`,
        `write ⟪${id}⟫ where the guide names it, or remove the declaration`,
      ),
    );
  }
  return problems;
}
