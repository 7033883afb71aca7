/**
 * Speakable step numbers: every checklist item of a phase is `<phase>.<n>`, n counting the phase's items
 * from 1 in the order of its frontmatter (groups in order, items in order), so that "step 6.12" means the
 * same step on the page, on the sign-off sheets, in the text and in exports. The number is derived, never
 * written: an item keeps it as long as the items before it do not change. Pure, for pages and checks.
 */

export interface NumberedChecklist {
  readonly id: string;
  readonly items: readonly { readonly id: string }[];
}

/** Item id → its number (`6.12`), for a phase numbered `phase`. */
export function stepNumbers(phase: number, checklist: readonly NumberedChecklist[]): Map<string, string> {
  const numbers = new Map<string, string>();
  let n = 0;
  for (const group of checklist) for (const item of group.items) numbers.set(item.id, `${phase}.${(n += 1)}`);
  return numbers;
}

/** The number of the phase's last step (`6.30`), or undefined for a phase without steps. */
export function lastStepNumber(phase: number, checklist: readonly NumberedChecklist[]): string | undefined {
  const count = checklist.reduce((total, group) => total + group.items.length, 0);
  return count > 0 ? `${phase}.${count}` : undefined;
}

/** A step number written in a text after the word "step": "step 6.12", "étapes 6.3 à 6.5". */
export interface StepReference {
  readonly phase: number;
  readonly step: number;
  /** `6.12` */
  readonly number: string;
  /** Index of the number in the text. */
  readonly index: number;
  /** True when the number ends a range that the previous reference starts ("6.3 to 6.5"). */
  readonly endsRange: boolean;
}

/** A language's words for step references (its UI dictionary's `steps.*Words`, split at `|`). */
export interface StepWords {
  /** "step", "steps" */
  readonly words: readonly string[];
  /** "to", "through": the numbers on both sides and all between. */
  readonly rangeWords: readonly string[];
  /** "and", "or": the numbers on both sides. */
  readonly listWords: readonly string[];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = String.raw`[\s\u00a0\u202f]`;

/**
 * The step numbers a text refers to after one of the language's words for "step" (case-insensitive):
 * "step 6.12", "steps 6.3 to 6.5", "étapes 6.3, 6.4 et 6.7". Numbers without a dot ("step 2" of a
 * wizard's page) are not step numbers and are left alone.
 */
export function stepReferences(text: string, { words, rangeWords, listWords }: StepWords): StepReference[] {
  if (words.length === 0) return [];
  const number = String.raw`\d+\.\d+(?!\.?\d)`;
  const range = String.raw`${SPACE}*(?:–|-|${SPACE}(?:${rangeWords.map(escape).join('|') || '(?!)'}))${SPACE}*`;
  const list = String.raw`${SPACE}*(?:,|${SPACE}(?:${listWords.map(escape).join('|') || '(?!)'}))${SPACE}*`;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${words.map(escape).join('|')})${SPACE}+${number}(?:(?:${range}|${list})${number})*`,
    'giu',
  );
  const found: StepReference[] = [];
  for (const match of text.matchAll(pattern)) {
    const part = /(\d+)\.(\d+)/g;
    let previousEnd: number | undefined;
    for (const inner of match[0].matchAll(part)) {
      const between = previousEnd === undefined ? '' : match[0].slice(previousEnd, inner.index);
      const endsRange = previousEnd !== undefined && new RegExp(String.raw`^(?:${range})$`, 'iu').test(between);
      found.push({
        phase: Number(inner[1]),
        step: Number(inner[2]),
        number: `${inner[1]}.${inner[2]}`,
        index: match.index + inner.index,
        endsRange,
      });
      previousEnd = inner.index + inner[0].length;
    }
  }
  return found;
}

/** The step numbers the references name, ranges expanded ("6.3 to 6.5" → 6.3, 6.4, 6.5). */
export function referencedNumbers(references: readonly StepReference[]): string[] {
  const numbers: string[] = [];
  references.forEach((reference, index) => {
    const previous = references[index - 1];
    if (reference.endsRange && previous && previous.phase === reference.phase) {
      for (let step = previous.step + 1; step < reference.step; step += 1) numbers.push(`${reference.phase}.${step}`);
    }
    numbers.push(reference.number);
  });
  return numbers;
}
