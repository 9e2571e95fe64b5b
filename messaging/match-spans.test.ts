import { describe, expect, it } from 'vitest';
import { decodeSpans, encodeSpans, SpansFormatError } from './match-spans';

describe('match spans as one string', () => {
  it('round-trips flat triples, starts in any order', () => {
    const flat = [0, 4, 0, 19, 30, 1, 5, 9, 2, 123456, 123470, 40];
    const text = encodeSpans(flat);
    expect(typeof text).toBe('string');
    expect(decodeSpans(text)).toEqual(flat);
  });

  it('is shorter than the numbers as JSON for a long page’s matches', () => {
    const flat: number[] = [];
    for (let i = 0; i < 7000; i++) flat.push(i * 40 + 100_000, i * 40 + 100_011, i % 50);
    const text = encodeSpans(flat);
    expect(decodeSpans(text)).toEqual(flat);
    expect(text.length).toBeLessThan(JSON.stringify(flat).length / 2);
  });

  it('gives an empty string for no match, and back', () => {
    expect(encodeSpans([])).toBe('');
    expect(decodeSpans('')).toEqual([]);
  });

  it('rejects strings it did not make', () => {
    expect(() => decodeSpans('1,2')).toThrow(SpansFormatError);
    expect(() => decodeSpans('1,,2')).toThrow(SpansFormatError);
    expect(() => decodeSpans('1,X,2')).toThrow(SpansFormatError);
  });
});
