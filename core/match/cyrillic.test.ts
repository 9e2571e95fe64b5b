// Russian and Ukrainian case forms generated from the endings tables.
import { describe, expect, it } from 'vitest';
import { caseForms } from './cyrillic';
import { termForms } from './variants';

describe('caseForms: Russian', () => {
  it('inflects a masculine noun (Пхеньян) and a feminine one in -ия (Россия)', () => {
    expect(caseForms('Пхеньян', 'ru')).toEqual(
      expect.arrayContaining(['Пхеньян', 'Пхеньяна', 'Пхеньяну', 'Пхеньяном', 'Пхеньяне']),
    );
    expect(caseForms('Россия', 'ru')).toEqual(expect.arrayContaining(['России', 'Россию', 'Россией']));
  });

  it('inflects the head noun and leaves its genitive complement (Совет Безопасности)', () => {
    const forms = caseForms('Совет Безопасности', 'ru');
    expect(forms).toEqual(
      expect.arrayContaining(['Совета Безопасности', 'Совете Безопасности', 'Советом Безопасности']),
    );
    expect(forms.every((f) => f.endsWith(' Безопасности'))).toBe(true);
  });

  it('makes adjectives agree with their noun (Северная Корея → Северной Кореи)', () => {
    expect(caseForms('Северная Корея', 'ru')).toEqual(
      expect.arrayContaining(['Северной Кореи', 'Северную Корею', 'Северной Кореей']),
    );
  });

  it('inflects every part of a personal name, and surnames take -ым (Путиным)', () => {
    expect(caseForms('Владимир Путин', 'ru')).toEqual(expect.arrayContaining(['Владимира Путина']));
    expect(caseForms('Путин', 'ru')).toEqual(expect.arrayContaining(['Путиным']));
  });

  it('leaves abbreviations, short name parts and foreign names in -о invariant', () => {
    expect(caseForms('КНДР', 'ru')).toEqual(['КНДР']);
    expect(caseForms('Ким Чен Ын', 'ru')).toEqual(['Ким Чен Ын']);
    expect(caseForms('Нампхо', 'ru')).toEqual(['Нампхо']);
  });

  it('never produces a longer word (Россиянин is not a form of Россия)', () => {
    expect(caseForms('Россия', 'ru')).not.toContain('Россиянин');
    expect(caseForms('Россия', 'ru').every((f) => f.length <= 'Россия'.length + 1)).toBe(true);
  });
});

describe('caseForms: Ukrainian', () => {
  it('inflects Росія, Пхеньян, Україна with Ukrainian endings', () => {
    expect(caseForms('Росія', 'uk')).toEqual(expect.arrayContaining(['Росії', 'Росію', 'Росією']));
    expect(caseForms('Пхеньян', 'uk')).toEqual(expect.arrayContaining(['Пхеньяна', 'Пхеньяні', 'Пхеньяном']));
    expect(caseForms('Україна', 'uk')).toEqual(expect.arrayContaining(['України', 'Україні', 'Україною']));
  });

  it('alternates г, к, х before -і (Америка → Америці)', () => {
    expect(caseForms('Америка', 'uk')).toContain('Америці');
  });

  it('makes adjectives agree (Північна Корея → Північної Кореї)', () => {
    expect(caseForms('Північна Корея', 'uk')).toEqual(expect.arrayContaining(['Північної Кореї', 'Північною Кореєю']));
    expect(caseForms('Рада Безпеки', 'uk')).toEqual(expect.arrayContaining(['Ради Безпеки', 'Радою Безпеки']));
  });
});

describe('termForms', () => {
  it('inflects Cyrillic terms, guessing the language when absent', () => {
    expect(termForms('Росія', undefined)).toContain('Росією');
    expect(termForms('Россия', undefined)).toContain('Россией');
  });

  it('keeps case-sensitive terms as written', () => {
    expect(termForms('РФ', 'ru', true)).toEqual(['РФ']);
  });

  it('spells German umlauts out', () => {
    expect(termForms('Pjöngjang', 'de')).toEqual(['Pjöngjang', 'Pjoengjang']);
    expect(termForms('Pjöngjang', 'en')).toEqual(['Pjöngjang']);
  });
});
