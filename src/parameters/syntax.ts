/**
 * The one syntax documents use for a parameter: its id between white square brackets, `⟦sip-domain⟧`,
 * anywhere (prose, inline code, code blocks, link text, checklist labels and verifications). The brackets
 * (U+27E6, U+27E7) mean nothing to MDX, Markdown, Prism or the typography rules, and never occur in
 * PowerShell, where `{…}` and `$name` do. A doubled opening bracket writes the marker as text:
 * `⟦⟦sip-domain⟧` shows `⟦sip-domain⟧` (a backslash cannot be the escape: Windows paths put one before a
 * parameter, `\\⟦file-server⟧\⟦share⟧`).
 */

import { bracketMarkers, type MarkerUse } from '../utils/bracket-markers.ts';

export const OPEN = '⟦';
export const CLOSE = '⟧';

const syntax = bracketMarkers(OPEN, CLOSE);

export type Piece =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'parameter'; readonly id: string; readonly start: number; readonly end: number };

/**
 * Text cut into plain text and parameters. Escaped markers become plain text without their doubled bracket.
 * A bracketed text that is not a kebab-case id is left as it is (the check reports it).
 */
export function splitParameters(text: string): Piece[] {
  return syntax
    .split(text)
    .map((piece) =>
      piece.kind === 'text' ? piece : { kind: 'parameter', id: piece.id, start: piece.start, end: piece.end },
    );
}

export type { MarkerUse };

/** Every unescaped marker of a text, for the checks. */
export const markerUses: (text: string) => MarkerUse[] = syntax.uses;
