import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPart } from '../../src/client/load-part.ts';

describe('loading a part of the page on demand', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the part at once when it loads', async () => {
    const load = vi.fn(() => Promise.resolve('part'));
    await expect(loadPart(load)).resolves.toBe('part');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a load cut short again after a pause, so that a page left at once reports nothing', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('error loading dynamically imported module'))
      .mockResolvedValue('part');
    const part = loadPart(load);
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(part).resolves.toBe('part');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reports a part that never loads, after three tries, with the last error', async () => {
    const load = vi.fn(() => Promise.reject(new TypeError('offline')));
    const part = loadPart(load);
    const outcome = expect(part).rejects.toThrow('offline');
    await vi.advanceTimersByTimeAsync(4_000);
    await outcome;
    expect(load).toHaveBeenCalledTimes(3);
  });
});
