/**
 * Rehype plugin: a command name in a code block of the guide's command languages, or in inline code of the
 * text, becomes a link to the reference page it was verified against (content/commands.yaml). A plain
 * `<a>`: nothing is requested before the reader clicks. The link wraps the name's text inside Prism's
 * token, so highlighting is kept, and the code's text is unchanged (the copy button copies it as it was).
 * Inline code already inside a link or a heading is left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { scanCommands } from '../commands/scan.ts';
import { commandKey, type CommandVocabulary } from '../commands/vocabulary.ts';

/** The class of the links, for their style (src/styles/content.css) and the tests. */
export const COMMAND_LINK_CLASS = 'command-link';

export interface CommandLinksOptions {
  /** The guide's declarations; no links without them. */
  readonly vocabulary: CommandVocabulary | undefined;
}

export function rehypeCommandLinks({ vocabulary }: CommandLinksOptions) {
  return (tree: Root) => {
    if (!vocabulary) return;
    walk(tree, vocabulary, false);
  };
}

function walk(node: Root | Element, vocabulary: CommandVocabulary, skipInline: boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'pre') {
      const code = child.children.find(
        (inner): inner is Element => inner.type === 'element' && inner.tagName === 'code',
      );
      if (code && vocabulary.languages.has(codeLanguage(child, code))) linkCommands(code, vocabulary);
    } else if (child.tagName === 'code') {
      if (!skipInline) linkCommands(child, vocabulary);
    } else {
      walk(child, vocabulary, skipInline || child.tagName === 'a' || /^h[1-6]$/.test(child.tagName));
    }
  }
}

function codeLanguage(pre: Element, code: Element): string {
  const fromData = pre.properties['dataLanguage'];
  if (typeof fromData === 'string') return fromData;
  const classes = [pre, code].flatMap((element) =>
    Array.isArray(element.properties['className']) ? element.properties['className'] : [],
  );
  const languageClass = classes.map(String).find((name) => name.startsWith('language-'));
  return languageClass ? languageClass.slice('language-'.length) : '';
}

interface Located {
  readonly node: Text;
  readonly parent: Element;
  readonly start: number;
}

/** The text nodes of an element in reading order, with their offset in its text. */
function textNodes(element: Element, found: Located[] = [], offset = { value: 0 }): Located[] {
  for (const child of element.children) {
    if (child.type === 'text') {
      found.push({ node: child, parent: element, start: offset.value });
      offset.value += child.value.length;
    } else if (child.type === 'element') textNodes(child, found, offset);
  }
  return found;
}

function linkCommands(code: Element, vocabulary: CommandVocabulary): void {
  const texts = textNodes(code);
  const text = texts.map((located) => located.node.value).join('');
  const uses = scanCommands(text, vocabulary).filter((use) => vocabulary.commands.has(commandKey(use.text)));
  for (const located of texts) {
    const end = located.start + located.node.value.length;
    // A name split across tokens is left as it is (Prism keeps a command name in one token).
    const inside = uses.filter((use) => use.start >= located.start && use.end <= end);
    if (inside.length === 0) continue;
    const pieces: ElementContent[] = [];
    let at = 0;
    for (const use of inside) {
      const from = use.start - located.start;
      if (from > at) pieces.push({ type: 'text', value: located.node.value.slice(at, from) });
      const reference = vocabulary.commands.get(commandKey(use.text))!.reference;
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: reference, className: [COMMAND_LINK_CLASS] },
        children: [{ type: 'text', value: use.text }],
      });
      at = use.end - located.start;
    }
    if (at < located.node.value.length) pieces.push({ type: 'text', value: located.node.value.slice(at) });
    const index = located.parent.children.indexOf(located.node);
    located.parent.children.splice(index, 1, ...pieces);
  }
}
