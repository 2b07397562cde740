import { describe, expect, test } from 'vitest';
import { mapLimit } from '../../src/lib/map-limit.ts';
import { recentlyUsed } from '../../src/editorial/recent.ts';

describe('recentlyUsed', () => {
  test('computes a key once while it is among the most recent, and again once it has dropped out', () => {
    const computed: string[] = [];
    const get = recentlyUsed(2, (key: string) => {
      computed.push(key);
      return key.toUpperCase();
    });
    expect([get('a'), get('b'), get('a'), get('c')]).toEqual(['A', 'B', 'A', 'C']);
    // 'b' was the least recent when 'c' came: it is computed again, 'a' is not.
    expect([get('a'), get('b')]).toEqual(['A', 'B']);
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('mapLimit', () => {
  test('returns results in order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([5, 1, 4, 2, 3, 0], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      // Yield n times, so that items finish out of order.
      for (let i = 0; i < n; i++) await Promise.resolve();
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(3);
  });

  test('a failure rejects the whole map', async () => {
    await expect(
      mapLimit([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
  });
});
