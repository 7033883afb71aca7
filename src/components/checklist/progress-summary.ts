/**
 * Progress of each phase and of the whole guide, from the ticked ids. Pure, shared by the build (which
 * writes each phase's item ids into the page) and the browser (which counts them).
 *
 * Rules
 * - A phase counts its own checklist items. A phase without items has nothing to tick: it is left out of
 *   the guide's total and never holds up another phase (it is neither "done" nor "pending").
 * - A phase's prerequisites are pending while any of them has items that are not all ticked. This is a hint
 *   for the reader, never a lock: every checkbox stays usable.
 * - Ticked ids that no phase has (content removed since) are ignored here and kept in storage.
 */

export interface PhaseItems {
  readonly slug: string;
  readonly items: readonly string[];
  readonly prerequisites: readonly string[];
}

export interface PhaseProgress {
  readonly slug: string;
  readonly done: number;
  readonly total: number;
  /** All items ticked (false for a phase without items). */
  readonly complete: boolean;
  /** Prerequisite slugs whose items are not all ticked, in the order the phase lists them. */
  readonly pendingPrerequisites: readonly string[];
}

export interface GuideProgress {
  readonly phases: readonly PhaseProgress[];
  readonly done: number;
  readonly total: number;
}

/** The item ids of a phase's checklist, in reading order. */
export function itemIds(checklist: readonly { readonly items: readonly { readonly id: string }[] }[]): string[] {
  return checklist.flatMap((group) => group.items.map((item) => item.id));
}

export function countDone(items: readonly string[], isTicked: (id: string) => boolean): number {
  return items.filter(isTicked).length;
}

export function summarizeProgress(phases: readonly PhaseItems[], isTicked: (id: string) => boolean): GuideProgress {
  const bySlug = new Map(phases.map((phase) => [phase.slug, phase]));
  const isComplete = (phase: PhaseItems) => phase.items.length > 0 && phase.items.every(isTicked);
  const summaries = phases.map((phase): PhaseProgress => {
    const pendingPrerequisites = phase.prerequisites.filter((slug) => {
      const prerequisite = bySlug.get(slug);
      return prerequisite !== undefined && prerequisite.items.length > 0 && !isComplete(prerequisite);
    });
    return {
      slug: phase.slug,
      done: countDone(phase.items, isTicked),
      total: phase.items.length,
      complete: isComplete(phase),
      pendingPrerequisites,
    };
  });
  return {
    phases: summaries,
    done: summaries.reduce((sum, phase) => sum + phase.done, 0),
    total: summaries.reduce((sum, phase) => sum + phase.total, 0),
  };
}
