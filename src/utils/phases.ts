/** Order and neighbours of the phase documents of one language. Pure: works on any `{ slug, phase }`. */

export interface Ordered {
  readonly slug: string;
  readonly phase: number;
}

/** Phases in reading order: by phase number, then slug so that the order is total. */
export function orderPhases<T extends Ordered>(phases: readonly T[]): T[] {
  return [...phases].sort((a, b) => a.phase - b.phase || a.slug.localeCompare(b.slug));
}

/** The phases before and after `slug` in reading order. */
export function neighbours<T extends Ordered>(ordered: readonly T[], slug: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((phase) => phase.slug === slug);
  if (index < 0) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Splits a content id `fr/phase-2-prepare-for-migration` into its language and slug. */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const slash = id.indexOf('/');
  if (slash < 0) throw new Error(`Content id "${id}" has no language folder: expected "<lang>/<slug>"`);
  return { lang: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/** Sum of the durations (minutes) of the items that have one; undefined when none has. */
export function sumDurations(items: readonly { readonly duration?: number | undefined }[]): number | undefined {
  const known = items.filter((item) => item.duration !== undefined);
  return known.length === 0 ? undefined : known.reduce((total, item) => total + (item.duration ?? 0), 0);
}

/** Minutes in the form authors write durations: `90` → `1h30min`, `45` → `45min`, `120` → `2h`. */
export function durationSource(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours > 0 ? `${hours}h` : ''}${rest > 0 || hours === 0 ? `${rest}min` : ''}`;
}
