/**
 * Remark plugin: marks where each change window of a phase opens and closes. A window (windows.yaml)
 * holds the steps of the groups that name it (`window: <id>` in the frontmatter); it opens at the start of
 * the section (the heading) that holds its first placed step, and closes right after the `<Checklist>`
 * that holds its last. The plugin inserts `<WindowMark opens="<id>" />` and `<WindowMark closes="<id>" />`
 * there (src/components/mdx/WindowMark.astro renders them). A window whose first or last step is placed
 * nowhere opens or closes around the end-of-page checklist instead (src/pages/[lang]/[slug].astro).
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { checklistPlacements, placedItems } from '../steps/placements.ts';
import { windowItems, type WindowedGroup } from '../steps/windows.ts';

interface FileData {
  data?: { astro?: { frontmatter?: { checklist?: unknown } } };
}

function mark(kind: 'opens' | 'closes', window: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'WindowMark',
    attributes: [{ type: 'mdxJsxAttribute', name: kind, value: window }],
    children: [],
  };
}

/** Where marks go: before which top-level nodes (opens) and after which (closes). */
export function windowMarkPositions(
  tree: Root,
  checklist: readonly WindowedGroup[],
): { before: Map<RootContent, string[]>; after: Map<RootContent, string[]> } {
  const before = new Map<RootContent, string[]>();
  const after = new Map<RootContent, string[]>();
  const windows = [...new Set(checklist.flatMap((group) => (group.window ? [group.window] : [])))];
  if (windows.length === 0) return { before, after };
  let sectionStart: RootContent | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') sectionStart = node;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Checklist') continue;
    const [placement] = checklistPlacements({ type: 'root', children: [node] });
    if (!placement) continue;
    const shown = placedItems(placement, checklist);
    for (const window of windows) {
      const items = windowItems(checklist, window);
      if (shown.includes(items[0] ?? '')) {
        const at = sectionStart ?? node;
        before.set(at, [...(before.get(at) ?? []), window]);
      }
      if (shown.includes(items.at(-1) ?? '')) after.set(node, [...(after.get(node) ?? []), window]);
    }
  }
  return { before, after };
}

export function remarkWindowMarks() {
  return (tree: Root, file: FileData) => {
    const raw = file.data?.astro?.frontmatter?.checklist;
    if (!Array.isArray(raw)) return;
    const checklist = raw.filter(
      (group): group is WindowedGroup =>
        typeof group === 'object' && group !== null && Array.isArray((group as WindowedGroup).items),
    );
    const { before, after } = windowMarkPositions(tree, checklist);
    if (before.size === 0 && after.size === 0) return;
    tree.children = tree.children.flatMap((node) => [
      ...(before.get(node) ?? []).map((window) => mark('opens', window)),
      node,
      ...(after.get(node) ?? []).map((window) => mark('closes', window)),
    ]);
  };
}
