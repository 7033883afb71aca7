/**
 * French punctuation spacing, applied to prose at build time so that authors and translators cannot get
 * it wrong: a narrow no-break space (U+202F) before `; : ! ?` and inside « guillemets ».
 * Code (`code`, `pre`, `kbd`, `samp`) is never touched: a command must stay exactly as typed.
 */
import type { Element, Root, RootContent } from 'hast';

export const NARROW_NBSP = '\u202F';

const SPACES = '[ \\u00A0\\u202F]';
/** A space already written before high punctuation that ends a clause: becomes a narrow no-break space. */
const SPACE_BEFORE = new RegExp(`${SPACES}+([;:!?])(?=\\s|$|[!?.,)»])`, 'gu');
/** High punctuation glued to the word before it and ending a clause: a narrow no-break space is added. */
const GLUED_BEFORE = /([\p{L}\p{N})\]’])([;:!?])(?=\s|$)/gu;
const OPENING_GUILLEMET = new RegExp(`«${SPACES}*`, 'gu');
const CLOSING_GUILLEMET = new RegExp(`${SPACES}*»`, 'gu');

/** Applies French spacing to one run of prose. Idempotent. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/“/g, '«')
    .replace(/”/g, '»')
    .replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NARROW_NBSP}»`)
    .replace(SPACE_BEFORE, `${NARROW_NBSP}$1`)
    .replace(GLUED_BEFORE, `$1${NARROW_NBSP}$2`);
}

/**
 * Typesets a short plain text kept in data (a title, a summary, a tool name): typographic apostrophes
 * and quotes, as SmartyPants does for Markdown bodies, and French spacing where `french` is set. Spans in
 * backticks are left exactly as written.
 */
export function typesetText(text: string, french: boolean): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith('`')) return part;
      const quoted = part.replace(/(\p{L})'(?=\p{L})/gu, '$1’').replace(/"([^"]*)"/g, '“$1”');
      return french ? frenchSpacing(quoted) : quoted;
    })
    .join('');
}

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'textarea']);

type Parent = Root | Element | { type: string; children: RootContent[] };

/** Applies `transform` to every text node of a hast tree outside verbatim elements. */
export function transformProse(tree: Parent, transform: (text: string) => string): void {
  for (const node of tree.children) {
    if (node.type === 'text') node.value = transform(node.value);
    else if (node.type === 'element' && VERBATIM.has(node.tagName)) continue;
    else if ('children' in node && Array.isArray(node.children)) transformProse(node as Parent, transform);
  }
}
