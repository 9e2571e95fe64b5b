// Folding of text to keys: case, NFKC, Latin diacritics, ё, ß, apostrophes, gaps and abbreviation full stops.
import { describe, expect, it } from 'vitest';
import {
  charFlags,
  FLAG_CYRILLIC,
  FLAG_HANGUL,
  FLAG_LATIN,
  FLAG_UNSPACED,
  FLAG_WORD,
  foldCase,
  GAP_HYPHEN,
  GAP_NONE,
  GAP_SPACE,
  isAbbreviationDot,
  keyOf,
} from './normalize';

const fold = (text: string) => keyOf(text, 'fold').key;

describe('keyOf', () => {
  it('folds case and Latin diacritics in every Latin-script language', () => {
    expect(fold('Corée du Nord')).toBe('coreedunord');
    expect(fold('Pjöngjang')).toBe('pjongjang');
    expect(fold('República Popular Democrática de Corea')).toBe(fold('Republica Popular Democratica de Corea'));
    expect(fold('Oekraïne')).toBe('oekraine');
    expect(fold('P’yŏngyang')).toBe("p'yongyang");
  });

  it('folds decomposed diacritics like composed ones', () => {
    expect(fold('Core\u0301e')).toBe(fold('Corée'));
  });

  it('keeps Cyrillic letters apart (й, ї) but folds ё to е', () => {
    expect(fold('Соединённые')).toBe('соединенные');
    expect(fold('Китай')).toBe('китай');
    expect(fold('Україна')).toBe('україна');
    expect(fold('Росії')).not.toBe(fold('Росіі'));
  });

  it('does not touch Hangul, kana and Han', () => {
    expect(fold('북한은')).toBe('북한은');
    expect(fold('ガス')).not.toBe(fold('カス'));
    expect(fold('朝鮮')).toBe('朝鮮');
  });

  it('applies NFKC to letters and digits: full-width, ligatures, half-width kana', () => {
    expect(fold('ＵＮ')).toBe('un');
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('ｱﾒﾘｶ')).toBe('アメリカ');
  });

  it('spells ß out (Großbritannien, Grossbritannien) and unifies apostrophes', () => {
    expect(fold('Großbritannien')).toBe('grossbritannien');
    expect(fold('d’experts')).toBe(fold("d'experts"));
    expect(fold('Об’єднаних')).toBe(fold('Обʼєднаних'));
  });

  it('drops gaps and records them: space, hyphen, or none', () => {
    const k = keyOf('Kim Jong-un', 'fold');
    expect(k.key).toBe('kimjongun');
    expect(k.gaps).toEqual([0, 0, 0, GAP_SPACE, 0, 0, 0, GAP_HYPHEN, 0]);
    expect(keyOf('Pyong‐yang', 'fold').gaps[5]).toBe(GAP_HYPHEN);
    expect(keyOf('North \n Korea', 'fold').gaps[5]).toBe(GAP_SPACE);
    expect(keyOf('Pyong\u00adyang', 'fold').gaps[5]).toBe(GAP_NONE);
  });

  it('drops full stops of one-letter abbreviations only', () => {
    expect(fold('U.N.')).toBe('un');
    expect(fold('U.S. Treasury')).toBe('ustreasury');
    expect(fold('EE. UU.')).toBe('ee.uu.');
    expect(fold('Office No. 39')).toBe('officeno.39');
    expect(fold('North. Korea')).toBe('north.korea');
  });

  it('keeps case or diacritics in the stricter forms', () => {
    expect(keyOf('U.N.', 'case').key).toBe('UN');
    expect(keyOf('Bình Nhưỡng', 'marks').key).toBe('bìnhnhưỡng');
    expect(keyOf('Bình Nhưỡng', 'exact').key).toBe('BìnhNhưỡng');
  });

  it('maps each key character to its place in the original', () => {
    const text = 'Die Straße';
    const k = keyOf(text, 'fold');
    expect(k.key).toBe('diestrasse');
    expect(k.starts.map((i) => text[i]).join('')).toBe('DieStraßße');
  });
});

describe('isAbbreviationDot', () => {
  it('is true after a lone letter', () => {
    expect(isAbbreviationDot('U.N.', 1)).toBe(true);
    expect(isAbbreviationDot('U.N.', 3)).toBe(true);
    expect(isAbbreviationDot('UN.', 2)).toBe(false);
    expect(isAbbreviationDot('3.5', 1)).toBe(false);
  });
});

describe('charFlags', () => {
  it('knows the scripts', () => {
    expect(charFlags('a'.charCodeAt(0)) & FLAG_LATIN).toBeTruthy();
    expect(charFlags('é'.charCodeAt(0)) & FLAG_LATIN).toBeTruthy();
    expect(charFlags('Ж'.charCodeAt(0)) & FLAG_CYRILLIC).toBeTruthy();
    expect(charFlags('한'.charCodeAt(0)) & FLAG_HANGUL).toBeTruthy();
    expect(charFlags('朝'.charCodeAt(0)) & FLAG_UNSPACED).toBeTruthy();
    expect(charFlags('ン'.charCodeAt(0)) & FLAG_UNSPACED).toBeTruthy();
    expect(charFlags(' '.charCodeAt(0)) & FLAG_WORD).toBeFalsy();
    expect(charFlags(NaN)).toBe(0);
  });
});

describe('foldCase', () => {
  it('folds case without changing length', () => {
    expect(foldCase('İstanbul ÀB')).toHaveLength('İstanbul ÀB'.length);
    expect(foldCase('ÀB')).toBe('àb');
  });
});
