/**
 * Rehype plugin: every `⟪id⟫` of a document (src/interface-labels/syntax.ts) becomes the label of the
 * page's language, followed, on the pages of the languages `interface.yaml` lists in `showOther`, by the
 * other languages' labels in parentheses, each marked with its language:
 *
 *   <span class="ui-label">Générateur de topologie<span class="ui-label-other" lang="en"> (Topology Builder)</span></span>
 *
 * The other labels are shown at a label's first use in each section (from one `<h2>` to the next), where
 * a reader who arrives from search or the table of contents meets it; its later uses in the section,
 * and every use on the pages of the other languages, carry them `hidden`: not shown, not read aloud,
 * but indexed, so that each language's search finds the section by either name. A short text rendered
 * on its own (a checklist label, a definition) is one section. Inside code, only the page's label is
 * written. An unknown id stays as written (`npm run check` reports it before any build).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { defaultLang, langFromPath, langs, type Lang } from '../i18n/locales.ts';
import { readInterfaceLabels, type InterfaceLabels } from '../interface-labels/declared.ts';
import { LABEL_OPEN, labelText, splitLabels } from '../interface-labels/syntax.ts';

export const LABEL_CLASS = 'ui-label';

function labelElement(
  labels: InterfaceLabels,
  id: string,
  lang: Lang,
  inCode: boolean,
  seen: Set<string>,
): ElementContent | undefined {
  const pair = labels.byId.get(id);
  if (!pair) return undefined;
  const { own, others } = labelText(pair, lang, langs);
  if (inCode) return { type: 'text', value: own };
  const shown = labels.showOther.has(lang) && !seen.has(id);
  seen.add(id);
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [LABEL_CLASS] },
    children: [
      { type: 'text', value: own },
      ...others.map((other): Element => ({
        type: 'element',
        tagName: 'span',
        properties: { className: ['ui-label-other'], lang: other.lang, ...(shown ? {} : { hidden: true }) },
        children: [{ type: 'text', value: ` (${other.text})` }],
      })),
    ],
  };
}

export function replaceLabels(tree: Root | Element, labels: InterfaceLabels, lang: Lang): void {
  if (labels.byId.size === 0) return;
  // The labels already used in the current section (see above).
  const seen = new Set<string>();
  visit(tree, (node, index, parents) => {
    if (node.type === 'element' && (node as Element).tagName === 'h2') seen.clear();
    if (node.type !== 'text') return;
    const text = node as Text;
    const parent = parents as Element | Root | undefined;
    if (!parent || index === undefined || !text.value.includes(LABEL_OPEN)) return;
    const inCode = parent.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre');
    const replaced = splitLabels(text.value).map((piece): ElementContent =>
      piece.kind === 'text'
        ? { type: 'text', value: piece.value }
        : (labelElement(labels, piece.id, lang, inCode, seen) ?? { type: 'text', value: piece.raw }),
    );
    (parent.children as ElementContent[]).splice(index, 1, ...replaced);
    return [SKIP, index + replaced.length];
  });
}

export function rehypeInterfaceLabels({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '') ?? defaultLang;
    replaceLabels(tree, readInterfaceLabels(contentDir), lang);
  };
}
