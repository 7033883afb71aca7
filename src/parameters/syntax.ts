/**
 * The one syntax documents use for a parameter: its id between white square brackets, `⟦sip-domain⟧`,
 * anywhere (prose, inline code, code blocks, link text, checklist labels and verifications). The brackets
 * (U+27E6, U+27E7) mean nothing to MDX, Markdown, Prism or the typography rules, and never occur in
 * PowerShell, where `{…}` and `$name` do. A doubled opening bracket writes the marker as text:
 * `⟦⟦sip-domain⟧` shows `⟦sip-domain⟧` (a backslash cannot be the escape: Windows paths put one before a
 * parameter, `\\⟦file-server⟧\⟦share⟧`).
 */

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** A marker, escaped (group 1 is the doubled bracket) or not; group 2 is what stands between the brackets. */
const MARKER = /(⟦?)⟦([^⟦⟧\n]*)⟧/g;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Piece =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'parameter'; readonly id: string; readonly start: number; readonly end: number };

/**
 * Text cut into plain text and parameters. Escaped markers become plain text without their doubled bracket.
 * A bracketed text that is not a kebab-case id is left as it is (the check reports it).
 */
export function splitParameters(text: string): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const [whole, escape = '', id = ''] = match;
    const start = match.index;
    plain += text.slice(last, start);
    last = start + whole.length;
    if (escape !== '' || !ID.test(id)) {
      plain += escape !== '' ? whole.slice(1) : whole;
      continue;
    }
    if (plain !== '') pieces.push({ kind: 'text', value: plain });
    plain = '';
    pieces.push({ kind: 'parameter', id, start, end: last });
  }
  plain += text.slice(last);
  if (plain !== '') pieces.push({ kind: 'text', value: plain });
  return pieces;
}

export interface MarkerUse {
  /** What stands between the brackets (an id, or a malformed one). */
  readonly id: string;
  /** Offset of the opening bracket in the text. */
  readonly offset: number;
  /** False when the text between the brackets is not a kebab-case id. */
  readonly wellFormed: boolean;
}

/** Every unescaped marker of a text, for the checks. */
export function markerUses(text: string): MarkerUse[] {
  return [...text.matchAll(MARKER)]
    .filter((match) => (match[1] ?? '') === '')
    .map((match) => ({ id: match[2] ?? '', offset: match.index, wellFormed: ID.test(match[2] ?? '') }));
}
