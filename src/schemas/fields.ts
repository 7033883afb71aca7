/** Small field schemas shared by the content schemas, each with a message that says what is expected. */
import { z } from 'astro/zod';

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable identifier: lowercase words joined by hyphens (`p4-move-single-user-shell`). */
export const kebabId = (what: string) =>
  z.string({ error: `expected ${what} as text` }).regex(KEBAB_CASE, {
    error: `expected ${what} in kebab-case: lowercase letters and digits joined by single hyphens, such as "p2-apply-updates"`,
  });

/** Required, non-blank text. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}; it must not be empty` });

const DURATION = /^(?:(\d+)h)?(?:(\d+)min)?$/;

/**
 * A working time written `45min`, `2h` or `1h30min`, turned into minutes.
 * Rejected: an empty string, `0min`, and any other form, with the accepted forms in the message.
 */
export const duration = z
  .string({ error: 'expected a duration as text, such as "45min", "2h" or "1h30min"' })
  .transform((value, context) => {
    const match = DURATION.exec(value.trim());
    const minutes = match ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : 0;
    if (!match || minutes <= 0) {
      context.issues.push({
        code: 'custom',
        input: value,
        message: `expected a duration such as "45min", "2h" or "1h30min", got "${value}"`,
      });
      return z.NEVER;
    }
    return minutes;
  });

/** A calendar date written YYYY-MM-DD (YAML may already have turned it into a Date). */
export const isoDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z.date({ error: 'expected a date written YYYY-MM-DD, such as 2026-11-25' }),
);
