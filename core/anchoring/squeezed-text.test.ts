// Tests squeezing whitespace out of page text and mapping offsets back, and the context similarity measure.
import { describe, expect, it } from 'vitest';
import { isIgnorable, prepareText, readKept, similarity, squeeze, toSqueezed } from './squeezed-text';

describe('squeeze and prepareText', () => {
  it('squeezes whitespace and invisible characters', () => {
    expect(squeeze(' a\u00a0b\u200bc\u00ad d\n')).toBe('abcd');
    expect(isIgnorable('x'.charCodeAt(0))).toBe(false);
    expect(isIgnorable(0x3000)).toBe(true);
  });

  it('maps squeezed offsets back to the original text and original offsets forward', () => {
    const p = prepareText(' a b\n\tc ');
    expect(p.squeezed).toBe('abc');
    expect([...p.map]).toEqual([1, 3, 6]);
    expect(toSqueezed(p, 0)).toBe(0);
    expect(toSqueezed(p, 3)).toBe(1);
    expect(toSqueezed(p, 4)).toBe(2);
    expect(toSqueezed(p, 8)).toBe(3);
  });

  it('leaves excluded spans (script text) out of the search, even adjacent ones', () => {
    const text = 'see {"headline":"Kim"} Kim visits';
    const p = prepareText(text, [
      [4, 10],
      [10, 22],
    ]);
    expect(p.squeezed).toBe('seeKimvisits');
    expect(p.map[3]).toBe(23);
  });
});

describe('readKept and similarity', () => {
  it('reads non-space characters either way, in reading order', () => {
    expect(readKept('ab  c d', 6, -1, 3)).toBe('bcd');
    expect(readKept('ab  c d', 1, 1, 10)).toBe('bcd');
  });

  it('scores 1 for equal strings, less for edits, 1 when nothing is expected', () => {
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'abxd')).toBe(0.75);
    expect(similarity('abcd', '')).toBe(0);
    expect(similarity('', 'zz')).toBe(1);
  });
});
