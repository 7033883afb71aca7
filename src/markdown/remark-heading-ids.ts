/**
 * Remark plugin: a heading ending with `{#id}` gets that id, marked as shared by every language (see
 * heading-ids.ts).
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { SHARED_ANCHOR_ATTRIBUTE, splitHeadingId } from './heading-ids.ts';

export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const { text, id } = splitHeadingId(last.value);
      if (!id) return;
      last.value = text;
      if (last.value === '') node.children.pop();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, [SHARED_ANCHOR_ATTRIBUTE]: '' } };
    });
  };
}
