/**
 * The sentences that tell a phase's sign-off (sign-off-state.ts), from the page's texts (`words`, keys
 * without their `signOff.` prefix: `remaining.one`, `signed`…) and its locale. Pure, unit-tested
 * (tests/unit/sign-off-state.test.ts); the phase page and the printed sheets use it.
 */
import { fill } from '../../i18n/fill.ts';
import type { SignOff } from './run-record.ts';
import type { SignOffState } from './sign-off-state.ts';

export type Words = Readonly<Record<string, string>>;

/** `<key>.one` or `<key>.other` as the locale's plural rules choose, filled with `count` and `vars`. */
export function counted(words: Words, intl: string, key: string, count: number, vars: Record<string, string> = {}) {
  const form = new Intl.PluralRules(intl).select(count) === 'one' ? 'one' : 'other';
  return fill(words[`${key}.${form}`] ?? '', { ...vars, count: String(count) });
}

/** The approver's name, with their role when given: "Jane Doe (Change manager)". */
export const approver = ({ name, role }: SignOff): string => (role ? `${name} (${role})` : name);

/** The date the approver gave (YYYY-MM-DD), in the page's language ("3 December 2026"). */
export function signOffDay(intl: string, date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? new Intl.DateTimeFormat(intl, { dateStyle: 'long' }).format(new Date(`${date}T12:00`))
    : date;
}

/** "Signed off by Jane Doe (Change manager) on 3 December 2026. Comment: …" */
export function signedText(words: Words, intl: string, signOff: SignOff): string {
  const { date, comment } = signOff;
  const text = fill(words['signed'] ?? '', { name: approver(signOff), date: signOffDay(intl, date) });
  return comment ? `${text} ${fill(words['comment'] ?? '', { comment })}` : text;
}

/** What the state says, in one sentence. */
export function stateText(words: Words, intl: string, state: SignOffState): string {
  if (state.kind === 'signed') return signedText(words, intl, state.signOff);
  if (state.kind === 'ready') return words['ready'] ?? '';
  const failed = state.failed.length;
  return `${counted(words, intl, 'remaining', state.blocking.length)}${failed ? ` ${counted(words, intl, 'failed', failed)}` : '.'}`;
}

/** "Changed after the sign-off: steps 2.3, 2.5." ('' when none). */
export function changedText(words: Words, intl: string, numbers: readonly string[]): string {
  return numbers.length ? counted(words, intl, 'changed', numbers.length, { steps: numbers.join(', ') }) : '';
}
