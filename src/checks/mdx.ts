/**
 * The MDX of the documents: only the components of src/components/mdx/ (with props of the right type,
 * naming groups and terms that exist, each checklist group placed once), images with alternative text,
 * code blocks that name their language, callouts of a known type, and headings that skip no level (the page
 * title is the h1: a document's headings start at ##).
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { homeComponentProps, phaseComponentProps } from '../components/mdx/props.ts';
import { ALERT_MARKER, ALERT_TYPES } from '../markdown/remark-alerts.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { languageName } from './language-name.ts';
import { error, fieldName, warning, type Problem } from './problem.ts';
import { checklistIds, glossaryTerms, type ChecklistId } from './raw-data.ts';
import { attributeValue, DYNAMIC } from './static-value.ts';
import { didYouMean } from './suggest.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function checkMdx(source: GuideSource): Problem[] {
  const glossaries = new Map(
    source.glossaries.map((glossary) => [
      glossary.lang,
      {
        file: glossary.file,
        ids: glossaryTerms(glossary.yaml.data).flatMap((term) => (term.id ? [term.id.value] : [])),
      },
    ]),
  );
  return [...source.phases, ...source.homes].flatMap((document) =>
    document.tree ? checkDocument(document, document.tree, glossaries) : [],
  );
}

type Glossaries = ReadonlyMap<string, { readonly file: string; readonly ids: readonly string[] }>;

interface Placements {
  readonly list: { group: string | undefined; items: readonly string[] | undefined; line: number }[];
  /** Set when a `<Checklist>` could not be understood (reported): which groups it placed is unknown. */
  uncertain: boolean;
}

function checkDocument(document: MdxDocument, tree: Root, glossaries: Glossaries): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number | undefined) => ({ file: document.file, line: line ?? 1 });
  const placements: Placements = { list: [], uncertain: false };
  let headingDepth = 1;
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      if (node.depth > headingDepth + 1) {
        const written = '#'.repeat(node.depth);
        const expected = '#'.repeat(headingDepth + 1);
        problems.push(
          error(
            at(line),
            `heading level skipped: a ${written} heading follows ${headingDepth === 1 ? 'the page title (h1)' : `a ${'#'.repeat(headingDepth)} heading`}`,
            `write it ${expected}, or add the missing ${expected} heading above it: screen readers and the table of contents rely on the levels`,
          ),
        );
      }
      headingDepth = node.depth;
    } else if (node.type === 'code' && !node.lang) {
      problems.push(
        error(
          at(line),
          'a code block does not name its language',
          'name it after the opening fence: ```powershell for commands, ```text for output',
        ),
      );
    } else if (node.type === 'image' && node.alt?.trim() === '') {
      problems.push(
        error(
          at(line),
          `image "${node.url}" has no alternative text`,
          'describe what the image shows between the brackets: ![Topology Builder with the pilot pool](./topology.png)',
        ),
      );
    } else if (node.type === 'blockquote') {
      const lead = node.children[0]?.type === 'paragraph' ? node.children[0].children[0] : undefined;
      const type = lead?.type === 'text' ? ALERT_MARKER.exec(lead.value)?.[1] : undefined;
      if (type && !(ALERT_TYPES as readonly string[]).includes(type.toLowerCase())) {
        problems.push(
          error(
            at(line),
            `unknown callout type "[!${type}]"`,
            `use one of: ${ALERT_TYPES.map((known) => `[!${known.toUpperCase()}]`).join(', ')}`,
          ),
        );
      }
    } else if (node.type === 'mdxjsEsm') {
      problems.push(
        error(
          at(line),
          'documents do not import or export anything',
          'remove the line: the components of the guide are available without import',
        ),
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const found = checkElement(document, node, glossaries, at(line), placements);
      if (found.length > 0 && /^[A-Z]/.test(node.name ?? '')) placements.uncertain = true;
      problems.push(...found);
    }
  });
  problems.push(...checkPlacements(document, placements));
  return problems;
}

function checkElement(
  document: MdxDocument,
  node: JsxElement,
  glossaries: Glossaries,
  where: { file: string; line: number },
  placements: Placements,
): Problem[] {
  const name = node.name;
  // Fragments and HTML elements (lowercase) are plain markup; only `<img>` needs a check.
  if (!name) return [];
  if (/^[a-z][a-z0-9-]*$/.test(name)) {
    const alt = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');
    return name === 'img' && (!alt || (typeof alt.value === 'string' && alt.value.trim() === ''))
      ? [error(where, '<img> has no alternative text', 'add alt="…" describing what the image shows')]
      : [];
  }
  const available: Readonly<Record<string, z.ZodType>> =
    document.kind === 'home' ? homeComponentProps : phaseComponentProps;
  const names = Object.keys(available);
  const schema = available[name];
  if (!schema) {
    const kind = document.kind === 'home' ? 'the home text' : 'phase documents';
    const message =
      name in phaseComponentProps
        ? `<${name}> is not available in ${kind}`
        : `unknown component <${name}>${didYouMean(name, names)}`;
    return [
      error(
        where,
        message,
        `use the components available in ${kind}: ${names.map((known) => `<${known}>`).join(', ')}`,
      ),
    ];
  }
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    const { name: prop, value } = attributeValue(attribute);
    if (value === DYNAMIC) {
      return [
        error(
          where,
          `<${name}>${prop ? ` prop "${prop}"` : ''} is computed, so it cannot be checked`,
          `write the value literally, such as ${name === 'Definitions' ? "ids={['migration']}" : 'group="p4-move"'}`,
        ),
      ];
    }
    if (prop) props[prop] = value;
  }
  const result = schema.safeParse(props);
  if (!result.success) {
    return result.error.issues.map((issue) => {
      const prop = fieldName(issue.path);
      return error(
        where,
        issue.code === 'unrecognized_keys' ? issue.message : `<${name}> prop "${prop}": ${issue.message}`,
        'correct the prop as the message says (see content/README.md)',
      );
    });
  }
  if (name === 'Checklist') {
    const group = typeof props['group'] === 'string' ? props['group'] : undefined;
    const items = Array.isArray(props['items']) ? (props['items'] as string[]) : undefined;
    placements.list.push({ group, items, line: where.line });
    const data = document.frontmatter?.data;
    const ids = checklistIds(data);
    const groups = ids.filter((id) => id.kind === 'group').map((id) => id.value);
    // Unreadable frontmatter (reported where it is read): its groups are unknown.
    if (group !== undefined && data !== undefined && !groups.includes(group)) {
      return [
        error(
          where,
          `<Checklist group="${group}">: this document has no checklist group "${group}"${didYouMean(group, groups)}`,
          groups.length > 0
            ? `name one of its groups: ${groups.join(', ')}`
            : "add the group to the frontmatter's checklist",
        ),
      ];
    }
    if (group !== undefined && items !== undefined && data !== undefined) {
      const own = groupItems(ids, group);
      return items
        .filter((item) => !own.includes(item))
        .map((item) =>
          error(
            where,
            `<Checklist group="${group}" items={…}>: "${item}" is not an item of the group "${group}"${didYouMean(item, own)}`,
            `name items of the group: ${own.join(', ')}`,
          ),
        );
    }
  }
  if (name === 'Definitions' && Array.isArray(props['ids'])) {
    const glossary = glossaries.get(document.lang);
    if (!glossary)
      return [
        error(
          where,
          `<Definitions> quotes the ${languageName(document.lang)} glossary, and there is none`,
          `create glossary/${document.lang}.yaml beside home/ and phases/ (see content/README.md)`,
        ),
      ];
    return (props['ids'] as string[])
      .filter((id) => !glossary.ids.includes(id))
      .map((id) =>
        error(
          where,
          `<Definitions>: ${glossary.file} has no term "${id}"${didYouMean(id, glossary.ids)}`,
          `use the term ids of ${glossary.file}: ${glossary.ids.join(', ')}`,
        ),
      );
  }
  return [];
}

/** The item ids of the group `group`, in order. */
function groupItems(ids: readonly ChecklistId[], group: string): string[] {
  const index = ids.find((id) => id.kind === 'group' && id.value === group)?.path[1];
  return ids.filter((id) => id.kind === 'item' && id.path[1] === index).map((id) => id.value);
}

/**
 * Each step is placed once (its id is an anchor, its checkbox unique): a group whole or in parts
 * (`items`), never both. Steps placed nowhere are shown at the end of the page (a warning says so).
 */
function checkPlacements(document: MdxDocument, placements: Placements): Problem[] {
  if (document.kind !== 'phase') return [];
  const ids = checklistIds(document.frontmatter?.data);
  const groups = ids.filter((id) => id.kind === 'group');
  const problems: Problem[] = [];
  const placedAt = new Map<string, number>();
  for (const placement of placements.list) {
    const placedGroups = placement.group === undefined ? groups.map((group) => group.value) : [placement.group];
    for (const group of placedGroups) {
      for (const item of new Set(placement.items ?? groupItems(ids, group))) {
        const first = placedAt.get(item);
        if (first !== undefined) {
          problems.push(
            error(
              { file: document.file, line: placement.line },
              `checklist item "${item}" (group "${group}") is already placed at line ${first}`,
              'place each step once: <Checklist /> places every group, <Checklist group="…" /> one, <Checklist group="…" items={[…]} /> some of its steps',
            ),
          );
        } else placedAt.set(item, placement.line);
      }
    }
  }
  if (placements.uncertain) return problems;
  for (const group of groups) {
    const all = groupItems(ids, group.value);
    const missing = all.filter((item) => !placedAt.has(item));
    if (missing.length === 0) continue;
    const whole = missing.length === all.length;
    problems.push(
      warning(
        { file: document.file, line: document.frontmatter?.lineOf(group.path), field: fieldName(group.path) },
        whole
          ? `checklist group "${group.value}" is not placed in the page, so its steps are shown at the end of the page, far from the text they verify`
          : `steps ${missing.join(', ')} of the group "${group.value}" are not placed in the page, so they are shown at the end of the page`,
        whole
          ? `add <Checklist group="${group.value}" /> where the steps belong`
          : `place them with <Checklist group="${group.value}" items={[${missing.map((item) => `'${item}'`).join(', ')}]} /> where they belong`,
      ),
    );
  }
  return problems;
}
