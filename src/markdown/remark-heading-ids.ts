/**
 * Remark plugin: a heading ending with `{#id}` gets that id, marked as shared by every language (see
 * heading-ids.ts).
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { HEADING_ID, SHARED_ANCHOR_ATTRIBUTE } from './heading-ids.ts';

export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = HEADING_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      if (last.value === '') node.children.pop();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1], [SHARED_ANCHOR_ATTRIBUTE]: '' } };
    });
  };
}
