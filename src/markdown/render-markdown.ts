/**
 * Markdown kept in data files, outside the MDX bodies that Astro renders with the plugins of
 * astro.config.mjs: glossary definitions (paragraphs, lists, `code`, emphasis, links) and, inline,
 * checklist labels and verifications. With typographic quotes (SmartyPants, as in MDX bodies), the
 * language's punctuation rules and the guide's link resolution.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Link, Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/locales.ts';
import { applyPunctuation } from './rehype-typography.ts';
import { replaceParameters } from './rehype-parameters.ts';
import { replaceLabels } from './rehype-interface-labels.ts';
import { readInterfaceLabels } from '../interface-labels/declared.ts';
import { readParameters } from '../parameters/declared.ts';
import { contentDir } from '../content-dir.ts';

export interface RenderOptions {
  readonly lang: Lang;
  /** Rewrites the href of a link (for example to resolve `phase-2-prepare-for-migration.md`). */
  readonly resolveHref?: (href: string) => string;
  /** Keep only the inline content (paragraphs unwrapped). */
  readonly inline?: boolean;
}

function rewriteLinks(options: RenderOptions) {
  return (tree: MdastRoot) => {
    const resolve = options.resolveHref;
    if (!resolve) return;
    visit(tree, 'link', (node: Link) => {
      node.url = resolve(node.url);
    });
  };
}

/** Words of inline code up to this length never break across lines; longer ones may, anywhere. */
const UNBREAKABLE_WORD = 24;

/**
 * Inline code in a narrow table cell (the sign-off sheet) would otherwise break after any hyphen:
 * "Get-CsUser -⏎Identity" invites a mistyped command. Each short word of the code becomes a span that
 * CSS keeps whole (`.code-word`); the text, and so what a reader copies, is unchanged.
 */
function keepCodeWordsWhole(tree: Root): void {
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'text') return [child];
      return child.value.split(/( +)/).flatMap((part): ElementContent[] => {
        if (part === '') return [];
        if (part.trim() === '' || part.length > UNBREAKABLE_WORD || !part.includes('-'))
          return [{ type: 'text', value: part }];
        return [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['code-word'] },
            children: [{ type: 'text', value: part }],
          },
        ];
      });
    });
  });
}

function finish(options: RenderOptions) {
  return (tree: Root) => {
    if (options.inline) {
      tree.children = tree.children.flatMap((node, index) => {
        if (node.type === 'element' && node.tagName === 'p') {
          return index > 0 ? [{ type: 'text' as const, value: ' ' }, ...node.children] : node.children;
        }
        return node.type === 'text' && node.value.trim() === '' ? [] : [node];
      });
    }
    // The guide's interface labels (`⟪id⟫`), as in MDX bodies.
    replaceLabels(tree, readInterfaceLabels(contentDir()), options.lang);
    applyPunctuation(tree, options.lang);
    // The guide's parameters (`⟦id⟧`), as in MDX bodies; before code words are cut, so a value stays whole.
    replaceParameters(tree, readParameters(contentDir()), options.lang);
    keepCodeWordsWhole(tree);
  };
}

export function renderMarkdown(markdown: string, options: RenderOptions): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkSmartypants)
      .use(rewriteLinks, options)
      .use(remarkRehype)
      .use(finish, options)
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}

/** `Run \`Move-CsUser\`` → `Run <code>Move-CsUser</code>`: a short text, paragraphs unwrapped. */
export function renderInline(markdown: string, lang: Lang, resolveHref?: RenderOptions['resolveHref']): string {
  return renderMarkdown(markdown, { lang, inline: true, ...(resolveHref ? { resolveHref } : {}) });
}
