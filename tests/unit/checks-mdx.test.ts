import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const FR1 = 'content/phases/fr/phase-1-prepare.mdx';
const FR2 = 'content/phases/fr/phase-2-migrate.mdx';

describe('content checks: MDX', () => {
  it('reports an unknown component and suggests the closest', () => {
    expect(messagesOf('mdx-unknown-component')).toEqual([
      `${FR2}:30: error: unknown component <CheckList> (did you mean "Checklist"?)`,
    ]);
    expect(problemsOf('mdx-unknown-component')[0]?.fix).toBe(
      'use the components available in phase documents: <Checklist>, <Definitions>',
    );
  });

  it('reports a component that the home text cannot use', () => {
    expect(messagesOf('mdx-component-not-in-home')).toEqual([
      'content/home/fr.mdx:14: error: <Checklist> is not available in the home text',
    ]);
  });

  it('reports a prop of the wrong type', () => {
    expect(messagesOf('mdx-prop-type')).toEqual([
      `${FR1}:36: error: <Checklist> prop "group": expected the id of one of this document’s checklist groups, as text: group="p4-move"`,
    ]);
  });

  it('reports a checklist group that the document does not have', () => {
    expect(messagesOf('mdx-unknown-group')).toEqual([
      `${FR1}:36: error: <Checklist group="p1-preparation">: this document has no checklist group "p1-preparation"`,
    ]);
  });

  it('reports a glossary term that does not exist', () => {
    expect(messagesOf('mdx-unknown-term')).toEqual([
      'content/home/fr.mdx:12: error: <Definitions>: content/glossary/fr.yaml has no term "pools" (did you mean "pool"?)',
    ]);
  });

  it('reports an image without alternative text', () => {
    expect(messagesOf('mdx-image-without-alt')).toEqual([
      `${FR1}:27: error: image "../../images/pool.svg" has no alternative text`,
    ]);
  });

  it('reports a code block without a language', () => {
    expect(messagesOf('mdx-code-without-language')).toEqual([
      `${FR1}:32: error: a code block does not name its language`,
    ]);
    expect(problemsOf('mdx-code-without-language')[0]?.fix).toBe(
      'name it after the opening fence: ```powershell for commands, ```text for output',
    );
  });

  it('reports a heading that skips a level', () => {
    expect(messagesOf('mdx-heading-level-skipped')).toEqual([
      `${FR2}:32: error: heading level skipped: a #### heading follows a ## heading`,
    ]);
    expect(problemsOf('mdx-heading-level-skipped')[0]?.fix).toBe(
      'write it ###, or add the missing ### heading above it: screen readers and the table of contents rely on the levels',
    );
  });

  it('reports an unknown callout type with the known ones', () => {
    expect(messagesOf('mdx-unknown-callout')).toEqual([`${FR1}:29: error: unknown callout type "[!DANGER]"`]);
    expect(problemsOf('mdx-unknown-callout')[0]?.fix).toBe(
      'use one of: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]',
    );
  });

  it('reports an MDX syntax error at its line, without cascading into the links to that page', () => {
    expect(messagesOf('mdx-syntax-error')).toEqual([
      `${FR1}:25: error: MDX syntax: Could not parse expression with acorn`,
    ]);
  });
});
