import { describe, expect, it } from 'vitest';
import { UNASSIGNED, buildPlan, type PlanPhase } from '../../src/content-model/plan.ts';

const phases: PlanPhase[] = [
  { slug: 'before', duration: 30, prerequisites: [], items: [{ id: 'b-a', role: 'lead', duration: 30 }] },
  {
    slug: 'phase-1',
    duration: 90,
    prerequisites: ['before'],
    items: [
      { id: 'p1-a', role: 'admin', duration: 60, wait: { time: 180, reason: 'replication' } },
      { id: 'p1-b', role: 'lead', duration: 20 },
      { id: 'p1-c', duration: 10 },
      { id: 'p1-d', role: 'admin' },
    ],
  },
  {
    slug: 'phase-2',
    duration: 45,
    prerequisites: ['before'],
    items: [{ id: 'p2-a', role: 'dns', duration: 45, wait: { time: 60, reason: 'DNS TTL' } }],
  },
  {
    slug: 'phase-3',
    duration: 15,
    prerequisites: ['phase-1', 'phase-2', 'gone'],
    items: [{ id: 'p3-a', role: 'admin', duration: 15 }],
  },
];

describe('the plan', () => {
  const plan = buildPlan(phases);

  it('adds up effort, steps and waits for the whole guide, waits kept apart from effort', () => {
    expect([plan.effort, plan.steps, plan.wait]).toEqual([180, 7, 240]);
  });

  it('gives each phase its effort, steps and waits', () => {
    expect(plan.phases).toEqual([
      { slug: 'before', effort: 30, steps: 1, wait: 0 },
      { slug: 'phase-1', effort: 90, steps: 4, wait: 180 },
      { slug: 'phase-2', effort: 45, steps: 1, wait: 60 },
      { slug: 'phase-3', effort: 15, steps: 1, wait: 0 },
    ]);
  });

  it('gives each role its effort per phase, largest first, with steps without a role apart, adding up to the total', () => {
    expect(plan.roles).toEqual([
      { role: 'admin', effort: 75, perPhase: [0, 60, 0, 15] },
      { role: 'lead', effort: 50, perPhase: [30, 20, 0, 0] },
      { role: 'dns', effort: 45, perPhase: [0, 0, 45, 0] },
      { role: UNASSIGNED, effort: 10, perPhase: [0, 10, 0, 0] },
    ]);
    expect(plan.roles.reduce((sum, role) => sum + role.effort, 0)).toBe(plan.effort);
  });

  it('lists the waits with their phase, step number and reason', () => {
    expect(plan.waits).toEqual([
      { slug: 'phase-1', item: 'p1-a', step: 1, time: 180, reason: 'replication' },
      { slug: 'phase-2', item: 'p2-a', step: 1, time: 60, reason: 'DNS TTL' },
    ]);
  });

  it('finds the longest chain of prerequisites, counting effort and waits', () => {
    expect(plan.longestChain).toEqual(['before', 'phase-1', 'phase-3']);
    expect([plan.chainEffort, plan.chainWait]).toEqual([135, 180]);
    const quickerReplication = buildPlan(
      phases.map((phase) =>
        phase.slug === 'phase-1' ? { ...phase, items: phase.items.map(({ wait: _wait, ...item }) => item) } : phase,
      ),
    );
    // Without replication to wait for, the DNS wait makes the other branch the longer one.
    expect(quickerReplication.longestChain).toEqual(['before', 'phase-2', 'phase-3']);
    expect([quickerReplication.chainEffort, quickerReplication.chainWait]).toEqual([90, 60]);
  });

  it('survives a cycle and an empty guide', () => {
    const cycle = buildPlan([
      { slug: 'a', duration: 10, prerequisites: ['b'], items: [] },
      { slug: 'b', duration: 10, prerequisites: ['a'], items: [] },
    ]);
    expect(cycle.longestChain.length).toBeGreaterThan(0);
    expect(buildPlan([])).toMatchObject({ effort: 0, steps: 0, wait: 0, longestChain: [] });
  });
});
