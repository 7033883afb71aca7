/** When an item was ticked, for the reader: in the page's language and the reader's time zone. */

/** `2026-11-25T09:14:03Z` → "25 nov. 2026, 10:14" (fr-FR, Paris). Undefined for a time that is not valid. */
export function formatTickTime(intlLocale: string, iso: string, style: 'medium' | 'short' = 'medium', timeZone?: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: style, timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}
