/**
 * The guide's changelog (`<content>/changelog.yaml`, optional): its editions, newest first, each with its
 * version, date and what changed in every language (inline Markdown). The first entry is the current
 * edition: its version is guide.yaml's (checked in src/content-model/changelog-file.ts).
 *
 *   - version: 1.1.0
 *     date: 2026-12-01
 *     changes:
 *       fr: [Ajout de la phase 9.]
 *       en: [Phase 9 added.]
 */
import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { text } from './fields.ts';
import { VERSION } from './guide.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const day = z
  .union([z.string(), z.date()], { error: 'expected the date of the edition as YYYY-MM-DD, such as 2026-11-25' })
  .transform((value, context) => {
    const written = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const parsed = new Date(`${written}T00:00:00Z`);
    if (!DAY.test(written) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== written) {
      context.issues.push({
        code: 'custom',
        input: value,
        message: `expected a date as YYYY-MM-DD, such as 2026-11-25, got "${written}"`,
      });
      return z.NEVER;
    }
    return written;
  });

const changes = z.strictObject(
  Object.fromEntries(
    langs.map((lang) => [
      lang,
      z
        .array(text(`a change in ${lang}`), { error: `expected the list of changes in ${lang}` })
        .min(1, { error: `expected at least one change in ${lang}` }),
    ]),
  ) as Record<string, z.ZodArray<ReturnType<typeof text>>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown language(s) ${issue.keys.join(', ')}; expected the changes in ${langs.join(', ')}`
        : `expected the changes in every language: ${langs.join(', ')}`,
  },
);

const entry = z.strictObject(
  {
    version: z
      .union([z.string(), z.number()], { error: 'expected the version of the edition as text, such as "1.0.0"' })
      .transform((value) => String(value).trim())
      .refine((value) => VERSION.test(value), {
        error: 'expected a version of letters, digits, dots and hyphens, such as "1.0.0" or "2026.11"',
      }),
    date: day,
    changes,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; allowed: version, date, changes`
        : 'expected an edition with its version, date and changes',
  },
);

export const changelogSchema = z
  .array(entry, { error: 'expected a list of editions, newest first (- version: …, date: …, changes: …)' })
  .min(1, { error: 'expected at least one edition' })
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((edition, index) => {
      if (seen.has(edition.version))
        context.issues.push({
          code: 'custom',
          input: edition.version,
          path: [index, 'version'],
          message: `the version "${edition.version}" is listed twice`,
        });
      seen.add(edition.version);
      const newer = entries[index - 1];
      if (newer && newer.date < edition.date)
        context.issues.push({
          code: 'custom',
          input: edition.date,
          path: [index, 'date'],
          message: `the editions must be listed newest first: ${edition.version} (${edition.date}) is dated after ${newer.version} (${newer.date}) above it`,
        });
    });
  });

export type Changelog = z.output<typeof changelogSchema>;
export type ChangelogEntry = Changelog[number];
