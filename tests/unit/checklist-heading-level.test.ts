import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { phaseComponentProps } from '../../src/components/mdx/props.ts';
import { attributeValue } from '../../src/checks/static-value.ts';
import { remarkChecklistHeadingLevel } from '../../src/markdown/remark-checklist-heading-level.ts';

/** The `headingLevel` given to each `<Checklist>` of an MDX document, in order. */
function levelsOf(mdx: string): unknown[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkChecklistHeadingLevel);
  const tree = processor.runSync(processor.parse(mdx)) as Root;
  const levels: unknown[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Checklist') return;
    const attribute = node.attributes.find(
      (found) => found.type === 'mdxJsxAttribute' && found.name === 'headingLevel',
    );
    levels.push(attribute && attributeValue(attribute).value);
  });
  return levels;
}

describe('checklist heading levels', () => {
  it('places group titles one level below the heading the checklist follows', () => {
    const mdx = [
      'Intro.',
      '<Checklist group="a" />',
      '## Section',
      '<Checklist group="b" />',
      '### Sub',
      'Text.',
      '<Checklist group="c" />',
      '## Next',
      '<Checklist />',
    ].join('\n\n');
    expect(levelsOf(mdx)).toEqual([2, 3, 4, 3]);
  });

  it('never goes past h6', () => {
    expect(levelsOf('###### Deepest\n\n<Checklist />')).toEqual([6]);
  });

  it('keeps a level the author wrote', () => {
    expect(levelsOf('## Section\n\n<Checklist group="a" headingLevel={5} />')).toEqual([5]);
  });

  it('lets authors write a level from 2 to 6 only, with a message that says so', () => {
    const schema = phaseComponentProps.Checklist;
    expect(schema.safeParse({ group: 'a', headingLevel: 4 }).success).toBe(true);
    for (const wrong of [1, 7, 3.5, '4']) {
      const result = schema.safeParse({ headingLevel: wrong });
      expect(result.success, String(wrong)).toBe(false);
      expect(result.error?.issues[0]?.message, String(wrong)).toMatch(/headingLevel=\{4\}/);
    }
    expect(schema.safeParse({ level: 3 }).error?.issues[0]?.message).toBe(
      '<Checklist> has no prop "level"; it takes: group, items, headingLevel',
    );
  });
});
