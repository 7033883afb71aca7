/**
 * The glossary of one language (`content/glossary/<lang>.yaml`): terms with a stable id (the anchor of
 * the term on the glossary page, identical in every language), the term as written in that language,
 * and its definition in Markdown.
 *
 *   terms:
 *     - id: front-end-pool
 *       term: pool frontal
 *       definition: Ensemble de serveurs frontaux configurés de façon identique ...
 */
import { z } from 'astro/zod';
import { kebabId, text } from './fields.ts';

const glossaryTermSchema = z.strictObject(
  {
    /** Stable anchor, identical in every language: `glossary.md#front-end-pool`. */
    id: kebabId('the term id'),
    /** The term as this language's documentation writes it. */
    term: text('the term'),
    /** The definition, in Markdown (a few sentences; links to phases allowed). */
    definition: text('the definition'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; a term has id, term, definition`
        : 'expected a term: an object with id, term and definition',
  },
);

export const glossarySchema = z
  .strictObject(
    {
      /** Terms in the order the glossary page lists them. */
      terms: z
        .array(glossaryTermSchema, { error: 'expected a list of terms' })
        .min(1, { error: 'expected at least one term' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}; allowed: terms` : undefined,
    },
  )
  .superRefine((data, context) => {
    const seen = new Map<string, number>();
    data.terms.forEach((term, index) => {
      const first = seen.get(term.id);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `duplicate term id "${term.id}", already used at terms.${first}.id`,
        });
      } else seen.set(term.id, index);
    });
  });

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
