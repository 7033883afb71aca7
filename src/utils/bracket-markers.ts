/**
 * The one marker syntax of documents: an id between a pair of brackets that mean nothing to MDX, Markdown,
 * Prism or the typography rules, `⟦sip-domain⟧` for a parameter (src/parameters/syntax.ts) and
 * `⟪topology-builder⟫` for an interface label (src/interface-labels/syntax.ts). A doubled opening bracket
 * writes the marker as text (`⟦⟦id⟧` shows `⟦id⟧`); a bracketed text that is not a kebab-case id is left as
 * it is, and the checks report it. Pure: tested through both syntaxes.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type MarkedPiece =
  | { readonly kind: 'text'; readonly value: string }
  | {
      readonly kind: 'marker';
      readonly id: string;
      /** Offsets of the marker in the text, and the marker as written. */
      readonly start: number;
      readonly end: number;
      readonly raw: string;
    };

export interface MarkerUse {
  /** What stands between the brackets (an id, or a malformed one). */
  readonly id: string;
  /** Offset of the opening bracket in the text. */
  readonly offset: number;
  /** False when the text between the brackets is not a kebab-case id. */
  readonly wellFormed: boolean;
}

export interface MarkerSyntax {
  /** Text cut into plain text and markers; escaped markers become plain text without their doubled bracket. */
  split(text: string): MarkedPiece[];
  /** Every unescaped marker of a text, well-formed or not, for the checks. */
  uses(text: string): MarkerUse[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function bracketMarkers(open: string, close: string): MarkerSyntax {
  const [o, c] = [escapeRegExp(open), escapeRegExp(close)];
  // Group 1: the doubled opening bracket of an escaped marker; group 2: what stands between the brackets.
  const marker = new RegExp(`(${o}?)${o}([^${o}${c}\\n]*)${c}`, 'g');
  return {
    split(text) {
      const pieces: MarkedPiece[] = [];
      let plain = '';
      let last = 0;
      for (const match of text.matchAll(marker)) {
        const [whole, escape = '', id = ''] = match;
        const start = match.index;
        plain += text.slice(last, start);
        last = start + whole.length;
        if (escape !== '' || !ID.test(id)) {
          plain += escape !== '' ? whole.slice(escape.length) : whole;
          continue;
        }
        if (plain !== '') pieces.push({ kind: 'text', value: plain });
        plain = '';
        pieces.push({ kind: 'marker', id, start, end: last, raw: whole });
      }
      plain += text.slice(last);
      if (plain !== '') pieces.push({ kind: 'text', value: plain });
      return pieces;
    },
    uses(text) {
      return [...text.matchAll(marker)]
        .filter((match) => (match[1] ?? '') === '')
        .map((match) => ({ id: match[2] ?? '', offset: match.index, wellFormed: ID.test(match[2] ?? '') }));
    },
  };
}
