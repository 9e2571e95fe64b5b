import { describe, expect, it } from 'vitest';
import { keptValue } from './kept-value';

function source(first: number) {
  let value = first;
  let reads = 0;
  const listeners: ((next: number) => void)[] = [];
  return {
    read: async () => {
      reads++;
      return value;
    },
    subscribe: (l: (next: number) => void) => listeners.push(l),
    change(next: number) {
      value = next;
      for (const l of listeners) l(next);
    },
    reads: () => reads,
  };
}

describe('keptValue', () => {
  it('reads once and keeps the value', async () => {
    const s = source(1);
    const get = keptValue(s.read, s.subscribe);
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    expect(s.reads()).toBe(1);
  });

  it('takes the changed value without reading again', async () => {
    const s = source(1);
    const get = keptValue(s.read, s.subscribe);
    await get();
    s.change(2);
    expect(await get()).toBe(2);
    expect(s.reads()).toBe(1);
  });

  it('keeps a change that comes while the first read is in flight', async () => {
    const s = source(1);
    const get = keptValue(s.read, s.subscribe);
    const first = get();
    s.change(2);
    expect(await first).toBe(1);
    expect(await get()).toBe(2);
  });

  it('reads again after a failed read', async () => {
    let fail = true;
    const get = keptValue(
      async () => {
        if (fail) throw new Error('storage unavailable');
        return 3;
      },
      () => undefined,
    );
    await expect(get()).rejects.toThrow('storage unavailable');
    fail = false;
    expect(await get()).toBe(3);
  });
});
