/** Builds the DOM of the search results from their views, with text nodes only (no HTML is parsed). */
import type { ExcerptPart } from './excerpt.ts';
import type { ResultView } from './results.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const anchor = element('a', className, ...children);
  anchor.href = href;
  return anchor;
}

/** The excerpt's paragraph, or nothing when the excerpt was only the title shown above it. */
function excerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement[] {
  if (parts.length === 0) return [];
  return [
    element(
      'p',
      'search-result-excerpt',
      ...parts.map((part) => (part.marked ? element('mark', '', part.text) : part.text)),
    ),
  ];
}

export interface RenderOptions {
  /** When the search covers several languages, every result names its language. */
  readonly languageLabels: Readonly<Record<string, string>> | undefined;
  /** The tag of a result from the glossary. */
  readonly glossaryLabel: string;
}

/**
 * One page found: its title (the phase) linking to the page, the excerpt of its top when that matched,
 * then its best sections, each a link to the heading with its excerpt.
 */
export function renderResult(view: ResultView, { languageLabels, glossaryLabel }: RenderOptions): HTMLLIElement {
  const item = element('li', 'search-result');
  const top = view.sections.find((section) => section.title === undefined);
  const title = link(top?.url ?? view.url, 'search-result-title', view.title);
  const heading = element('p', 'search-result-heading', title);
  if (view.lang) item.lang = view.lang;
  if (view.kind === 'glossary') {
    item.classList.add('search-result-glossary');
    heading.prepend(element('span', 'search-result-tag', glossaryLabel));
  }
  if (languageLabels && view.lang) {
    heading.prepend(element('span', 'search-result-lang', languageLabels[view.lang] ?? view.lang));
  }
  item.append(heading);
  if (top) item.append(...excerpt(top.excerpt));
  const sections = view.sections.filter((section) => section.title !== undefined);
  if (sections.length > 0) {
    item.append(
      element(
        'ul',
        'search-result-sections',
        ...sections.map((section) =>
          element(
            'li',
            'search-result-section',
            link(section.url, 'search-result-link', section.title ?? ''),
            ...excerpt(section.excerpt),
          ),
        ),
      ),
    );
  }
  return item;
}
