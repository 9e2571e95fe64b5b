// The Aho–Corasick automaton against a naive search, on random dictionaries and texts.
import { describe, expect, it } from 'vitest';
import { buildAutomaton, exitIndex, ROW_ESCAPE, ROW_SHIFT, ROW_WIDTH, rowStep, runAutomaton, step } from './automaton';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function naive(patterns: number[][], text: number[]): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    patterns.forEach((p, id) => {
      if (p.length <= end && p.every((c, i) => text[end - p.length + i] === c)) out.push(`${id}@${end}`);
    });
  }
  return out.sort();
}

function found(patterns: number[][], symbols: number, text: number[], options = {}): string[] {
  const a = buildAutomaton(patterns, symbols, options);
  const out: string[] = [];
  runAutomaton(a, text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('buildAutomaton', () => {
  it('finds every occurrence, overlaps and nested patterns included', () => {
    // he, she, his, hers over h=1 e=2 s=3 i=4 r=5: the classic example.
    const patterns = [
      [1, 2],
      [3, 1, 2],
      [1, 4, 3],
      [1, 2, 5, 3],
    ];
    const text = [3, 1, 2, 5, 3, 1, 4, 3];
    expect(found(patterns, 6, text)).toEqual(naive(patterns, text));
    expect(found(patterns, 6, text)).toContain('0@3');
  });

  it('agrees with a naive search on random dictionaries, with and without full rows', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = random(seed);
      const symbols = 2 + Math.floor(rnd() * (seed % 2 ? 5 : 300));
      const sym = () => 1 + Math.floor(rnd() * (symbols - 1));
      const patterns = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 6) }, sym),
      );
      const text = Array.from({ length: 400 }, () => (rnd() < 0.05 ? 0 : sym()));
      const expected = naive(patterns, text);
      expect(found(patterns, symbols, text), `seed ${seed}`).toEqual(expected);
      expect(found(patterns, symbols, text, { maxDenseStates: 1 }), `seed ${seed}, root row only`).toEqual(expected);
      expect(found(patterns, symbols, text, { maxDenseStates: 1e6 }), `seed ${seed}, all rows`).toEqual(expected);
      const fewExits = { maxDenseStates: 1e6, maxExits: 3 };
      expect(found(patterns, symbols, text, fewExits), `seed ${seed}, 2 exits numbered`).toEqual(expected);
    }
  });

  it('full rows give the same next state as the failure links, with the output bit', () => {
    const patterns = [
      [2, 3, 4],
      [3, 4],
      [2, 2],
      [5, 130, 6],
    ];
    const a = buildAutomaton(patterns, 140, { maxDenseStates: 1e6, transparent: 1 });
    const slow = buildAutomaton(patterns, 140, { maxDenseStates: 1 });
    expect(a.denseStates).toBe(a.states);
    for (let s = 0; s < a.denseStates; s++) {
      for (let c = 0; c < ROW_ESCAPE; c++) {
        const v = a.rows[(s << ROW_SHIFT) + c]!;
        const next = c === 1 ? s : step(a, s, c);
        const out = a.outLink[next] !== 0;
        // A row entry is the next row's offset, or (a pattern ends there, or no row) an exit: state and output bit.
        if (v % ROW_WIDTH === 0)
          expect([v >> ROW_SHIFT, out], `state ${s} symbol ${c}`).toEqual([next, c === 1 ? out : false]);
        else {
          const x = a.exits[exitIndex(v)]!;
          expect([x >> 1, (x & 1) === 1], `state ${s} symbol ${c}`).toEqual([next, out]);
        }
        expect(rowStep(a, s, c)).toBe(next);
      }
      expect(a.exits[exitIndex(a.rows[(s << ROW_SHIFT) + ROW_ESCAPE]!)]).toBe(-1);
    }
    // Same matches from both, though states are numbered differently.
    const text = [2, 2, 3, 4, 5, 130, 6, 2, 3, 4];
    const run = (x: typeof a) => {
      const out: string[] = [];
      runAutomaton(x, text, (id, end) => out.push(`${id}@${end}`));
      return out.sort();
    };
    expect(run(a)).toEqual(run(slow));
    expect(run(a)).toEqual(naive(patterns, text));
  });

  it('gives full rows to the likeliest states, failure states first', () => {
    // a (2) and b (3) are written 6 times each, x (4) and q (5) once: the rows go to the root, a and b, then to the
    // pairs of a and b, before x.
    const patterns = [
      [2, 3],
      [2, 3, 2],
      [3, 2],
      [2, 2, 3],
      [3, 3],
      [4, 5],
    ];
    const a = buildAutomaton(patterns, 6, { maxDenseStates: 3 });
    expect(a.denseStates).toBe(3);
    expect(step(a, 0, 2)).toBeLessThan(3);
    expect(step(a, 0, 3)).toBeLessThan(3);
    expect(step(a, 0, 4)).toBeGreaterThanOrEqual(3);
    const b = buildAutomaton(patterns, 6, { maxDenseStates: 7 });
    for (let s = 1; s < b.denseStates; s++) expect(b.fail[s]).toBeLessThan(s);
    expect(step(b, step(b, 0, 2), 3)).toBeLessThan(7);
    expect(step(b, step(b, 0, 4), 5)).toBeGreaterThanOrEqual(7);
  });

  it('leaves the state as it is on the transparent symbol', () => {
    const a = buildAutomaton([[2, 3]], 4, { transparent: 1 });
    const afterTwo = step(a, 0, 2);
    expect(step(a, afterTwo, 1)).toBe(afterTwo);
    const out: number[] = [];
    runAutomaton(a, [2, 1, 1, 3], (_, end) => out.push(end));
    expect(out).toEqual([4]);
  });

  it('records pattern lengths and shares the end state of equal patterns', () => {
    const a = buildAutomaton([[2, 3], [2, 3], [4]], 5);
    expect(Array.from(a.patternLength)).toEqual([2, 2, 1]);
    const out: number[] = [];
    runAutomaton(a, [2, 3], (id) => out.push(id));
    expect(out.sort()).toEqual([0, 1]);
  });
});
