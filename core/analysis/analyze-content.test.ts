import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { includesCollapsed } from './analyze-content';

const reference = (text: string, part: string) => text.replace(/\s+/g, ' ').includes(part);

describe('includesCollapsed', () => {
  it('finds a part across white-space runs, and a plainly spaced part as it is', () => {
    expect(includesCollapsed('North  Korea\nsanctions', 'North Korea sanctions')).toBe(true);
    expect(includesCollapsed('The North Korea sanctions', 'North Korea')).toBe(true);
    expect(includesCollapsed('North Korea', 'North  Korea')).toBe(false);
    expect(includesCollapsed('North Korea', 'Korea ')).toBe(false);
    expect(includesCollapsed('North Korea ', 'Korea ')).toBe(true);
  });

  it('answers as collapsing the whole text would, on random texts and parts', () => {
    const random = seededRandom(7);
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\t', '\u00a0'];
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const text = pick(1 + Math.floor(random() * 12));
      const part =
        random() < 0.5
          ? text.slice(Math.floor(random() * 4), 2 + Math.floor(random() * 8))
          : pick(1 + Math.floor(random() * 4));
      if (!part) continue;
      expect(includesCollapsed(text, part), JSON.stringify([text, part])).toBe(reference(text, part));
    }
  });
});
