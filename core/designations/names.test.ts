// Tests of name normalisation for cross-list matching.
import { describe, expect, it } from 'vitest';
import { cleanName, isAcronym, nameForms, nameKeys, nameLanguage, personNameVariants } from './names';

const same = (a: string, b: string) => {
  const ka = nameKeys(a);
  const kb = nameKeys(b);
  return [...ka].some(([kind, key]) => kb.get(kind) === key);
};

describe('nameKeys', () => {
  it('ignores case, punctuation, apostrophes and word order', () => {
    expect(same('KIM, Yong Chol', 'KIM YONG CHOL')).toBe(true);
    expect(same('Yong Chol KIM', 'KIM, Yong Chol')).toBe(true);
    expect(same("MUN, Cho'ng-Ch'o'l", 'MUN CHO’NG-CH’O’L')).toBe(true);
  });

  it('folds legal words: CORPORATION = CORP., COMPANY = CO, LIMITED = LTD', () => {
    expect(same('KOREA KWANGSON BANKING CORP', 'Korea Kwangson Banking Corporation')).toBe(true);
    expect(same('OCEAN MARITIME MANAGEMENT COMPANY, LIMITED', 'OCEAN MARITIME MANAGEMENT CO LTD')).toBe(true);
    expect(same('KOREAN POLISH SHPG CO LTD', 'Korean Polish Shipping Company Limited')).toBe(true);
  });

  it('matches names written with and without spaces', () => {
    expect(same('MIRIM SHIPPING CO LTD', 'MI RIM SHIPPING CO LTD')).toBe(true);
  });

  it('drops legal forms and a country suffix in the loosest key only', () => {
    expect(nameKeys('HESONG TRADING COMPANY').get('without-legal-form')).toBe(
      nameKeys('HESONG TRADING CORPORATION').get('without-legal-form'),
    );
    expect(nameKeys("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA").get('without-legal-form')).toBe(
      nameKeys('FOREIGN TRADE BANK').get('words'),
    );
    // One remaining word is too little to match on.
    expect(nameKeys('KOMID CO').get('without-legal-form')).toBeUndefined();
  });

  it('keeps different names apart', () => {
    expect(same('KOREA DAESONG BANK', 'KOREA DAESONG GENERAL TRADING CORPORATION')).toBe(false);
    expect(same('KIM, Yong Chol', 'KIM, Yong Chun')).toBe(false);
  });
});

describe('nameForms', () => {
  it('splits a trailing acronym or original-script name off', () => {
    expect(nameForms('KOREA KWANGSON BANKING CORPORATION (KKBC)')).toEqual([
      'KOREA KWANGSON BANKING CORPORATION',
      'KKBC',
    ]);
    expect(nameForms('Jin Tiesan (金铁三)')).toEqual(['Jin Tiesan', '金铁三']);
    expect(nameForms('LEADER (HONG KONG) INTERNATIONAL')).toEqual(['LEADER (HONG KONG) INTERNATIONAL']);
  });

  it('drops names that refer to another UN entry, and quotes around a name', () => {
    expect(nameForms('SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)')).toEqual([]);
    expect(nameForms('"KOMID"')).toEqual(['KOMID']);
    expect(cleanName('  A \n B ')).toBe('A B');
  });
});

describe('name helpers', () => {
  it('turns "LAST, Given" into family-first and given-first forms', () => {
    expect(personNameVariants('KIM, Yong Chol')).toEqual(['KIM Yong Chol', 'Yong Chol KIM']);
    expect(personNameVariants('NO COMMA')).toEqual(['NO COMMA']);
  });

  it('recognises acronyms and scripts', () => {
    expect(['KOMID', 'RGB', 'KPTC'].every(isAcronym)).toBe(true);
    expect(['OFFICE 39', 'Komid', 'APOLLON', 'K'].some(isAcronym)).toBe(false);
    expect([nameLanguage('金铁三'), nameLanguage('조선'), nameLanguage('Korea')]).toEqual(['zh', 'ko', 'en']);
  });
});
