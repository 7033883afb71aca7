/**
 * Where the guide's links are: in the MDX bodies (Markdown links, images, reference definitions, and the
 * `href`/`src` of `<a>` and `<img>`), in the checklist texts of the frontmatter and in the glossary
 * definitions (both Markdown). Each link comes with the page it is on, for resolving it and naming it.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { GuideSource } from './guide-source.ts';
import { fieldName } from './problem.ts';
import { checklistTexts, glossaryTerms, type Located } from './raw-data.ts';
import type { YamlData } from './yaml-source.ts';

export interface FoundLink {
  readonly href: string;
  readonly kind: 'link' | 'image';
  readonly lang: string;
  /** The page the link is on: phase slug, `` for the home, `glossary`. */
  readonly page: string;
  /** The folder of the source file, against which image paths are resolved. */
  readonly path: string;
  readonly file: string;
  readonly line: number;
  readonly field?: string;
}

interface Found {
  readonly href: string;
  readonly kind: FoundLink['kind'];
  readonly line: number | undefined;
}

function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The links of a Markdown or MDX tree. */
export function linksOf(tree: Root): Found[] {
  const found: Found[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') found.push({ href: node.url, kind: 'link', line });
    else if (node.type === 'image') found.push({ href: node.url, kind: 'image', line });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = node.name === 'a' ? jsxAttribute(node, 'href') : undefined;
      const src = node.name === 'img' ? jsxAttribute(node, 'src') : undefined;
      if (href !== undefined) found.push({ href, kind: 'link', line });
      if (src !== undefined) found.push({ href: src, kind: 'image', line });
    }
  });
  return found;
}

const markdown = unified().use(remarkParse);

/** The links of Markdown texts kept in YAML, each located at the line of its field. */
function linksOfTexts(texts: readonly Located<string>[], yaml: YamlData): (Found & { line: number; field: string })[] {
  return texts.flatMap(({ value, path }) =>
    linksOf(markdown.parse(value)).map((link) => ({ ...link, line: yaml.lineOf(path), field: fieldName(path) })),
  );
}

export function findLinks(source: GuideSource): FoundLink[] {
  const links: FoundLink[] = [];
  for (const document of [...source.phases, ...source.homes]) {
    const base = { lang: document.lang, page: document.slug, path: document.path, file: document.file };
    if (document.tree)
      links.push(...linksOf(document.tree).map((link) => ({ ...base, ...link, line: link.line ?? 1 })));
    const yaml = document.frontmatter;
    if (yaml && document.kind === 'phase')
      links.push(...linksOfTexts(checklistTexts(yaml.data), yaml).map((link) => ({ ...base, ...link })));
  }
  for (const glossary of source.glossaries) {
    const definitions = glossaryTerms(glossary.yaml.data).flatMap((term) => (term.definition ? [term.definition] : []));
    const base = { lang: glossary.lang, page: 'glossary', path: glossary.path, file: glossary.file };
    links.push(...linksOfTexts(definitions, glossary.yaml).map((link) => ({ ...base, ...link })));
  }
  return links;
}
