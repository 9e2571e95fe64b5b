// Offsets into the original text survive every normalization: NFD input, NFKC forms, spaces, ß, astral characters.
import { describe, expect, it } from 'vitest';
import { createMatcher, type MatcherTerm } from './matcher';

const terms: MatcherTerm[] = [
  { entityId: 'north-korea', text: 'Corée du Nord', lang: 'fr' },
  { entityId: 'north-korea', text: '북한', lang: 'ko' },
  { entityId: 'north-korea', text: 'Korea Utara', lang: 'id' },
  { entityId: 'china', text: 'Китай', lang: 'ru' },
  { entityId: 'united-states', text: 'アメリカ', lang: 'ja' },
  { entityId: 'united-nations', text: 'UN', lang: 'en', caseSensitive: true },
  { entityId: 'united-kingdom', text: 'Großbritannien', lang: 'de' },
  { entityId: 'pyongyang', text: 'Bình Nhưỡng', lang: 'vi' },
  { entityId: 'pyongyang', text: '平壤', lang: 'zh-Hans' },
  { entityId: 'spain', text: 'España', lang: 'es' },
  { entityId: 'unsc', text: 'Veiligheidsraad', lang: 'nl' },
];
const matcher = createMatcher(terms);
const spans = (text: string) => matcher.find(text).map((m) => `${m.entityId}=${text.slice(m.start, m.end)}`);

describe('matcher: offsets into the original text', () => {
  it('fr: decomposed accents (NFD) match, and the span covers them', () => {
    const text = 'La Core\u0301e du Nord.';
    expect(spans(text)).toEqual([`north-korea=${'Core\u0301e du Nord'}`]);
  });

  it('ru: a decomposed й (и + breve) is composed before matching', () => {
    const text = 'Китаи\u0306 и Китай';
    expect(spans(text)).toEqual(['china=Китаи\u0306', 'china=Китай']);
  });

  it('ko: decomposed Hangul (jamo) is composed; particles still follow', () => {
    const text = '북한은'.normalize('NFD');
    const [m] = matcher.find(text);
    expect(m).toMatchObject({ entityId: 'north-korea', start: 0 });
    expect(text.slice(m!.start, m!.end).normalize('NFC')).toBe('북한');
  });

  it('ja: half-width katakana match their full-width name (NFKC)', () => {
    expect(spans('ｱﾒﾘｶ大統領')).toEqual(['united-states=ｱﾒﾘｶ']);
  });

  it('en: full-width letters match, case-sensitively; emoji around do not shift offsets', () => {
    expect(spans('the ＵＮ said')).toEqual(['united-nations=ＵＮ']);
    expect(spans('😀UN😀')).toEqual(['united-nations=UN']);
  });

  it('id: no-break and other Unicode spaces inside a name', () => {
    expect(spans('Korea\u00a0Utara dan Korea\u2009Utara')).toEqual([
      'north-korea=Korea\u00a0Utara',
      'north-korea=Korea\u2009Utara',
    ]);
  });

  it('de: ß and ss are the same letters', () => {
    expect(spans('Grossbritannien und Großbritannien')).toEqual([
      'united-kingdom=Grossbritannien',
      'united-kingdom=Großbritannien',
    ]);
  });

  it('es: ñ folds to n (España, Espana)', () => {
    expect(spans('ESPAÑA y Espana')).toEqual(['spain=ESPAÑA', 'spain=Espana']);
  });

  it('vi: diacritics are kept where they make another word', () => {
    expect(spans('Bình Nhưỡng')).toEqual(['pyongyang=Bình Nhưỡng']);
    expect(spans('Binh Nhuong')).toEqual([]);
  });

  it('zh: names across a line break inside Chinese text', () => {
    expect(spans('访问平\n壤')).toEqual(['pyongyang=平\n壤']);
  });

  it('nl: soft hyphens inside a word are invisible', () => {
    expect(spans('de Veiligheids\u00adraad')).toEqual(['unsc=Veiligheids\u00adraad']);
  });
});
