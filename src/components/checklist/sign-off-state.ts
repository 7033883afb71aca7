/**
 * Where a phase stands for its sign-off in a run: not ready (steps neither done nor not applicable, failed
 * ones counted apart), ready, or signed (by whom, and the steps changed since). Pure, unit-tested
 * (tests/unit/sign-off-state.test.ts), and imports no code: the phase page's script shows it as it loads
 * (sign-off-element.ts), so it stays small; run-record.ts and run-changes.ts use the same rules.
 */
import type { Run, SignOff } from './run-record.ts';

export type SignOffState =
  | { readonly kind: 'not-ready'; readonly blocking: readonly string[]; readonly failed: readonly string[] }
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'signed';
      readonly signOff: SignOff;
      readonly changed: readonly string[];
      readonly ready: boolean;
    };

/** When a step's mark (or its opening) last changed: what a merge compares. */
export function stepTime(run: Run, id: string): string | undefined {
  const mark = run.marks.get(id);
  return mark ? (mark.changed ?? mark.at) : run.open.get(id);
}

/** Steps of `phaseSteps` that keep a phase from being signed off: neither done nor not applicable (failed ones included). */
export function stepsBlockingSignOff(run: Run, phaseSteps: readonly string[]): string[] {
  return phaseSteps.filter((id) => {
    const state = run.marks.get(id)?.state;
    return state === undefined || state === 'failed';
  });
}

/** The steps of a signed phase changed since it was signed (the sign-off is flagged, never removed). */
export function changedSinceSignOff(run: Run, phase: string, phaseSteps: readonly string[]): string[] {
  const signed = run.signOffs.get(phase);
  if (!signed) return [];
  return phaseSteps.filter((id) => (stepTime(run, id) ?? '') > signed.at);
}

export function signOffState(run: Run, phase: string, phaseSteps: readonly string[]): SignOffState {
  const blocking = stepsBlockingSignOff(run, phaseSteps);
  const signOff = run.signOffs.get(phase);
  if (signOff)
    return { kind: 'signed', signOff, changed: changedSinceSignOff(run, phase, phaseSteps), ready: !blocking.length };
  if (!blocking.length) return { kind: 'ready' };
  return { kind: 'not-ready', blocking, failed: blocking.filter((id) => run.marks.get(id)?.state === 'failed') };
}
