/**
 * The guide's plan, from its phases' checklists: working time (effort) in total, per phase and per role, a
 * roles × phases matrix, the calendar waits declared by items (apart from effort: nobody works while
 * replication runs), and the prerequisite chain with its longest path. Pure: the plan page gives it plain
 * data, unit tests too. Times are in minutes.
 *
 * Rules
 * - A phase's effort is its declared `duration` (the content checks make it the sum of its items'
 *   durations). A role's effort is the sum of the durations of the items it performs; items without a role
 *   are counted under `UNASSIGNED`, so the matrix adds up to the total.
 * - Roles are listed by effort, largest first (then by id, so the order is stable).
 * - A wait belongs to the step that declares it; `step` is the step's place in its phase, from 1, as on the
 *   sign-off sheet.
 * - The longest chain follows prerequisites: a phase can finish at the latest finish of its prerequisites
 *   plus its own effort and waits; the chain is the path to the phase that finishes last (the first one
 *   listed wins a tie). Prerequisites that name no phase are ignored (the content checks report them).
 */

export const UNASSIGNED = '';

export interface PlanItem {
  readonly id: string;
  readonly role?: string | undefined;
  readonly duration?: number | undefined;
  readonly wait?: { readonly time: number; readonly reason: string } | undefined;
}

export interface PlanPhase {
  readonly slug: string;
  readonly duration: number;
  readonly prerequisites: readonly string[];
  readonly items: readonly PlanItem[];
}

export interface PhaseEffort {
  readonly slug: string;
  readonly effort: number;
  readonly steps: number;
  /** Calendar time of the phase's waits. */
  readonly wait: number;
}

export interface RoleEffort {
  /** A role id, or `UNASSIGNED`. */
  readonly role: string;
  readonly effort: number;
  /** Effort in each phase, in the phases' order (0 where the role has no step). */
  readonly perPhase: readonly number[];
}

export interface PlannedWait {
  readonly slug: string;
  readonly item: string;
  readonly step: number;
  readonly time: number;
  readonly reason: string;
}

export interface Plan {
  readonly effort: number;
  readonly steps: number;
  readonly wait: number;
  readonly phases: readonly PhaseEffort[];
  readonly roles: readonly RoleEffort[];
  readonly waits: readonly PlannedWait[];
  /** Slugs of the longest chain of prerequisites, first phase first. */
  readonly longestChain: readonly string[];
  /** Effort and waits along the longest chain. */
  readonly chainEffort: number;
  readonly chainWait: number;
}

export function buildPlan(phases: readonly PlanPhase[]): Plan {
  const phaseEfforts = phases.map((phase): PhaseEffort => ({
    slug: phase.slug,
    effort: phase.duration,
    steps: phase.items.length,
    wait: phase.items.reduce((sum, item) => sum + (item.wait?.time ?? 0), 0),
  }));

  const byRole = new Map<string, number[]>();
  phases.forEach((phase, index) => {
    for (const item of phase.items) {
      if (!item.duration) continue;
      const role = item.role ?? UNASSIGNED;
      const row = byRole.get(role) ?? phases.map(() => 0);
      row[index] = (row[index] ?? 0) + item.duration;
      byRole.set(role, row);
    }
  });
  const roles = [...byRole]
    .map(([role, perPhase]): RoleEffort => ({
      role,
      perPhase,
      effort: perPhase.reduce((sum, minutes) => sum + minutes, 0),
    }))
    .sort((a, b) => b.effort - a.effort || a.role.localeCompare(b.role));

  const waits = phases.flatMap((phase) =>
    phase.items.flatMap((item, index) =>
      item.wait
        ? [{ slug: phase.slug, item: item.id, step: index + 1, time: item.wait.time, reason: item.wait.reason }]
        : [],
    ),
  );

  const { chain, effort: chainEffort, wait: chainWait } = longestChain(phases, phaseEfforts);
  const sum = (field: 'effort' | 'steps' | 'wait') => phaseEfforts.reduce((total, phase) => total + phase[field], 0);
  return {
    effort: sum('effort'),
    steps: sum('steps'),
    wait: sum('wait'),
    phases: phaseEfforts,
    roles,
    waits,
    longestChain: chain,
    chainEffort,
    chainWait,
  };
}

function longestChain(
  phases: readonly PlanPhase[],
  efforts: readonly PhaseEffort[],
): { chain: string[]; effort: number; wait: number } {
  const known = new Map(phases.map((phase, index) => [phase.slug, index]));
  const finish = new Map<string, { time: number; effort: number; wait: number; previous: string | undefined }>();
  const visit = (slug: string, path: ReadonlySet<string>): { time: number; effort: number; wait: number } => {
    const done = finish.get(slug);
    if (done) return done;
    const index = known.get(slug) ?? -1;
    const phase = phases[index];
    const own = efforts[index];
    if (!phase || !own) return { time: 0, effort: 0, wait: 0 };
    let best: { time: number; effort: number; wait: number; previous: string | undefined } = {
      time: 0,
      effort: 0,
      wait: 0,
      previous: undefined,
    };
    for (const prerequisite of phase.prerequisites) {
      // A cycle is a content error (reported by the checks): never follow it.
      if (!known.has(prerequisite) || path.has(prerequisite)) continue;
      const before = visit(prerequisite, new Set([...path, slug]));
      if (before.time > best.time) best = { ...before, previous: prerequisite };
    }
    const result = {
      time: best.time + own.effort + own.wait,
      effort: best.effort + own.effort,
      wait: best.wait + own.wait,
      previous: best.previous,
    };
    finish.set(slug, result);
    return result;
  };
  let last: string | undefined;
  for (const phase of phases) {
    const result = visit(phase.slug, new Set());
    if (last === undefined || result.time > (finish.get(last)?.time ?? 0)) last = phase.slug;
  }
  const chain: string[] = [];
  for (let slug = last; slug !== undefined; slug = finish.get(slug)?.previous) chain.unshift(slug);
  const end = last ? finish.get(last) : undefined;
  return { chain, effort: end?.effort ?? 0, wait: end?.wait ?? 0 };
}
