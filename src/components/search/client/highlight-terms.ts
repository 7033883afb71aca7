/**
 * Loaded only on a page opened from a search result (`?highlight=…`): marks the words found in the
 * page's indexed content, and brings the first one into view when the link named no section.
 */
import { highlightTerms } from './highlight-url.ts';
import { findMatches } from './match-terms.ts';

/** A bound on the work done for a very common word. */
const MAX_MARKS = 300;
const SKIPPED = 'script, style, textarea, mark, [hidden], [aria-hidden="true"]';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Wraps the matches of `terms` in `root` in `<mark class="search-hit">`; returns the marks. */
function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const text = node.data;
    const ranges = findMatches(text, terms);
    // From the end, so that the offsets of earlier matches stay valid while the node is split.
    for (const [start, end] of [...ranges].reverse()) {
      if (marks.length >= MAX_MARKS) break;
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
      marks.push(mark);
    }
    if (marks.length >= MAX_MARKS) break;
  }
  return marks;
}

export function highlightFromLocation(): void {
  const terms = highlightTerms(location.search);
  const root = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !root) return;
  markTerms(root, terms);
  if (location.hash === '') root.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
