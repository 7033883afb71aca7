/** "Did you mean …?" for a mistyped id, slug or name: the closest candidate, if it is close enough. */
import { closest, distance } from 'fastest-levenshtein';

export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || value === '') return undefined;
  // A name cut short (`phase-4-move-test-users`) is closer to its full form than any edit distance says.
  const completed = candidates.filter((candidate) => candidate.startsWith(value));
  if (completed.length === 1) return completed[0];
  const best = closest(value, [...candidates]);
  // Close enough to be a typo: a third of the length, at least 2 edits allowed.
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** ` (did you mean "system-admin"?)`, or `` when nothing is close. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
