/**
 * Turns the rendered parts of the guide into one book (`/{lang}/print/`). Pure: HTML in, HTML out.
 *
 * - Links between pages of the guide become links inside the book: to the anchor when the book holds it
 *   once, else to the start of the part (the phase, the glossary, the introduction).
 * - Links to pages the book does not hold (the sign-off sheets, the progress file part of the home) become
 *   plain text; links that leave the guide keep their address, which the print stylesheet shows as text
 *   after the link (`data-book-external`).
 * - Headings inside a part move one level down (`##` of a phase becomes `<h3>`), under the part's `<h2>`,
 *   so that the book's outline (and the PDF's bookmarks) nests: guide, phases, sections.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export interface BookOptions {
  /** The site's base path: `/guides/runbook/`. */
  readonly base: string;
  readonly lang: string;
  /** The phase slugs the book holds. */
  readonly phases: readonly string[];
  /** Whether the book holds the glossary. */
  readonly glossary: boolean;
}

/** The id of a part of the book: `book-<slug>`, `book-glossary`, `book-home`. */
export const bookPartId = (part: string): string => `book-${part}`;

/** The attribute marking an element whose headings move one level down. */
export const SHIFT_ATTRIBUTE = 'data-book-shift';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

function walk(node: Root | Element, visit: (element: Element, shifted: boolean) => void, shifted = false): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const inside =
      shifted ||
      child.properties[SHIFT_ATTRIBUTE.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] !== undefined;
    visit(child, inside);
    walk(child, visit, inside);
  }
}

/** Where a link of the site leads in the book, `null` for a page the book does not hold, `undefined` to leave it. */
function bookTarget(href: string, options: BookOptions, ids: ReadonlyMap<string, number>): string | null | undefined {
  const once = (id: string) => (ids.get(id) === 1 ? `#${id}` : undefined);
  if (href.startsWith('#')) {
    // A part of the same page the book leaves out (the home's progress-file part): text.
    const id = decodeURIComponent(href.slice(1));
    return ids.has(id) ? undefined : null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const prefix = `${options.base}${options.lang}/`;
  if (!href.startsWith(prefix)) return null;
  const [path = '', hash = ''] = href.slice(prefix.length).split('#');
  const page = path.replace(/\/$/, '');
  const anchor = hash ? once(decodeURIComponent(hash)) : undefined;
  if (page === '') return hash === '' ? `#${bookPartId('home')}` : (anchor ?? `#${bookPartId('home')}`);
  if (page === 'glossary' && options.glossary) return anchor ?? `#${bookPartId('glossary')}`;
  if (options.phases.includes(page)) return anchor ?? `#${bookPartId(page)}`;
  return null;
}

export function makeBook(html: string, options: BookOptions): string {
  const tree = fromHtml(html, { fragment: true });
  const ids = new Map<string, number>();
  walk(tree, (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1);
  });
  walk(tree, (element, shifted) => {
    const level = /^h([1-5])$/.exec(element.tagName)?.[1];
    if (shifted && level) element.tagName = `h${Number(level) + 1}`;
    if (element.tagName !== 'a' || typeof element.properties['href'] !== 'string') return;
    const target = bookTarget(element.properties['href'], options, ids);
    if (target === null) {
      // A page the book does not hold: the words stay, as text.
      element.tagName = 'span';
      element.properties = { className: ['book-link'] };
    } else if (target !== undefined) element.properties['href'] = target;
    else if (/^(https?:)?\/\//i.test(element.properties['href'])) element.properties['dataBookExternal'] = '';
  });
  return unified().use(rehypeStringify).stringify(tree);
}
