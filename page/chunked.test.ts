import { describe, expect, it } from 'vitest';
import { forEachChunked } from './chunked';

describe('forEachChunked', () => {
  it('visits every item, yielding when a slice is used up', async () => {
    let clock = 0;
    const seen: number[] = [];
    const items = Array.from({ length: 200 }, (_, i) => i);
    const done = await forEachChunked(
      items,
      (i) => {
        seen.push(i);
        clock += 1; // every item costs 1 ms of fake time
      },
      new AbortController().signal,
      8,
      () => clock,
    );
    expect(done).toBe(true);
    expect(seen).toEqual(items);
  });

  it('stops when aborted between slices', async () => {
    const controller = new AbortController();
    let clock = 0;
    const seen: number[] = [];
    const items = Array.from({ length: 200 }, (_, i) => i);
    const run = forEachChunked(
      items,
      (i) => {
        seen.push(i);
        clock += 1;
        if (i === 40) controller.abort();
      },
      controller.signal,
      8,
      () => clock,
    );
    expect(await run).toBe(false);
    expect(seen.length).toBeLessThan(200);
    expect(seen.length).toBeGreaterThanOrEqual(41);
  });
});
