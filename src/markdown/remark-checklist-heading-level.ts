/**
 * Remark plugin: gives each `<Checklist>` of a document the level of its group titles (`headingLevel`),
 * one below the last heading before it, so that the page's outline never skips a level: a checklist right
 * after the introduction (under the page title, h1) gets h2, one under an h3 sub-heading gets h4. Capped
 * at 6. A level the author wrote is kept (src/components/mdx/props.ts validates it).
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The level of the group titles of a checklist that follows a heading of `depth` (1: the page title). */
export function checklistHeadingLevel(depth: number): number {
  return Math.min(depth + 1, 6);
}

/** `name={value}`, with the expression tree that MDX compiles attribute expressions from. */
function numberAttribute(name: string, value: number): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw: String(value) } }],
        },
      },
    },
  };
}

export function remarkChecklistHeadingLevel() {
  return (tree: Root) => {
    // The page title is the h1 of every document page; documents' own headings start at h2.
    let depth = 1;
    visit(tree, (node) => {
      if (node.type === 'heading') depth = node.depth;
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Checklist') return;
      if (
        node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'headingLevel')
      )
        return;
      node.attributes.push(numberAttribute('headingLevel', checklistHeadingLevel(depth)));
    });
  };
}
