/**
 * The interface labels of the product the guide is about (`<content>/interface.yaml`, optional): each
 * window, console, tool or button named once, as every language's edition of the product shows it, so
 * that a page can give the reader both names and search finds either (src/interface-labels/).
 *
 *   showOther: [fr]          # optional: pages of these languages show the other languages' labels too
 *   labels:
 *     topology-builder: { fr: Générateur de topologie, en: Topology Builder }
 */
import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { KEBAB_CASE, text } from './fields.ts';

const pair = z.strictObject(
  Object.fromEntries(langs.map((lang) => [lang, text(`the ${lang} label`)])) as Record<string, ReturnType<typeof text>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown language(s) ${issue.keys.join(', ')}; expected a label for each of ${langs.join(', ')}`
        : `expected the label in each language: ${langs.map((lang) => `${lang}: …`).join(', ')}`,
  },
);

export const interfaceLabelsSchema = z.strictObject(
  {
    showOther: z
      .array(z.enum(langs as [string, ...string[]], { error: `expected language codes among ${langs.join(', ')}` }))
      .optional(),
    labels: z.record(
      z.string().regex(KEBAB_CASE, { error: 'expected label ids in kebab-case, such as "topology-builder"' }),
      pair,
      { error: 'expected a mapping of label ids to their label in each language' },
    ),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; allowed: showOther, labels`
        : undefined,
  },
);

export type InterfaceLabelsFile = z.output<typeof interfaceLabelsSchema>;
