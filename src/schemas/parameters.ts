/**
 * The guide's parameters (`<content>/parameters.yaml`, optional): the names of the reader's environment
 * that documents write `⟦id⟧` (src/parameters/syntax.ts), each with its label and help in every language,
 * the example value the text shows until the reader gives theirs, its kind (src/parameters/kinds.ts) and
 * an optional `pattern`; and the groups of the environment form.
 *
 *   groups:
 *     servers: { fr: Serveurs, en: Servers }
 *   parameters:
 *     db-host:
 *       group: servers
 *       kind: fqdn
 *       example: db01.example.org
 *       fr: { label: Serveur de base de données, help: Nom complet du serveur actuel. }
 *       en: { label: Database server, help: Fully qualified name of the current server. }
 */
import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { invalidReason, PARAMETER_KINDS } from '../parameters/kinds.ts';
import { KEBAB_CASE, text } from './fields.ts';

const perLang = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(langs.map((lang) => [lang, value])) as Record<string, T>;

const wording = z.strictObject({ label: text('the label'), help: text('a short help') });

const parameter = z
  .strictObject({
    group: z
      .string({ error: 'expected the id of one of the groups' })
      .regex(KEBAB_CASE, { error: 'expected a group id in kebab-case' }),
    kind: z.enum(PARAMETER_KINDS, { error: `expected one of the kinds ${PARAMETER_KINDS.join(', ')}` }),
    example: text('the example value the text uses'),
    pattern: z
      .string({ error: 'expected a regular expression as text' })
      .refine(
        (pattern) => {
          try {
            new RegExp(pattern, 'u');
            return true;
          } catch {
            return false;
          }
        },
        { error: 'expected a valid regular expression (JavaScript syntax)' },
      )
      .optional(),
    ...perLang(wording),
  })
  .superRefine((value, context) => {
    const reason = invalidReason(value.kind, value.example, value.pattern);
    if (reason !== undefined) {
      context.issues.push({
        code: 'custom',
        input: value.example,
        path: ['example'],
        message: `"${value.example}" is not a valid ${value.kind}${reason === value.kind ? '' : ` (${REASONS[reason] ?? reason})`}`,
      });
    }
  });

const REASONS: Record<string, string> = {
  empty: 'it is empty',
  tooLong: 'it is too long',
  unsafe: 'it holds a character a shell would interpret: < > " \' ` ; $ & |',
  pattern: 'it does not match the pattern',
};

export const parametersSchema = z
  .strictObject({
    groups: z.record(
      z.string().regex(KEBAB_CASE, { error: 'expected group ids in kebab-case' }),
      z.strictObject(perLang(text('the group label'))),
    ),
    parameters: z.record(
      z.string().regex(KEBAB_CASE, { error: 'expected parameter ids in kebab-case, such as "sip-domain"' }),
      parameter,
    ),
  })
  .superRefine((value, context) => {
    for (const [id, declared] of Object.entries(value.parameters)) {
      if (!(declared.group in value.groups)) {
        context.issues.push({
          code: 'custom',
          input: declared.group,
          path: ['parameters', id, 'group'],
          message: `unknown group "${declared.group}"; expected one of ${Object.keys(value.groups).join(', ') || '(no group declared)'}`,
        });
      }
    }
  });

export type ParametersFile = z.output<typeof parametersSchema>;
