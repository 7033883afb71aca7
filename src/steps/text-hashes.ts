/**
 * The text hash of each step, which a mark keeps so that a step whose label or verification changed in the
 * guide after it was marked is flagged "changed since you marked it" (client/changed-flag.ts).
 *
 * Marks are shared by every language of the guide, so the hash is that of one language's text, the same on
 * every page: the default language's (the guide's reference, which translations follow), its label and
 * verification as written in the frontmatter. A reader of another language thus never sees a step flagged
 * because the language differs, and a change of the reference text flags the step in every language. A step
 * the default language lacks (the content checks report it) is hashed in the page's own language. Pure.
 */
import { textHash } from '../components/checklist/run-record.ts';

export interface HashedChecklist {
  readonly items: readonly { readonly id: string; readonly label: string; readonly verify?: string | undefined }[];
}

/** The text a step is hashed on: its label, then its verification (none: the label alone). */
export function stepText(item: HashedChecklist['items'][number]): string {
  return item.verify ? `${item.label}\n${item.verify}` : item.label;
}

/**
 * Item id → hash of its text, for a phase whose checklist in the page's language is `own` and in the
 * default language `reference` (undefined when the default language lacks the phase).
 */
export function stepHashes(
  own: readonly HashedChecklist[],
  reference: readonly HashedChecklist[] | undefined,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const group of own) for (const item of group.items) texts.set(item.id, stepText(item));
  for (const group of reference ?? [])
    for (const item of group.items) if (texts.has(item.id)) texts.set(item.id, stepText(item));
  return new Map([...texts].map(([id, text]) => [id, textHash(text)]));
}
