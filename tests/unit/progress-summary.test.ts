import { describe, expect, it } from 'vitest';
import { itemIds, summarizeProgress } from '../../src/components/checklist/progress-summary.ts';
import { formatTickTime } from '../../src/components/checklist/tick-time.ts';

const phases = [
  { slug: 'before', items: [], prerequisites: [] },
  { slug: 'phase-1', items: ['p1-a', 'p1-b'], prerequisites: ['before'] },
  { slug: 'phase-2', items: ['p2-a'], prerequisites: ['phase-1', 'before'] },
  { slug: 'phase-3', items: ['p3-a', 'p3-b'], prerequisites: ['phase-1', 'phase-2'] },
];

describe('progress summary', () => {
  it('lists item ids in reading order', () => {
    expect(itemIds([{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [{ id: 'c' }] }])).toEqual(['a', 'b', 'c']);
  });

  it('counts each phase and the whole guide, leaving phases without items out', () => {
    const ticked = new Set(['p1-a', 'p2-a', 'p9-gone']);
    const summary = summarizeProgress(phases, (id) => ticked.has(id));
    expect(summary.done).toBe(2);
    expect(summary.total).toBe(5);
    expect(summary.phases.map(({ slug, done, total, complete }) => [slug, done, total, complete])).toEqual([
      ['before', 0, 0, false],
      ['phase-1', 1, 2, false],
      ['phase-2', 1, 1, true],
      ['phase-3', 0, 2, false],
    ]);
  });

  it('marks prerequisites that are not complete; a phase without items never holds another up', () => {
    const ticked = new Set(['p2-a']);
    const summary = summarizeProgress(phases, (id) => ticked.has(id));
    expect(summary.phases.map((phase) => phase.pendingPrerequisites)).toEqual([[], [], ['phase-1'], ['phase-1']]);
    const all = summarizeProgress(phases, () => true);
    expect(all.phases.every((phase) => phase.pendingPrerequisites.length === 0)).toBe(true);
  });
});

describe('tick time', () => {
  it('is written in the page language', () => {
    expect(formatTickTime('fr-FR', '2026-11-25T09:14:00Z', 'medium', 'UTC')).toMatch(/25 nov\. 2026.*09:14/);
    expect(formatTickTime('en-GB', '2026-11-25T09:14:00Z', 'short', 'UTC')).toBe('25/11/2026, 09:14');
    expect(formatTickTime('en-GB', 'garbage')).toBeUndefined();
  });
});
