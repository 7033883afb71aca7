/**
 * Progress of each phase and of the whole guide, from the reader's marks. Pure, shared by the build (which
 * writes each phase's item ids into the page) and the browser (which counts them).
 *
 * Rules
 * - A phase counts its own checklist items. A step marked "not applicable" is left out of the counts:
 *   `done` of `total` counts the other steps, and `notApplicable` says how many were left out. A phase is
 *   complete when every step is ticked or not applicable.
 * - A phase without items has nothing to tick: it is left out of the guide's total and never holds up
 *   another phase (it is neither "done" nor "pending").
 * - A phase's prerequisites are pending while any of them has items that are not all done. This is a hint
 *   for the reader, never a lock: every checkbox stays usable. Hints are shown only once the reader has
 *   marked something (`hintsShown`): before that, every phase would carry one, which says nothing. The
 *   home, which lists every phase, marks only the phases the reader has started (`started`): one tick would
 *   otherwise flag every later phase at once, and hide the one hint that matters.
 * - Marks of ids that no phase has (content removed since) are ignored in the counts and kept in storage.
 */
import type { Marks } from './progress-record.ts';

export interface PhaseItems {
  readonly slug: string;
  readonly items: readonly string[];
  readonly prerequisites: readonly string[];
}

export interface StepCounts {
  /** Steps ticked. */
  readonly done: number;
  /** Steps not marked "not applicable" (the ones to do). */
  readonly total: number;
  readonly notApplicable: number;
}

export interface PhaseProgress extends StepCounts {
  readonly slug: string;
  /** Every step ticked or not applicable (false for a phase without items). */
  readonly complete: boolean;
  /** At least one of its steps is ticked or not applicable. */
  readonly started: boolean;
  /** Prerequisite slugs whose items are not all done, in the order the phase lists them. */
  readonly pendingPrerequisites: readonly string[];
}

export interface GuideProgress extends StepCounts {
  readonly phases: readonly PhaseProgress[];
  /** Whether a phase page shows its prerequisite hint: the reader has marked something (the home uses `started`). */
  readonly hintsShown: boolean;
}

/** The item ids of a phase's checklist, in reading order. */
export function itemIds(checklist: readonly { readonly items: readonly { readonly id: string }[] }[]): string[] {
  return checklist.flatMap((group) => group.items.map((item) => item.id));
}

export function countSteps(items: readonly string[], marks: Marks): StepCounts {
  let done = 0;
  let notApplicable = 0;
  for (const id of items) {
    const state = marks.get(id)?.state;
    if (state === 'ticked') done += 1;
    else if (state === 'notApplicable') notApplicable += 1;
  }
  return { done, total: items.length - notApplicable, notApplicable };
}

const isComplete = (items: readonly string[], counts: StepCounts) => items.length > 0 && counts.done === counts.total;

export function summarizeProgress(phases: readonly PhaseItems[], marks: Marks): GuideProgress {
  const counts = new Map(phases.map((phase) => [phase.slug, { phase, counts: countSteps(phase.items, marks) }]));
  const summaries = phases.map((phase): PhaseProgress => {
    const own = counts.get(phase.slug)?.counts ?? countSteps(phase.items, marks);
    const pendingPrerequisites = phase.prerequisites.filter((slug) => {
      const prerequisite = counts.get(slug);
      return (
        prerequisite !== undefined &&
        prerequisite.phase.items.length > 0 &&
        !isComplete(prerequisite.phase.items, prerequisite.counts)
      );
    });
    const started = own.done + own.notApplicable > 0;
    return { slug: phase.slug, ...own, complete: isComplete(phase.items, own), started, pendingPrerequisites };
  });
  const sum = (field: keyof StepCounts) => summaries.reduce((total, phase) => total + phase[field], 0);
  return {
    phases: summaries,
    done: sum('done'),
    total: sum('total'),
    notApplicable: sum('notApplicable'),
    hintsShown: marks.size > 0,
  };
}
