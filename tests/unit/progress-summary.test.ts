import { describe, expect, it } from 'vitest';
import type { Mark, StepState } from '../../src/components/checklist/progress-record.ts';
import { countSteps, itemIds, summarizeProgress } from '../../src/components/checklist/progress-summary.ts';
import { formatMarkTime, formatMarkTimeParts } from '../../src/components/checklist/tick-time.ts';

const AT = '2026-11-25T09:14:00.000Z';
const phases = [
  { slug: 'before', items: [], prerequisites: [] },
  { slug: 'phase-1', items: ['p1-a', 'p1-b'], prerequisites: ['before'] },
  { slug: 'phase-2', items: ['p2-a'], prerequisites: ['phase-1', 'before'] },
  { slug: 'phase-3', items: ['p3-a', 'p3-b', 'p3-c'], prerequisites: ['phase-1', 'phase-2'] },
];

/** Marks from `{ id: state }`. */
function marksOf(states: Record<string, StepState>): Map<string, Mark> {
  return new Map(Object.entries(states).map(([id, state]) => [id, { state, at: AT }]));
}

describe('progress summary', () => {
  it('lists item ids in reading order', () => {
    expect(itemIds([{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [{ id: 'c' }] }])).toEqual(['a', 'b', 'c']);
  });

  it('counts each phase and the whole guide, leaving phases without items out', () => {
    const summary = summarizeProgress(phases, marksOf({ 'p1-a': 'ticked', 'p2-a': 'ticked', 'p9-gone': 'ticked' }));
    expect([summary.done, summary.total, summary.notApplicable]).toEqual([2, 6, 0]);
    expect(summary.phases.map(({ slug, done, total, complete }) => [slug, done, total, complete])).toEqual([
      ['before', 0, 0, false],
      ['phase-1', 1, 2, false],
      ['phase-2', 1, 1, true],
      ['phase-3', 0, 3, false],
    ]);
  });

  it('leaves steps that are not applicable out of done and total, and counts them apart', () => {
    expect(countSteps(['p3-a', 'p3-b', 'p3-c'], marksOf({ 'p3-a': 'ticked', 'p3-b': 'notApplicable' }))).toEqual({
      done: 1,
      total: 2,
      notApplicable: 1,
    });
    const summary = summarizeProgress(
      phases,
      marksOf({ 'p1-a': 'notApplicable', 'p3-a': 'notApplicable', 'p3-b': 'ticked' }),
    );
    expect([summary.done, summary.total, summary.notApplicable]).toEqual([1, 4, 2]);
  });

  it('completes a phase whose other steps are all ticked, or whose steps are all not applicable', () => {
    const partly = summarizeProgress(phases, marksOf({ 'p1-a': 'notApplicable', 'p1-b': 'ticked' }));
    expect(partly.phases[1]).toMatchObject({ done: 1, total: 1, notApplicable: 1, complete: true });
    expect(partly.phases[2]?.pendingPrerequisites).toEqual([]);
    const none = summarizeProgress(phases, marksOf({ 'p1-a': 'notApplicable', 'p1-b': 'notApplicable' }));
    expect(none.phases[1]).toMatchObject({ done: 0, total: 0, notApplicable: 2, complete: true });
    expect(none.phases[0]?.complete).toBe(false);
  });

  it('marks prerequisites that are not complete; a phase without items never holds another up', () => {
    const summary = summarizeProgress(phases, marksOf({ 'p2-a': 'ticked' }));
    expect(summary.phases.map((phase) => phase.pendingPrerequisites)).toEqual([[], [], ['phase-1'], ['phase-1']]);
    const all = summarizeProgress(
      phases,
      marksOf(Object.fromEntries(phases.flatMap((phase) => phase.items).map((id) => [id, 'ticked']))),
    );
    expect(all.phases.every((phase) => phase.pendingPrerequisites.length === 0)).toBe(true);
  });

  it('shows prerequisite hints only once the reader has marked something', () => {
    const fresh = summarizeProgress(phases, new Map());
    expect(fresh.hintsShown).toBe(false);
    expect(fresh.phases[3]?.pendingPrerequisites).toEqual(['phase-1', 'phase-2']);
    expect(summarizeProgress(phases, marksOf({ 'p3-a': 'notApplicable' })).hintsShown).toBe(true);
    expect(summarizeProgress(phases, marksOf({ 'p1-a': 'ticked' })).hintsShown).toBe(true);
  });

  it('says which phases the reader has started, by a tick or a step marked not applicable', () => {
    const summary = summarizeProgress(phases, marksOf({ 'p1-a': 'ticked', 'p3-a': 'notApplicable' }));
    expect(summary.phases.filter((phase) => phase.started).map((phase) => phase.slug)).toEqual(['phase-1', 'phase-3']);
    expect(summarizeProgress(phases, new Map()).phases.some((phase) => phase.started)).toBe(false);
  });
});

describe('mark time', () => {
  it('names the month and the time zone, in the page language', () => {
    expect(formatMarkTime('fr-FR', '2026-11-25T09:14:00Z', 'Europe/Paris')).toBe('25 nov. 2026, 10:14 UTC+1');
    expect(formatMarkTime('en-GB', '2026-11-25T09:14:00Z', 'Europe/Paris')).toBe('25 Nov 2026, 10:14 CET');
    expect(formatMarkTime('en-GB', '2026-07-25T09:14:00Z', 'America/New_York')).toBe('25 Jul 2026, 05:14 GMT-4');
    expect(formatMarkTime('en-GB', 'garbage')).toBeUndefined();
  });

  it('splits date and time for a narrow column, each kept on one line', () => {
    expect(formatMarkTimeParts('en-GB', '2026-11-25T09:14:00Z', 'UTC')).toEqual([
      '25\u00a0Nov\u00a02026',
      '09:14\u00a0UTC',
    ]);
    expect(formatMarkTimeParts('fr-FR', 'garbage')).toBeUndefined();
  });
});
