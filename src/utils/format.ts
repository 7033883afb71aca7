/** Dates, numbers and durations in the page's language, through `Intl`. */
import { locales, type Lang } from '../i18n/locales.ts';

/** `90` → "1 h et 30 min" (fr), "1 hr, 30 min" (en). */
export function formatDuration(lang: Lang, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = { ...(hours > 0 ? { hours } : {}), ...(rest > 0 || hours === 0 ? { minutes: rest } : {}) };
  // A number never parts from its unit at a line break ("45 mins" stays whole in a narrow table cell).
  return new Intl.DurationFormat(locales[lang].intl, { style: 'short' }).format(parts).replace(/(\d) /g, '$1\u00A0');
}

/** A calendar date (no time of day), in the page's language. */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(locales[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `205` → "3h 25min" (fr), "3h 25m" (en), never broken across lines: for tables of many durations. */
export function formatDurationNarrow(lang: Lang, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = { ...(hours > 0 ? { hours } : {}), ...(rest > 0 || hours === 0 ? { minutes: rest } : {}) };
  return new Intl.DurationFormat(locales[lang].intl, { style: 'narrow' }).format(parts).replace(/ /g, '\u00A0');
}
