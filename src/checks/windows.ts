/**
 * Change windows (`windows.yaml`, src/schemas/windows.ts, validated by frontmatter.ts): each group's
 * `window` names a declared window; a window's groups are in one phase and name it in every language; a
 * declared window is used; and the page shows a window's steps together, in one stretch of the page
 * (the page marks where the window opens and closes), with no step of another window or of preparation
 * placed between them.
 */
import { windowsSchema } from '../schemas/windows.ts';
import { checklistPlacements, placedItems, unplacedParts } from '../steps/placements.ts';
import { stepNumbers } from '../steps/numbers.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, warning, type Problem } from './problem.ts';
import { phaseNumber } from './raw-data.ts';
import { didYouMean } from './suggest.ts';

interface Group {
  readonly id: string;
  readonly window: string | undefined;
  readonly index: number;
  readonly items: { id: string }[];
}

function readGroups(data: unknown): Group[] {
  const groups = (data as { checklist?: unknown } | undefined)?.checklist;
  if (!Array.isArray(groups)) return [];
  return groups.map((group: { id?: unknown; window?: unknown; items?: unknown }, index) => ({
    id: String(group?.id ?? ''),
    window: typeof group?.window === 'string' ? group.window : undefined,
    index,
    items: Array.isArray(group?.items)
      ? (group.items as { id?: unknown }[]).map((item) => ({ id: String(item?.id ?? '') }))
      : [],
  }));
}

export function checkWindows(source: GuideSource): Problem[] {
  const problems: Problem[] = [];
  const file = source.windows?.file ?? 'windows.yaml';
  const parsed = source.windows ? windowsSchema.safeParse(source.windows.yaml.data) : undefined;
  // An invalid file is reported by frontmatter.ts; its ids are then unknown, so names are not checked.
  const declared = parsed?.success ? parsed.data.windows.map((window) => window.id) : undefined;
  const used = new Set<string>();
  const phaseOf = new Map<string, string>();
  const windowByGroup = new Map<string, string | undefined>();
  for (const document of source.phases) {
    const groups = readGroups(document.frontmatter?.data);
    const fieldLine = (group: Group) => document.frontmatter?.lineOf(['checklist', group.index, 'window']);
    for (const group of groups) {
      const key = `${document.slug}#${group.id}`;
      if (!windowByGroup.has(key)) windowByGroup.set(key, group.window);
      else if (windowByGroup.get(key) !== group.window) {
        problems.push(
          error(
            {
              file: document.file,
              line: fieldLine(group) ?? document.frontmatter?.lineOf(['checklist', group.index]),
              field: `checklist.${group.index}.window`,
            },
            `the group "${group.id}" is in the window "${group.window ?? '(none)'}" here and in "${windowByGroup.get(key) ?? '(none)'}" in another language`,
            'give the group the same window in every language: the window’s sheet is the same in all of them',
          ),
        );
      }
      if (!group.window) continue;
      const where = { file: document.file, line: fieldLine(group), field: `checklist.${group.index}.window` };
      used.add(group.window);
      if (!source.windows) {
        problems.push(
          error(
            where,
            `the group "${group.id}" names the change window "${group.window}", and the guide declares no windows`,
            `declare it in windows.yaml: windows: [{ id: ${group.window}, <lang>: { title: …, outage: … } }] (see content/README.md)`,
          ),
        );
        continue;
      }
      if (declared && !declared.includes(group.window)) {
        problems.push(
          error(
            where,
            `unknown change window "${group.window}"${didYouMean(group.window, declared)}`,
            `name one of the windows of ${file}: ${declared.join(', ')}, or declare it there`,
          ),
        );
        continue;
      }
      const phase = phaseOf.get(group.window);
      if (phase === undefined) phaseOf.set(group.window, document.slug);
      else if (phase !== document.slug) {
        problems.push(
          error(
            where,
            `the change window "${group.window}" already holds groups of ${phase}: a window is part of one phase`,
            'declare another window for this phase’s steps in windows.yaml, and name it here',
          ),
        );
      }
    }
    problems.push(...checkStretch(document, groups));
  }
  if (source.windows && declared) {
    for (const [index, id] of declared.entries()) {
      if (used.has(id)) continue;
      problems.push(
        warning(
          { file, line: source.windows.yaml.lineOf(['windows', index, 'id']), field: `windows.${index}.id` },
          `the change window "${id}" holds no steps: no checklist group names it`,
          `add "window: ${id}" to the groups of the steps done in it, or remove the window`,
        ),
      );
    }
  }
  return problems;
}

/** A window's steps are shown in one stretch of the page: nothing else placed between its first and last step. */
function checkStretch(document: MdxDocument, groups: readonly Group[]): Problem[] {
  if (!document.tree || !groups.some((group) => group.window)) return [];
  const phase = phaseNumber(document.frontmatter?.data) ?? 0;
  const numbers = stepNumbers(phase, groups);
  const windowOf = new Map(groups.flatMap((group) => group.items.map((item) => [item.id, group.window] as const)));
  const placements = checklistPlacements(document.tree);
  // The page's order of steps: the placements, then the end-of-page checklist.
  const shown = [
    ...placements.flatMap((placement) => placedItems(placement, groups).map((id) => ({ id, line: placement.line }))),
    ...unplacedParts(groups, placements).flatMap((part) => part.items.map((id) => ({ id, line: undefined }))),
  ];
  const problems: Problem[] = [];
  for (const window of new Set(groups.flatMap((group) => (group.window ? [group.window] : [])))) {
    const positions = shown.flatMap((step, index) => (windowOf.get(step.id) === window ? [index] : []));
    if (positions.length === 0) continue;
    const first = positions[0]!;
    const last = positions.at(-1)!;
    const intruders = shown.slice(first, last + 1).filter((step) => windowOf.get(step.id) !== window);
    if (intruders.length === 0) continue;
    const intruder = intruders[0]!;
    problems.push(
      error(
        { file: document.file, line: intruder.line },
        `step ${numbers.get(intruder.id) ?? intruder.id} (${intruder.id}) is placed between steps ${numbers.get(shown[first]!.id)} and ${numbers.get(shown[last]!.id)} of the change window "${window}"${intruders.length > 1 ? `, with ${intruders.length - 1} other step(s) outside the window` : ''}: the page marks the window as one stretch`,
        `place it before or after the window's steps, or, if it is done in the window, move it to a group with window: ${window}`,
      ),
    );
  }
  return problems;
}
