/**
 * The commands the guide runs, against its declarations (content/commands.yaml, see schemas/commands.ts):
 * in the code blocks of the declared languages, and in the inline code of the bodies, checklist texts and
 * glossary definitions, every command must be declared (with a did-you-mean), every parameter declared for
 * its command, and every command and parameter must exist in a product the code runs on: the phase's
 * `runsOn`, or `runsOn=` in a code block's fence, plus the products present everywhere. A declared command
 * or parameter that nothing uses is a warning. Pure over the documents already read and parsed.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { scanCommands, lineOfOffset, type CommandUse } from '../commands/scan.ts';
import {
  commandKey,
  commandVocabulary,
  runsOnOfMeta,
  type CommandVocabulary,
  type DeclaredCommand,
} from '../commands/vocabulary.ts';
import { commandsSchema } from '../schemas/commands.ts';
import { validate } from './frontmatter.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, fieldName, warning, type Problem, type Where } from './problem.ts';
import { checklistTexts, glossaryTerms, type Located } from './raw-data.ts';
import { didYouMean } from './suggest.ts';

/** A piece of code to check: its text, where its first line is, and the products it runs on. */
interface CodeSample {
  readonly code: string;
  readonly where: Where & { readonly line: number };
  /** The products the code runs on; undefined when nothing says (the home, the glossary). */
  readonly runsOn: readonly string[] | undefined;
  /** A code block (lines counted from the one after its fence) rather than inline code. */
  readonly block: boolean;
  /** A phase's code block: it must say which product it runs on when that matters. */
  readonly needsRunsOn?: boolean;
}

const markdown = unified().use(remarkParse);

export function checkCommands(source: GuideSource): Problem[] {
  const file = source.commands;
  if (!file) return [];
  const invalid = validate(file.file, file.yaml, commandsSchema);
  const parsed = commandsSchema.safeParse(file.yaml.data);
  if (invalid.length > 0 || !parsed.success) return invalid;
  const vocabulary = commandVocabulary(parsed.data);
  const commandsFile = file.file;
  const problems: Problem[] = [];
  const samples: CodeSample[] = [];

  for (const document of [...source.phases, ...source.homes])
    samples.push(...documentSamples(document, vocabulary, commandsFile, problems));
  for (const glossary of source.glossaries) {
    const definitions = glossaryTerms(glossary.yaml.data).flatMap((term) => (term.definition ? [term.definition] : []));
    samples.push(
      ...textSamples(
        definitions,
        (path) => ({ file: glossary.file, line: glossary.yaml.lineOf(path), field: fieldName(path) }),
        undefined,
      ),
    );
  }

  const usedCommands = new Set<string>();
  const usedParameters = new Set<string>();
  const missingRunsOn = new Set<string>();
  for (const sample of samples) {
    for (const use of scanCommands(sample.code, vocabulary)) {
      const where = {
        ...sample.where,
        line: sample.block ? sample.where.line + lineOfOffset(sample.code, use.start) - 1 : sample.where.line,
      };
      const declared = vocabulary.commands.get(commandKey(use.text));
      if (!declared) {
        problems.push(undeclared(use, where, vocabulary, commandsFile));
        continue;
      }
      usedCommands.add(declared.name);
      if (
        sample.needsRunsOn &&
        sample.runsOn === undefined &&
        !runsAnywhere(use, declared, vocabulary) &&
        !missingRunsOn.has(where.file)
      ) {
        missingRunsOn.add(where.file);
        problems.push(
          error(
            where,
            `${[declared.name, ...productSpecificParameters(use, declared, vocabulary)].join(' ')} exists only in some products, and this phase does not say which product its commands run on`,
            `add "runsOn:" to its frontmatter with one of the products of ${commandsFile}: ${[...vocabulary.products.keys()].filter((id) => !vocabulary.everywhere.has(id)).join(', ')}`,
          ),
        );
      }
      problems.push(
        ...parameterProblems(use, declared, where, sample.runsOn, vocabulary, commandsFile, usedParameters),
      );
      const runs = sample.runsOn ? [...sample.runsOn, ...vocabulary.everywhere] : undefined;
      if (runs && !declared.products.some((product) => runs.includes(product))) {
        problems.push(
          error(
            where,
            `${declared.name} does not exist in ${productNames(sample.runsOn!, vocabulary)}, where this ${sample.block ? 'code block' : 'phase'} runs it: it is declared for ${productNames(declared.products, vocabulary)}`,
            `use a command of ${productNames(sample.runsOn!, vocabulary)} (see ${declared.reference}), or, if this code runs on another product's tools, say so in its fence: \`\`\`${[...vocabulary.languages][0] ?? 'code'} runsOn=${declared.products[0] ?? ''}`,
          ),
        );
      }
    }
  }

  for (const declared of vocabulary.commands.values()) {
    const path = ['commands', declared.name];
    if (!usedCommands.has(declared.name)) {
      problems.push(
        warning(
          { file: commandsFile, line: file.yaml.lineOf(path), field: fieldName(path) },
          `${declared.name} is declared but no document uses it`,
          `remove it from ${commandsFile}, or correct its name`,
        ),
      );
      continue;
    }
    [...declared.parameters.values()].forEach((parameter, index) => {
      if (usedParameters.has(`${declared.name} ${parameter.name}`)) return;
      const at = ['commands', declared.name, 'parameters', index];
      problems.push(
        warning(
          { file: commandsFile, line: file.yaml.lineOf(at), field: fieldName(at) },
          `${declared.name} ${parameter.name} is declared but no document uses it`,
          `remove it from the parameters of ${declared.name}, or correct its name`,
        ),
      );
    });
  }
  return problems;
}

/** The code of a document: its code blocks of the declared languages, its inline code, its checklist texts. */
function documentSamples(
  document: MdxDocument,
  vocabulary: CommandVocabulary,
  commandsFile: string,
  problems: Problem[],
): CodeSample[] {
  const samples: CodeSample[] = [];
  const yaml = document.frontmatter;
  const runsOnValue = document.kind === 'phase' ? (yaml?.data as { runsOn?: unknown } | undefined)?.runsOn : undefined;
  const written =
    typeof runsOnValue === 'string'
      ? [runsOnValue]
      : Array.isArray(runsOnValue)
        ? runsOnValue.filter((id): id is string => typeof id === 'string')
        : undefined;
  if (written)
    problems.push(
      ...unknownProducts(
        written,
        { file: document.file, line: yaml?.lineOf(['runsOn']) ?? 1, field: 'runsOn' },
        vocabulary,
        commandsFile,
        'runsOn',
      ),
    );
  // Unknown products are reported once, above; the code is then checked against the known ones only.
  const documentRunsOn = knownProducts(written, vocabulary);
  const phaseNeedsRunsOn = document.kind === 'phase' && written === undefined;
  const tree: Root | undefined = document.tree;
  if (tree) {
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'code' && node.lang && vocabulary.languages.has(node.lang)) {
        const blockWritten = runsOnOfMeta(node.meta);
        if (blockWritten)
          problems.push(
            ...unknownProducts(blockWritten, { file: document.file, line }, vocabulary, commandsFile, 'runsOn='),
          );
        const runsOn = blockWritten ? knownProducts(blockWritten, vocabulary) : documentRunsOn;
        samples.push({
          code: node.value,
          where: { file: document.file, line: line + 1 },
          runsOn,
          block: true,
          needsRunsOn: phaseNeedsRunsOn && !blockWritten,
        });
      } else if (node.type === 'inlineCode') {
        samples.push({
          code: node.value,
          where: { file: document.file, line },
          runsOn: documentRunsOn,
          block: false,
          needsRunsOn: phaseNeedsRunsOn,
        });
      }
    });
  }
  if (yaml && document.kind === 'phase') {
    samples.push(
      ...textSamples(
        checklistTexts(yaml.data),
        (path) => ({ file: document.file, line: yaml.lineOf(path), field: fieldName(path) }),
        documentRunsOn,
        phaseNeedsRunsOn,
      ),
    );
  }
  return samples;
}

/** The inline code of Markdown texts kept in YAML, each at the line of its field. */
function textSamples(
  texts: readonly Located<string>[],
  whereOf: (path: Located<string>['path']) => Where & { line: number },
  runsOn: readonly string[] | undefined,
  needsRunsOn = false,
): CodeSample[] {
  return texts.flatMap(({ value, path }) => {
    // Only a text with a backtick holds inline code: the others are not parsed at all.
    if (!value.includes('`')) return [];
    const found: CodeSample[] = [];
    visit(markdown.parse(value), 'inlineCode', (node) => {
      found.push({ code: node.value, where: whereOf(path), runsOn, block: false, needsRunsOn });
    });
    return found;
  });
}

/**
 * True when the command and the parameters given to it exist wherever a command may run (in every product,
 * or in one present everywhere): then it does not matter which product the code runs on.
 */
function runsAnywhere(use: CommandUse, declared: DeclaredCommand, vocabulary: CommandVocabulary): boolean {
  return (
    inEveryProduct(declared.products, vocabulary) && productSpecificParameters(use, declared, vocabulary).length === 0
  );
}

function inEveryProduct(products: readonly string[], vocabulary: CommandVocabulary): boolean {
  return (
    products.some((product) => vocabulary.everywhere.has(product)) ||
    [...vocabulary.products.keys()].every((product) => vocabulary.everywhere.has(product) || products.includes(product))
  );
}

/** The parameters given here that only some products have, as declared. */
function productSpecificParameters(
  use: CommandUse,
  declared: DeclaredCommand,
  vocabulary: CommandVocabulary,
): string[] {
  return use.parameters.flatMap((parameter) => {
    const known = declared.parameters.get(parameter.text.toLowerCase());
    return known?.products && !inEveryProduct(known.products, vocabulary) ? [known.name] : [];
  });
}

function undeclared(use: CommandUse, where: Where, vocabulary: CommandVocabulary, commandsFile: string): Problem {
  const names = [...vocabulary.commands.values()].map((command) => command.name);
  return error(
    where,
    `${use.text} is not a declared command${didYouMean(use.text, names)}`,
    `correct its name, or verify it against its reference page and declare it in ${commandsFile} (products, parameters, reference)`,
  );
}

function parameterProblems(
  use: CommandUse,
  declared: DeclaredCommand,
  where: Where,
  runsOn: readonly string[] | undefined,
  vocabulary: CommandVocabulary,
  commandsFile: string,
  used: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const parameter of use.parameters) {
    const known = declared.parameters.get(parameter.text.toLowerCase());
    if (!known) {
      const names = [...declared.parameters.values()].map((candidate) => candidate.name);
      problems.push(
        error(
          where,
          `${declared.name} has no declared parameter ${parameter.text}${didYouMean(parameter.text, names)}`,
          `check it on ${declared.reference}, then correct it or add it to the parameters of ${declared.name} in ${commandsFile}`,
        ),
      );
      continue;
    }
    used.add(`${declared.name} ${known.name}`);
    const runs = runsOn ? [...runsOn, ...vocabulary.everywhere] : undefined;
    if (runs && known.products && !known.products.some((product) => runs.includes(product))) {
      problems.push(
        error(
          where,
          `${declared.name} ${known.name} does not exist in ${productNames(runsOn!, vocabulary)}, where this code runs it: it is declared for ${productNames(known.products, vocabulary)}`,
          `leave it out, or run the command with the tools of ${productNames(known.products, vocabulary)} (see ${declared.reference})`,
        ),
      );
    }
  }
  return problems;
}

function unknownProducts(
  ids: readonly string[],
  where: Where,
  vocabulary: CommandVocabulary,
  commandsFile: string,
  what: string,
): Problem[] {
  const known = [...vocabulary.products.keys()];
  return ids
    .filter((id) => !vocabulary.products.has(id))
    .map((id) =>
      error(
        where,
        `${what}: unknown product "${id}"${didYouMean(id, known)}`,
        `use one of the products of ${commandsFile}: ${known.join(', ')}`,
      ),
    );
}

/** The known products among those written; undefined when none is known (nothing to check against). */
function knownProducts(ids: readonly string[] | undefined, vocabulary: CommandVocabulary): string[] | undefined {
  const known = ids?.filter((id) => vocabulary.products.has(id));
  return known && known.length > 0 ? known : undefined;
}

function productNames(ids: readonly string[], vocabulary: CommandVocabulary): string {
  return ids.map((id) => vocabulary.products.get(id) ?? id).join(' or ');
}
