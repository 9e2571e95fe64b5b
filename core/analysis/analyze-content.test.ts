import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { includesCollapsed, linesOf } from './analyze-content';

const reference = (text: string, part: string) => text.replace(/\s+/g, ' ').includes(part);

describe('includesCollapsed', () => {
  it('finds a part across white-space runs, and a plainly spaced part as it is', () => {
    expect(includesCollapsed('North  Korea\nsanctions', 'North Korea sanctions')).toBe(true);
    expect(includesCollapsed('The North Korea sanctions', 'North Korea')).toBe(true);
    expect(includesCollapsed('North Korea', 'North  Korea')).toBe(false);
    expect(includesCollapsed('North Korea', 'Korea ')).toBe(false);
    expect(includesCollapsed('North Korea ', 'Korea ')).toBe(true);
    expect(includesCollapsed('Sanctions (U.N.)\n[1718] $5 a+b? x/y-z', 'Sanctions (U.N.) [1718] $5 a+b? x/y-z')).toBe(
      true,
    );
    expect(includesCollapsed('Sanctions (UxNx)', 'Sanctions (U.N.)')).toBe(false);
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

describe('linesOf', () => {
  const reference = (text: string, pairs: number[]) => {
    const lines = text.split('\n');
    const out: string[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) out.push(...lines.slice(pairs[i], pairs[i + 1]));
    return out.join('\n');
  };

  it('cuts line ranges out of a text as splitting it into lines would', () => {
    expect(linesOf('a\nb\nc\nd', [1, 3])).toBe('b\nc');
    expect(linesOf('a\nb\nc\nd', [0, 1, 3, 9])).toBe('a\nd');
    expect(linesOf('a\n\nc\n', [1, 2, 3, 4])).toBe('\n');
    expect(linesOf('a', [])).toBe('');
  });

  it('answers as the reference on random texts and ranges (also unordered, empty and negative ones)', () => {
    const random = seededRandom(11);
    const alphabet = ['a', 'b', '\n', '\n\n', ' '];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * 5)]).join('');
      const pairs = Array.from({ length: Math.floor(random() * 7) }, () => Math.floor(random() * 12) - 3);
      expect(linesOf(text, pairs), JSON.stringify([text, pairs])).toBe(reference(text, pairs));
    }
  });
});
