import { describe, expect, it } from 'vitest';
import type { Mark, StepState } from '../../src/components/checklist/progress-record.ts';
import { summarizeProgress } from '../../src/components/checklist/progress-summary.ts';
import { phaseStatus, resumePoint } from '../../src/components/checklist/resume-point.ts';

const AT = '2026-11-25T09:14:00.000Z';
const phases = [
  { slug: 'before', items: [], prerequisites: [] },
  { slug: 'phase-1', items: ['p1-a', 'p1-b'], prerequisites: [] },
  { slug: 'phase-2', items: ['p2-a'], prerequisites: ['phase-1'] },
  { slug: 'phase-3', items: ['p3-a', 'p3-b', 'p3-c'], prerequisites: ['phase-2'] },
];

function marksOf(states: Record<string, StepState>): Map<string, Mark> {
  return new Map(Object.entries(states).map(([id, state]) => [id, { state, at: AT }]));
}

describe('where the reader resumes', () => {
  it('starts at the first step of the first phase with steps when nothing is marked', () => {
    expect(resumePoint(phases, marksOf({}))).toEqual({
      state: 'start',
      slug: 'phase-1',
      item: 'p1-a',
      step: 1,
      steps: 2,
    });
    expect(resumePoint(phases, marksOf({ 'gone-step': 'ticked' }))).toMatchObject({ state: 'start', item: 'p1-a' });
  });

  it('continues at the first unmarked step of the earliest phase started and not complete', () => {
    expect(resumePoint(phases, marksOf({ 'p1-a': 'ticked' }))).toEqual({
      state: 'continue',
      slug: 'phase-1',
      item: 'p1-b',
      step: 2,
      steps: 2,
    });
    expect(
      resumePoint(
        phases,
        marksOf({ 'p1-a': 'ticked', 'p1-b': 'ticked', 'p2-a': 'ticked', 'p3-a': 'ticked', 'p3-b': 'notApplicable' }),
      ),
    ).toEqual({
      state: 'continue',
      slug: 'phase-3',
      item: 'p3-c',
      step: 3,
      steps: 3,
    });
  });

  it('does not forget a step skipped in an earlier phase', () => {
    expect(resumePoint(phases, marksOf({ 'p1-b': 'ticked', 'p3-a': 'ticked' }))).toMatchObject({
      slug: 'phase-1',
      item: 'p1-a',
      step: 1,
    });
  });

  it('moves on to the next phase not complete when every started phase is complete', () => {
    expect(resumePoint(phases, marksOf({ 'p1-a': 'ticked', 'p1-b': 'notApplicable' }))).toEqual({
      state: 'continue',
      slug: 'phase-2',
      item: 'p2-a',
      step: 1,
      steps: 1,
    });
  });

  it('says done when every step is ticked or not applicable, and has nothing to say for a guide without steps', () => {
    const all = marksOf({
      'p1-a': 'ticked',
      'p1-b': 'ticked',
      'p2-a': 'notApplicable',
      'p3-a': 'ticked',
      'p3-b': 'ticked',
      'p3-c': 'ticked',
    });
    expect(resumePoint(phases, all)).toEqual({ state: 'done' });
    expect(resumePoint([{ slug: 'before', items: [], prerequisites: [] }], marksOf({}))).toBeUndefined();
  });
});

describe('phase status in the navigation', () => {
  it('is done, started or not started', () => {
    const summary = summarizeProgress(phases, marksOf({ 'p1-a': 'ticked', 'p1-b': 'ticked', 'p3-a': 'notApplicable' }));
    expect(summary.phases.map((phase) => [phase.slug, phaseStatus(phase)])).toEqual([
      ['before', 'not-started'],
      ['phase-1', 'done'],
      ['phase-2', 'not-started'],
      ['phase-3', 'started'],
    ]);
  });
});
