/**
 * The syntax documents use to name an element of the product's interface declared in
 * `<content>/interface.yaml`: its id between mathematical double angle brackets, `⟪topology-builder⟫`,
 * in prose, headings, link text, checklist labels, verifications and conditions, and glossary
 * definitions. The brackets (U+27EA, U+27EB) mean nothing to MDX, Markdown or the typography rules, like
 * the parameters' `⟦id⟧`. A doubled opening bracket writes the marker as text: `⟪⟪id⟫` shows `⟪id⟫`.
 * Pure: tested without a build (tests/unit/interface-labels.test.ts).
 */

import { bracketMarkers, type MarkerUse } from '../utils/bracket-markers.ts';

export const LABEL_OPEN = '⟪';

const syntax = bracketMarkers(LABEL_OPEN, '⟫');

export type LabelPiece =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'label'; readonly id: string; readonly raw: string };

/** Text cut into plain text and label markers; escaped or malformed markers stay text (the check reports the latter). */
export function splitLabels(text: string): LabelPiece[] {
  return syntax
    .split(text)
    .map((piece) => (piece.kind === 'text' ? piece : { kind: 'label', id: piece.id, raw: piece.raw }));
}

export type LabelUse = MarkerUse;

/** Every unescaped label marker of a text, for the checks. */
export const labelUses: (text: string) => LabelUse[] = syntax.uses;

/** One declared label in every language. */
export type LabelPair<L extends string> = Readonly<Record<L, string>>;

export interface LabelText {
  /** The label in the page's language. */
  readonly own: string;
  /** The other languages' labels that differ from it (each once), with their language, to show after it. */
  readonly others: readonly { readonly lang: string; readonly text: string }[];
}

/** What a page in `lang` says for a label: its own label, and the other languages' when they differ. */
export function labelText<L extends string>(pair: LabelPair<L>, lang: L, order: readonly L[]): LabelText {
  const own = pair[lang];
  const seen = new Set([own.toLocaleLowerCase()]);
  const others: { lang: string; text: string }[] = [];
  for (const other of order) {
    const text = pair[other];
    if (other === lang || seen.has(text.toLocaleLowerCase())) continue;
    seen.add(text.toLocaleLowerCase());
    others.push({ lang: other, text });
  }
  return { own, others };
}
