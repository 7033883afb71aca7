/**
 * The guide's parameters in its documents: every `⟦id⟧` (src/parameters/syntax.ts) of a phase, the home or
 * a glossary, in the text, code, frontmatter (checklist labels, verifications) or a definition, must name a
 * parameter of `parameters.yaml`; a declared parameter that no document uses is reported as a warning.
 * The file itself (kinds, examples valid for their kind, groups) is validated by its schema
 * (checkFrontmatter, src/schemas/parameters.ts).
 *
 * A command (code block, inline code) or a checklist label or verification that still carries a declared
 * parameter's example as plain text is reported as a warning: the reader's value would not reach it. The
 * example counts wherever it stands as a name of its own or as the end of a longer one
 * (`lyncdiscover.contoso.com` carries `contoso.com`: write `lyncdiscover.⟦sip-domain⟧`). Only examples of
 * the structured kinds are looked for (names with a dot, addresses, paths, instances): a host name, port
 * or free text such as `main` or `15` is also an ordinary word of commands.
 */
import { readFileSync } from 'node:fs';
import type { Code, InlineCode } from 'mdast';
import { visit } from 'unist-util-visit';
import type { GuideSource } from './guide-source.ts';
import { checklistTexts } from './raw-data.ts';
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
        problems.push(
          error(
            { file: where, line },
            `"⟦${use.id}⟧" is not a parameter: the id between ⟦ ⟧ must be in kebab-case`,
            "write a declared parameter's id, such as ⟦server-name⟧, or write ⟦⟦ to show the marker as text",
          ),
        );
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

/** The kinds whose examples cannot be mistaken for an ordinary word of a command. */
const STRUCTURED = new Set(['fqdn', 'sip-domain', 'sip-address', 'ipv4', 'windows-path', 'unc-path', 'sql-instance']);

/** Declared id → example, read leniently from the file (the schema reports what is wrong in it). */
function declaredExamples(source: GuideSource): [string, string][] {
  const data = source.parameters?.yaml.data;
  const parameters =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['parameters'] : undefined;
  if (typeof parameters !== 'object' || parameters === null) return [];
  return Object.entries(parameters as Record<string, unknown>).flatMap(([id, declared]) => {
    const fields = typeof declared === 'object' && declared !== null ? (declared as Record<string, unknown>) : {};
    const example = fields['example'];
    if (typeof fields['kind'] !== 'string' || !STRUCTURED.has(fields['kind'])) return [];
    return typeof example === 'string' && example.trim() !== '' ? [[id, example] as [string, string]] : [];
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parameters whose example `text` still carries as plain text (the longest examples first, each place counted once). */
export function plainExamples(text: string, examples: readonly [string, string][]): string[] {
  let rest = text;
  const found: string[] = [];
  for (const [id, example] of [...examples].sort(([, a], [, b]) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(example)}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`, 'gi');
    if (!pattern.test(rest)) continue;
    found.push(id);
    rest = rest.replace(pattern, ' ');
  }
  return found;
}

export function checkPlainExamples(source: GuideSource): Problem[] {
  const examples = declaredExamples(source);
  if (examples.length === 0) return [];
  const problems: Problem[] = [];
  const report = (where: { file: string; line?: number | undefined; field?: string }, text: string) => {
    for (const id of plainExamples(text, examples)) {
      const example = examples.find(([declared]) => declared === id)?.[1] ?? '';
      problems.push(
        warning(
          where,
          `"${example}", the example of the parameter "${id}", is written as plain text: the reader's value will not replace it`,
          `write ⟦${id}⟧ in its place`,
        ),
      );
    }
  };
  for (const document of [...source.phases, ...source.homes]) {
    if (document.tree) {
      visit(document.tree, (node) => {
        if (node.type !== 'code' && node.type !== 'inlineCode') return;
        report({ file: document.file, line: node.position?.start.line }, (node as Code | InlineCode).value);
      });
    }
    const yaml = document.frontmatter;
    if (yaml)
      for (const text of checklistTexts(yaml.data))
        report(
          { file: document.file, line: yaml.lineOf(text.path), field: text.path.map(String).join('.') },
          text.value,
        );
  }
  return problems;
}
