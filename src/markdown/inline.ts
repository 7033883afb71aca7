/**
 * Inline Markdown for short texts kept in frontmatter (checklist labels and verifications): `code`,
 * emphasis and links, rendered to HTML with the language's punctuation rules. Block syntax is not
 * expected there; a text that is not a single paragraph is rendered as its paragraphs' inline content.
 */
import type { Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { locales, type Lang } from '../i18n/locales.ts';
import { frenchSpacing, transformProse } from './typography.ts';

function unwrapParagraphs(options: { lang: Lang }) {
  return (tree: Root) => {
    const children: RootContent[] = [];
    tree.children.forEach((node, index) => {
      if (node.type === 'element' && node.tagName === 'p') {
        if (children.length > 0 && index > 0) children.push({ type: 'text', value: ' ' });
        children.push(...node.children);
      } else if (!(node.type === 'text' && node.value.trim() === '')) children.push(node);
    });
    tree.children = children;
    if (locales[options.lang].punctuation === 'french') transformProse(tree, frenchSpacing);
  };
}

const processors = new Map<Lang, ReturnType<typeof createProcessor>>();

function createProcessor(lang: Lang) {
  return unified().use(remarkParse).use(remarkRehype).use(unwrapParagraphs, { lang }).use(rehypeStringify);
}

/** `Run \`Move-CsUser\`` → `Run <code>Move-CsUser</code>`. */
export function renderInline(markdown: string, lang: Lang): string {
  let processor = processors.get(lang);
  if (!processor) {
    processor = createProcessor(lang);
    processors.set(lang, processor);
  }
  return String(processor.processSync(markdown)).trim();
}
