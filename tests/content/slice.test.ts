import { describe, expect, it } from 'vitest';
import { mapSteps, runSliced } from '../../lib/content/slice';

describe('runSliced', () => {
  it('gives the page a turn whenever a slice uses up its budget, and returns the result', async () => {
    let clock = 0;
    let pauses = 0;
    function* work(): Generator<void, number> {
      let sum = 0;
      for (let i = 1; i <= 10; i++) {
        clock += 5; // each step costs 5 ms
        sum += i;
        yield;
      }
      return sum;
    }
    const result = await runSliced(work(), { budgetMs: 12, now: () => clock, pause: async () => void pauses++ });
    expect(result).toBe(55);
    expect(pauses).toBe(3); // 10 steps × 5 ms in slices of at most 15 ms
  });

  it('stops when aborted between slices', async () => {
    const ctl = new AbortController();
    let clock = 0;
    function* forever(): Generator<void, never> {
      for (;;) {
        clock += 20;
        yield;
      }
    }
    const run = runSliced(forever(), { budgetMs: 10, now: () => clock, pause: async () => ctl.abort(), signal: ctl.signal });
    await expect(run).rejects.toThrow('aborted');
  });

  it('maps items in steps', async () => {
    expect(await runSliced(mapSteps([1, 2, 3, 4, 5], (x) => x * 2, 2))).toEqual([2, 4, 6, 8, 10]);
  });
});
