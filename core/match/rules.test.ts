// Word boundaries, Korean particles, gaps inside names and the languages that fold diacritics.
import { describe, expect, it } from 'vitest';
import { GAP_HYPHEN, GAP_NONE, GAP_SPACE, keyOf } from './normalize';
import {
  foldsDiacritics,
  GAP_ANY,
  gapFits,
  guessLanguage,
  isPlainPattern,
  leftBoundaryOk,
  rightBoundaryOk,
  startsWithKoreanParticle,
  termGaps,
} from './rules';

describe('boundaries', () => {
  it('needs a word boundary in spaced scripts', () => {
    expect(leftBoundaryOk('the UN', 4)).toBe(true);
    expect(leftBoundaryOk('FUN', 1)).toBe(false);
    expect(rightBoundaryOk('UNs', 2)).toBe(false);
    expect(rightBoundaryOk("UN's", 2)).toBe(true);
    expect(leftBoundaryOk("l'ONU", 2)).toBe(true);
    expect(rightBoundaryOk('Пхеньяна', 7)).toBe(false);
  });

  it('needs none in Chinese and Japanese', () => {
    expect(leftBoundaryOk('支持朝鲜的', 2)).toBe(true);
    expect(rightBoundaryOk('北朝鮮の', 3)).toBe(true);
  });

  it('lets Korean particles follow a Hangul name, but not other Hangul', () => {
    for (const word of ['북한은', '북한의', '북한이', '북한에서']) expect(rightBoundaryOk(word, 2), word).toBe(true);
    for (const word of ['안보리는', '안보리가']) expect(rightBoundaryOk(word, 3), word).toBe(true);
    expect(rightBoundaryOk('북한산', 2)).toBe(false);
    expect(leftBoundaryOk('남북한', 1)).toBe(false);
    expect(startsWithKoreanParticle('에서는', 0)).toBe(true);
  });
});

describe('gaps', () => {
  it('a space in a name needs a space or a dash; none accepts a dash; a dash accepts anything', () => {
    expect(gapFits(GAP_SPACE, GAP_SPACE)).toBe(true);
    expect(gapFits(GAP_SPACE, GAP_HYPHEN)).toBe(true);
    expect(gapFits(GAP_SPACE, GAP_NONE)).toBe(false);
    expect(gapFits(GAP_NONE, GAP_HYPHEN)).toBe(true);
    expect(gapFits(GAP_NONE, GAP_SPACE)).toBe(false);
    expect(gapFits(GAP_HYPHEN, GAP_NONE)).toBe(true);
    expect(gapFits(GAP_ANY, GAP_SPACE)).toBe(true);
  });

  it('spacing is free next to Hangul, Han and kana (유엔 안보리, 유엔안보리)', () => {
    const k = keyOf('유엔 안보리', 'fold');
    expect(Array.from(termGaps(k.gaps, k.flags))).toEqual([0, GAP_ANY, GAP_ANY, GAP_ANY, GAP_ANY]);
    const latin = keyOf('North Korea', 'fold');
    expect(termGaps(latin.gaps, latin.flags)[5]).toBe(GAP_SPACE);
  });
});

describe('languages', () => {
  it('folds diacritics where writers drop them, not where they make another word', () => {
    for (const lang of ['en', 'id', 'de', 'fr', 'nl', 'es', 'ru', 'uk', 'fr-CA', undefined]) {
      expect(foldsDiacritics(lang), String(lang)).toBe(true);
    }
    for (const lang of ['vi', 'tr', 'pl']) expect(foldsDiacritics(lang), lang).toBe(false);
  });

  it('guesses Ukrainian or Russian from the letters', () => {
    expect(guessLanguage('Росія')).toBe('uk');
    expect(guessLanguage('Россия')).toBe('ru');
    expect(guessLanguage('Korea')).toBeUndefined();
  });
});

describe('isPlainPattern', () => {
  it('is plain only without a stricter form and when every gap rule accepts no gap', () => {
    expect(isPlainPattern(null, Uint8Array.from([0, GAP_NONE, GAP_NONE]))).toBe(true);
    expect(isPlainPattern(null, Uint8Array.from([0, GAP_NONE, GAP_ANY, GAP_HYPHEN]))).toBe(true);
    expect(isPlainPattern(null, Uint8Array.from([0, GAP_SPACE]))).toBe(false);
    expect(isPlainPattern('case', Uint8Array.from([0, GAP_NONE]))).toBe(false);
  });
});
