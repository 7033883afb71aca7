/**
 * Parses an MDX document the way the build reads it (frontmatter, then MDX with GFM, SmartyPants and the
 * build's own heading plugins, src/markdown/heading-plugins.ts), keeping line numbers, and finds the ids
 * its headings get on the page.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { headingRehypePlugins, headingRemarkPlugins } from '../markdown/heading-plugins.ts';

export interface SplitDocument {
  /** The frontmatter's YAML and the file line it starts on; undefined when the document has none. */
  readonly frontmatter: { readonly text: string; readonly firstLine: number } | undefined;
  /** True when a frontmatter opens with `---` but never closes. */
  readonly unterminated: boolean;
  /** The document with its frontmatter blanked out, so that the MDX parser's lines are the file's lines. */
  readonly body: string;
}

const FENCE = /^---\s*$/;

export function splitFrontmatter(source: string): SplitDocument {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open < 0 || !FENCE.test(lines[open]!)) return { frontmatter: undefined, unterminated: false, body: source };
  const close = lines.findIndex((line, index) => index > open && FENCE.test(line));
  if (close < 0) return { frontmatter: undefined, unterminated: true, body: '' };
  return {
    frontmatter: { text: lines.slice(open + 1, close).join('\n'), firstLine: open + 2 },
    unterminated: false,
    body: lines.map((line, index) => (index <= close ? '' : line)).join('\n'),
  };
}

const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use([...headingRemarkPlugins]);

export type ParsedMdx =
  { readonly tree: Root } | { readonly error: { readonly line: number; readonly message: string } };

/** Parses an MDX body; a syntax error comes back with its line instead of being thrown. */
export function parseMdx(body: string, path: string): ParsedMdx {
  const file = new VFile({ value: body, path });
  try {
    return { tree: parser.runSync(parser.parse(file), file) as Root };
  } catch (caught) {
    const problem = caught as { line?: unknown; reason?: unknown; message?: unknown };
    const line = typeof problem.line === 'number' ? problem.line : 1;
    const message = String(problem.reason ?? problem.message ?? caught);
    return { error: { line, message } };
  }
}

/** MDX nodes that the conversion to HTML must keep as they are (as the MDX compiler does). */
const MDX_NODES: NonNullable<RemarkRehypeOptions['passThrough']> = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

// The build's heading plugins, then Astro's own id pass, which the MDX integration runs last.
const toHtml = unified()
  .use(remarkRehype, { passThrough: MDX_NODES })
  .use([...headingRehypePlugins])
  .use(rehypeHeadingIds);

export interface HeadingAnchor {
  readonly id: string;
  readonly line: number;
  /** Written by the author (`\{#id\}`), the same in every language; otherwise generated from the text. */
  readonly explicit: boolean;
}

/**
 * The ids of the document's headings as the page has them: explicit ids, and for the others the ids that
 * Astro generates from the typeset heading text (github-slugger, numbered when repeated), by running the
 * build's heading plugins on the document.
 */
export function headingAnchors(tree: Root, path: string): HeadingAnchor[] {
  const explicitLines = new Set<number>();
  visit(tree, 'heading', (node) => {
    if (node.data?.hProperties?.['id'] !== undefined && node.position) explicitLines.add(node.position.start.line);
  });
  const html = toHtml.runSync(tree, new VFile({ path })) as HastRoot;
  const anchors: HeadingAnchor[] = [];
  visit(html, 'element', (node) => {
    const id = node.properties['id'];
    if (!/^h[1-6]$/.test(node.tagName) || typeof id !== 'string') return;
    const line = node.position?.start.line ?? 1;
    anchors.push({ id, line, explicit: explicitLines.has(line) });
  });
  return anchors;
}
