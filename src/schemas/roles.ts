/**
 * The guide's role vocabulary (`content/roles.yaml`): role id → its label in every language.
 *
 *   dba:
 *     fr: Administrateur de bases de données
 *     en: Database administrator
 */
import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { KEBAB_CASE, text } from './fields.ts';

const labels = z.strictObject(
  Object.fromEntries(langs.map((lang) => [lang, text(`the ${lang} label`)])) as Record<string, ReturnType<typeof text>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown language(s) ${issue.keys.join(', ')}; expected labels for ${langs.join(', ')}`
        : `expected an object with a label for each language: ${langs.join(', ')}`,
  },
);

export const rolesSchema = z
  .record(z.string().regex(KEBAB_CASE, { error: 'expected role ids in kebab-case, such as "dns-admin"' }), labels, {
    error: 'expected a mapping of role ids to their labels',
  })
  .refine((roles) => Object.keys(roles).length > 0, { error: 'expected at least one role' });

export type Roles = z.output<typeof rolesSchema>;
