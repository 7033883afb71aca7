/**
 * Rehype plugin: tables scroll sideways on small screens (see base.css), so keyboard users must be able
 * to focus and scroll them, as they can code blocks.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties['tabIndex'] = 0;
    });
  };
}
