import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/components/search/client/latest-only.ts';

/** A task whose calls finish when the test says so. */
function controlled() {
  const calls: { arg: string; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const run = (arg: string) =>
    new Promise<string>((finish, fail) => {
      calls.push({ arg, finish, fail });
    });
  return { calls, run };
}

describe('searches one at a time, newest first', () => {
  it('starts a call at once when none runs', async () => {
    const { calls, run } = controlled();
    const search = latestOnly(run);
    const first = search('M');
    expect(calls.map((call) => call.arg)).toEqual(['M']);
    calls[0]?.finish('results of M');
    expect(await first).toBe('results of M');
    const second = search('Mo');
    expect(calls.map((call) => call.arg)).toEqual(['M', 'Mo']);
    calls[1]?.finish('results of Mo');
    expect(await second).toBe('results of Mo');
  });

  it('keeps only the newest of the calls made while one runs, the others resolving to null', async () => {
    const { calls, run } = controlled();
    const waited: string[] = [];
    const search = latestOnly(run, (arg) => waited.push(arg));
    const running = search('M');
    const stale = search('Mo');
    const newest = search('Mov');
    expect(await stale).toBeNull();
    expect(calls.map((call) => call.arg)).toEqual(['M']);
    expect(waited).toEqual(['Mo', 'Mov']);
    calls[0]?.finish('results of M');
    expect(await running).toBe('results of M');
    await Promise.resolve();
    expect(calls.map((call) => call.arg)).toEqual(['M', 'Mov']);
    calls[1]?.finish('results of Mov');
    expect(await newest).toBe('results of Mov');
  });

  it('goes on with the waiting call when the running one fails, and passes the failure on', async () => {
    const { calls, run } = controlled();
    const search = latestOnly(run);
    const failing = search('M');
    const next = search('Mo');
    calls[0]?.fail(new Error('index chunk unavailable'));
    await expect(failing).rejects.toThrow('index chunk unavailable');
    await Promise.resolve();
    expect(calls.map((call) => call.arg)).toEqual(['M', 'Mo']);
    calls[1]?.finish('results of Mo');
    expect(await next).toBe('results of Mo');
  });
});
