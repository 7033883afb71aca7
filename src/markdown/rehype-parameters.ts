/**
 * Rehype plugin: every `⟦id⟧` of a document (src/parameters/syntax.ts), in prose, link text, inline code
 * and code blocks, becomes `<span class="param" data-param="id" title="…">example</span>`: the declared
 * example as text, so that the page reads, prints and is indexed without JavaScript; the browser puts the
 * reader's value in its place (src/components/environment/client/fill.ts).
 *
 * It runs after syntax highlighting, which may have cut a marker into several tokens
 * (`⟦sip` `-domain⟧`): the text of each code block is read as one string, and a marker is placed where it
 * starts, its other characters removed from the tokens that held them. An unknown id stays as written
 * (`npm run check` reports it before any build).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { translate } from '../i18n/index.ts';
import { defaultLang, langFromPath, type Lang } from '../i18n/locales.ts';
import { readParameters, type Parameters } from '../parameters/declared.ts';
import { splitParameters, OPEN } from '../parameters/syntax.ts';

export const PARAMETER_CLASS = 'param';

export function parameterElement(parameters: Parameters, id: string, lang: Lang): Element | undefined {
  const parameter = parameters.byId.get(id);
  if (!parameter) return undefined;
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      className: [PARAMETER_CLASS],
      dataParam: id,
      title: translate(lang, 'environment.exampleTitle', { label: parameter.label[lang] }),
    },
    children: [{ type: 'text', value: parameter.example }],
  };
}

/** The text, cut at its markers: plain text nodes and parameter elements. */
function replaceInText(value: string, parameters: Parameters, lang: Lang): ElementContent[] {
  return splitParameters(value).map((piece): ElementContent => {
    if (piece.kind === 'text') return { type: 'text', value: piece.value };
    return parameterElement(parameters, piece.id, lang) ?? { type: 'text', value: value.slice(piece.start, piece.end) };
  });
}

/** Text nodes of `node`, in document order, with their parents. */
function textNodes(node: Element): { text: Text; parent: Element; index: number }[] {
  const found: { text: Text; parent: Element; index: number }[] = [];
  const walk = (element: Element) => {
    element.children.forEach((child, index) => {
      if (child.type === 'text') found.push({ text: child, parent: element, index });
      else if (child.type === 'element') walk(child);
    });
  };
  walk(node);
  return found;
}

/**
 * A code block whose markers may span tokens: each marker's characters are gathered into the text node
 * where it starts, then every text node is cut as prose is.
 */
function gatherMarkers(pre: Element): void {
  const nodes = textNodes(pre);
  const whole = nodes.map(({ text }) => text.value).join('');
  if (!whole.includes(OPEN)) return;
  // Where each marker (escaped or not) starts and ends in the whole text.
  const spans = [...whole.matchAll(/⟦?⟦[^⟦⟧\n]*⟧/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  let offset = 0;
  const kept: string[] = nodes.map(() => '');
  nodes.forEach(({ text }, n) => {
    const from = offset;
    const to = offset + text.value.length;
    offset = to;
    let out = '';
    for (let at = from; at < to; at += 1) {
      const span = spans.find((candidate) => at >= candidate.start && at < candidate.end);
      if (!span) out += whole[at];
      else if (at === span.start) out += whole.slice(span.start, span.end);
      // other characters of a marker were moved to where it starts
    }
    kept[n] = out;
  });
  nodes.forEach(({ text }, n) => {
    text.value = kept[n] ?? '';
  });
}

export function replaceParameters(tree: Root | Element, parameters: Parameters, lang: Lang): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'pre') gatherMarkers(node);
  });
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes(OPEN)) return;
    const replaced = replaceInText(node.value, parameters, lang);
    (parent.children as ElementContent[]).splice(index, 1, ...replaced);
    return [SKIP, index + replaced.length];
  });
}

export function rehypeParameters({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '') ?? defaultLang;
    replaceParameters(tree, readParameters(contentDir), lang);
  };
}
