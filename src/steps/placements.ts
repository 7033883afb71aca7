/**
 * Where a phase's steps are placed in its document: each `<Checklist />` (every group),
 * `<Checklist group="g" />` (one group) or `<Checklist group="g" items={['a', 'b']} />` (part of a
 * group: a group can be split over the sections its steps belong to). The steps no `<Checklist>` places
 * are shown at the end of the page, as before placement existed, so no step is ever lost. Pure: works on
 * the document's syntax tree (read by the checks and by the build) and on the frontmatter's checklist.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeValue, DYNAMIC } from '../checks/static-value.ts';
import type { NumberedChecklist } from './numbers.ts';

export interface Placement {
  /** The group placed; undefined for `<Checklist />` (every group). */
  readonly group: string | undefined;
  /** The items of the group placed here; undefined for the whole group. */
  readonly items: readonly string[] | undefined;
  /** 1-based line of the `<Checklist>` in the document. */
  readonly line: number;
}

/** The `<Checklist>` elements of a document, in reading order, with their literal props (others ignored). */
export function checklistPlacements(tree: Root): Placement[] {
  const found: Placement[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Checklist') return;
    let group: string | undefined;
    let items: string[] | undefined;
    for (const attribute of node.attributes) {
      const { name, value } = attributeValue(attribute);
      if (value === DYNAMIC) continue;
      if (name === 'group' && typeof value === 'string') group = value;
      if (name === 'items' && Array.isArray(value)) items = value.filter((id): id is string => typeof id === 'string');
    }
    found.push({ group, items, line: node.position?.start.line ?? 1 });
  });
  return found;
}

/** The item ids a placement shows, in the frontmatter's order. */
export function placedItems(placement: Placement, checklist: readonly NumberedChecklist[]): string[] {
  const groups = placement.group === undefined ? checklist : checklist.filter((group) => group.id === placement.group);
  return groups.flatMap((group) =>
    group.items.map((item) => item.id).filter((id) => placement.items === undefined || placement.items.includes(id)),
  );
}

/** The groups (with only their unplaced items, in order) that no placement shows: the end-of-page checklist. */
export function unplacedParts<G extends NumberedChecklist>(
  checklist: readonly G[],
  placements: readonly Placement[],
): { group: G; items: string[] }[] {
  const placed = new Set(placements.flatMap((placement) => placedItems(placement, checklist)));
  return checklist
    .map((group) => ({ group, items: group.items.map((item) => item.id).filter((id) => !placed.has(id)) }))
    .filter((part) => part.items.length > 0);
}
