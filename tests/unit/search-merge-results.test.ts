import { describe, expect, it } from 'vitest';
import { mergeRanked } from '../../src/components/search/client/merge-results.ts';

describe('results of several languages in one list', () => {
  const own = [
    { id: 'fr-a', score: 2 },
    { id: 'fr-b', score: 1 },
  ];
  const other = [
    { id: 'en-a', score: 2 },
    { id: 'en-b', score: 1.5 },
    { id: 'en-c', score: 1 },
  ];

  it('orders by score, the other language ranked a little lower, equal scores in list order', () => {
    const merged = mergeRanked([
      { results: own, weight: 1 },
      { results: other, weight: 0.9 },
    ]);
    expect(merged.map((result) => result.id)).toEqual(['fr-a', 'en-a', 'en-b', 'fr-b', 'en-c']);
    expect(
      mergeRanked([
        { results: own, weight: 1 },
        { results: [{ id: 'en', score: 2 }], weight: 1 },
      ]).map((result) => result.id),
    ).toEqual(['fr-a', 'en', 'fr-b']);
  });

  it('returns Pagefind’s result objects themselves, whose data it frees once they are collected', () => {
    const merged = mergeRanked([
      { results: own, weight: 1 },
      { results: other, weight: 0.9 },
    ]);
    expect(merged).toContain(own[0]);
    expect(merged[1]).toBe(other[0]);
    expect(merged[1]?.score).toBe(2);
  });
});
