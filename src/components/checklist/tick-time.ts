/**
 * When a step was marked, for the reader: in the page's language and the reader's time zone, with the zone
 * named and the month in words, so that a printed sheet reads the same to anyone ("25 Nov 2026, 10:14 CET",
 * never "11/25" or "25/11").
 */

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2026-11-25T09:14:03Z` → "25 nov. 2026, 10:14 UTC+1" (fr-FR, Paris). Undefined for a time that is not valid. */
export function formatMarkTime(intlLocale: string, iso: string, timeZone?: string): string | undefined {
  const date = parse(iso);
  return (
    date && new Intl.DateTimeFormat(intlLocale, { ...DATE, ...TIME, ...(timeZone ? { timeZone } : {}) }).format(date)
  );
}

/**
 * The date and the time apart, each with no-break spaces, for a narrow column that should break the line
 * between them and nowhere else: ["25 Nov 2026", "10:14 CET"].
 */
export function formatMarkTimeParts(
  intlLocale: string,
  iso: string,
  timeZone?: string,
): readonly [string, string] | undefined {
  const date = parse(iso);
  if (!date) return undefined;
  const zone = timeZone ? { timeZone } : {};
  const glue = (text: string) => text.replace(/\s/g, '\u00a0');
  return [
    glue(new Intl.DateTimeFormat(intlLocale, { ...DATE, ...zone }).format(date)),
    glue(new Intl.DateTimeFormat(intlLocale, { ...TIME, ...zone }).format(date)),
  ];
}
