/**
 * Where the reader resumes, and each phase's status for the navigation. Pure, unit-tested; the home and the
 * sidebar call it in the browser with the reader's marks.
 *
 * Rules
 * - Nothing marked yet: start at the first step of the first phase that has steps.
 * - Otherwise: the first step neither ticked nor not applicable, in the earliest phase that is started and
 *   not complete (a step skipped early in the guide is not forgotten); when every started phase is
 *   complete, the first step of the next phase that is not complete.
 * - Every step ticked or not applicable: done, nothing to resume.
 * `step` is the step's place in its phase, counted from 1, as the sign-off sheet numbers it.
 */
import type { Marks } from './progress-record.ts';
import { summarizeProgress, type PhaseItems, type PhaseProgress } from './progress-summary.ts';

export type ResumePoint =
  | {
      readonly state: 'start' | 'continue';
      readonly slug: string;
      readonly item: string;
      readonly step: number;
      readonly steps: number;
    }
  | { readonly state: 'done' };

export type PhaseStatus = 'done' | 'started' | 'not-started';

const isMarked = (marks: Marks, id: string) => marks.get(id) !== undefined;

export function resumePoint(phases: readonly PhaseItems[], marks: Marks): ResumePoint | undefined {
  const withItems = phases.filter((phase) => phase.items.length > 0);
  if (withItems.length === 0) return undefined;
  const summary = summarizeProgress(withItems, marks);
  const started = summary.phases.some((phase) => phase.started);
  const open = (phase: PhaseProgress) => !phase.complete;
  const chosen = started
    ? (summary.phases.find((phase) => phase.started && open(phase)) ?? summary.phases.find(open))
    : summary.phases[0];
  if (!chosen) return { state: 'done' };
  const items = withItems.find((phase) => phase.slug === chosen.slug)?.items ?? [];
  const index = Math.max(
    items.findIndex((id) => !isMarked(marks, id)),
    0,
  );
  return {
    state: started ? 'continue' : 'start',
    slug: chosen.slug,
    item: items[index] ?? '',
    step: index + 1,
    steps: items.length,
  };
}

/** A phase's status in the navigation: every step ticked or not applicable, some marked, or none. */
export function phaseStatus(progress: PhaseProgress): PhaseStatus {
  if (progress.complete) return 'done';
  return progress.started ? 'started' : 'not-started';
}
