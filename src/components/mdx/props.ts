/**
 * The props of the components that documents use in their MDX, as schemas: the content checks
 * (src/checks/mdx.ts) validate every `<Checklist … />` and `<Definitions … />` of the documents against
 * them before the build. Kept free of Astro imports so that the checks run in plain Node.
 */
import { z } from 'astro/zod';

const unknownProps = (component: string, props: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `<${component}> has no prop ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}; it takes: ${props}`
    : undefined;

const checklistProps = z
  .strictObject(
    {
      /** The id of one checklist group of the document; all groups when absent. */
      group: z
        .string({ error: 'expected the id of one of this document’s checklist groups, as text: group="p4-move"' })
        .optional(),
      /**
       * Some items of the group, to place them here and the others elsewhere (a group split over the
       * sections its steps belong to). Needs `group`.
       */
      items: z
        .array(z.string({ error: 'expected item ids as text' }), {
          error: "expected a list of the group's item ids: items={['p4-move-user', 'p4-check-user']}",
        })
        .min(1, { error: 'expected at least one item id' })
        .optional(),
      /**
       * The level of the group titles. Set at build time from the heading the checklist follows
       * (src/markdown/remark-checklist-heading-level.ts); written by hand only to override it.
       */
      headingLevel: z
        .number({ error: 'expected a heading level from 2 to 6, as a number: headingLevel={4}' })
        .int({ error: 'expected a whole number from 2 to 6: headingLevel={4}' })
        .min(2, { error: 'expected a heading level from 2 to 6 (1 is the page title): headingLevel={4}' })
        .max(6, { error: 'expected a heading level from 2 to 6 (HTML has no h7): headingLevel={4}' })
        .optional(),
    },
    { error: unknownProps('Checklist', 'group, items, headingLevel') },
  )
  .refine((props) => props.items === undefined || props.group !== undefined, {
    error: 'items={[…]} places items of one group: name it too, group="…"',
    path: ['items'],
  });

const definitionsProps = z.strictObject(
  {
    /** Glossary term ids, in the order to show them. */
    ids: z
      .array(z.string({ error: 'expected term ids as text' }), {
        error: "expected a list of glossary term ids: ids={['migration', 'coexistence']}",
      })
      .min(1, { error: 'expected at least one term id' }),
  },
  { error: unknownProps('Definitions', 'ids') },
);

/** The components of phase documents (`content/phases/<lang>/*.mdx`) and their props. */
export const phaseComponentProps = { Checklist: checklistProps, Definitions: definitionsProps } as const;

/** The components of the home text (`content/home/<lang>.mdx`) and their props. */
export const homeComponentProps = { Definitions: definitionsProps } as const;
