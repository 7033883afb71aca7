/**
 * The guide as a whole (`content/guide.yaml`), the same in every language: the name its files are given
 * (the hosting archive `runbook-<name>-<version>-<base>.zip`, the books `guide-<lang>.pdf` name no guide)
 * and its version, printed on the book's cover and in the archive's name.
 *
 *   name: postgresql-major-upgrade
 *   version: 1.0.0
 */
import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** A version as people write them: `1.0.0`, `2026.11`, `1.2-rc1` (letters, digits, dots and hyphens). */
export const VERSION = /^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/;

export const guideSchema = z.strictObject(
  {
    name: kebabId('the guide name (name)'),
    version: z
      .union([z.string(), z.number()], { error: 'expected the guide version (version) as text, such as "1.0.0"' })
      .transform((value) => String(value).trim())
      .refine((value) => VERSION.test(value), {
        error: 'expected a version of letters, digits, dots and hyphens, such as "1.0.0" or "2026.11"',
      }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; allowed: name, version`
        : undefined,
  },
);

export type GuideInfo = z.output<typeof guideSchema>;
