/**
 * Step numbers in the text agree with the checklist: every "step 6.12" of a phase document (prose,
 * headings, callouts, lists; not code) names a step that exists, in that phase or another of the same
 * language; and a heading that names steps ("### Step 6.9: Publish…", "### Steps 6.3 to 6.5: …") holds
 * exactly those steps in the checklist placed in its section. So the text, the page and the sheets never
 * number a step differently. The words for "step" are each language's (`steps.*Words` of src/i18n/ui/).
 */
import type { Heading, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { locales, type Lang } from '../i18n/locales.ts';
import { checklistPlacements, placedItems } from '../steps/placements.ts';
import { referencedNumbers, stepNumbers, stepReferences, type StepWords } from '../steps/numbers.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, type Problem } from './problem.ts';
import { phaseNumber } from './raw-data.ts';

/** The language's words for step references. */
export function stepWords(lang: Lang): StepWords {
  const dictionary = locales[lang].dictionary;
  const split = (words: string) => words.split('|').filter(Boolean);
  return {
    words: split(dictionary['steps.referenceWords']),
    rangeWords: split(dictionary['steps.rangeWords']),
    listWords: split(dictionary['steps.listWords']),
  };
}

interface NumberedPhase {
  readonly document: MdxDocument;
  readonly phase: number;
  readonly checklist: { id: string; items: { id: string }[] }[];
}

/** The checklist as far as it can be read (ids only), even when other fields are wrong. */
function readChecklist(data: unknown): NumberedPhase['checklist'] {
  const groups = (data as { checklist?: unknown } | undefined)?.checklist;
  if (!Array.isArray(groups)) return [];
  return groups.map((group: { id?: unknown; items?: unknown }) => ({
    id: String(group?.id ?? ''),
    items: Array.isArray(group?.items)
      ? (group.items as { id?: unknown }[]).map((item) => ({ id: String(item?.id ?? '') }))
      : [],
  }));
}

export function checkStepNumbers(source: GuideSource): Problem[] {
  const problems: Problem[] = [];
  const byLang = new Map<string, Map<number, NumberedPhase>>();
  for (const document of source.phases) {
    const phase = phaseNumber(document.frontmatter?.data);
    if (phase === undefined) continue;
    const phases = byLang.get(document.lang) ?? new Map<number, NumberedPhase>();
    phases.set(phase, { document, phase, checklist: readChecklist(document.frontmatter?.data) });
    byLang.set(document.lang, phases);
  }
  for (const [lang, phases] of byLang) {
    if (!(lang in locales)) continue;
    const words = stepWords(lang as Lang);
    for (const numbered of phases.values()) {
      if (numbered.document.tree) problems.push(...checkDocument(numbered, numbered.document.tree, phases, words));
    }
  }
  return problems;
}

function checkDocument(
  numbered: NumberedPhase,
  tree: Root,
  phases: ReadonlyMap<number, NumberedPhase>,
  words: StepWords,
): Problem[] {
  const { document } = numbered;
  const problems: Problem[] = [];
  const count = (phase: NumberedPhase) => phase.checklist.reduce((total, group) => total + group.items.length, 0);
  // References anywhere in the prose (text nodes: code and inline code are other node types).
  visit(tree, 'text', (node) => {
    const line = node.position?.start.line ?? 1;
    for (const reference of stepReferences(node.value, words)) {
      const target = phases.get(reference.phase);
      const where = { file: document.file, line };
      if (!target) {
        problems.push(
          error(
            where,
            `"${reference.number}" names a step of phase ${reference.phase}, and the guide has no phase ${reference.phase} in this language`,
            'write the step as <phase>.<step>, the number the page shows beside its checkbox',
          ),
        );
      } else if (reference.step < 1 || reference.step > count(target)) {
        const total = count(target);
        problems.push(
          error(
            where,
            `"${reference.number}" names no step: phase ${target.phase} has ${total === 0 ? 'no steps' : `steps ${target.phase}.1 to ${target.phase}.${total}`}`,
            `write the number the page shows beside the step's checkbox (steps are numbered in the order of the frontmatter's checklist, in ${target.document.file})`,
          ),
        );
      }
    }
  });
  // Headings that name steps hold exactly those steps.
  const numbers = stepNumbers(numbered.phase, numbered.checklist);
  const placements = checklistPlacements(tree);
  const headings = sections(tree);
  for (const { heading, start, end } of headings) {
    const text = plainText(heading);
    const references = stepReferences(text, words);
    if (references.length === 0 || references[0]!.index > firstWordEnd(text)) continue;
    const named = referencedNumbers(references).filter((number) => number.startsWith(`${numbered.phase}.`));
    if (named.length === 0) continue;
    const held = placements
      .filter((placement) => placement.line > start && placement.line < end)
      .flatMap((placement) => placedItems(placement, numbered.checklist))
      .map((id) => numbers.get(id) ?? '?');
    const missing = named.filter((number) => !held.includes(number));
    const extra = held.filter((number) => !named.includes(number));
    if (missing.length === 0 && extra.length === 0) continue;
    const heldText =
      held.length === 0 ? 'no checklist step is placed in its section' : `its section holds ${listOf(held)}`;
    problems.push(
      error(
        { file: document.file, line: heading.position?.start.line ?? 1 },
        `the heading names ${listOf(named)}, but ${heldText}: the text and the checklist number the procedure differently`,
        held.length === 0
          ? `place the step in this section: <Checklist group="…" items={['<item id>']} />`
          : `rename the heading after the steps it holds, or place ${listOf(missing.length > 0 ? missing : named)} in this section and move ${extra.length > 0 ? listOf(extra) : 'the others'} out`,
      ),
    );
  }
  return problems;
}

function listOf(numbers: readonly string[]): string {
  return numbers.length === 1 ? `step ${numbers[0]}` : `steps ${numbers.join(', ')}`;
}

/** The heading's words before its first reference: "Step 6.9: …" names steps, "Publish after step 6.9" does not. */
function firstWordEnd(text: string): number {
  const match = /^\s*\S+\s+/u.exec(text);
  return match ? match[0].length : 0;
}

function plainText(node: Heading | RootContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'inlineCode') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

/** Each heading with the lines of its section: from the heading to the next heading of its level or above. */
function sections(tree: Root): { heading: Heading; start: number; end: number }[] {
  const headings: Heading[] = [];
  visit(tree, 'heading', (node) => {
    headings.push(node);
  });
  return headings.map((heading, index) => {
    const next = headings.slice(index + 1).find((other) => other.depth <= heading.depth);
    return {
      heading,
      start: heading.position?.start.line ?? 0,
      end: next?.position?.start.line ?? Number.POSITIVE_INFINITY,
    };
  });
}
