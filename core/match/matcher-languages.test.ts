// The matcher over the curated pack, language by language: folding, boundaries, particles, case forms, variants.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/entity';
import raw from '../kb/packs/north-korea-sanctions.json';
import { createMatcher, termsOf } from './matcher';

const entities = (raw as unknown as { entities: Omit<Entity, 'origin'>[] }).entities.map((e): Entity => ({
  ...e,
  origin: 'pack',
}));
const matcher = createMatcher(termsOf(entities), { contextEntityIds: ['north-korea', 'pyongyang', 'kim-jong-un'] });
const ids = (text: string) => matcher.find(text).map((m) => m.entityId);
/** Each match as "entity=exact text of the span". */
const spans = (text: string) => matcher.find(text).map((m) => `${m.entityId}=${text.slice(m.start, m.end)}`);

describe('matcher: languages', () => {
  it('en: names, possessives and abbreviations with full stops', () => {
    expect(spans("North Korea's envoy met the U.N. Security Council.")).toEqual([
      'north-korea=North Korea',
      'unsc=U.N. Security Council',
    ]);
    expect(spans('The U.S. and the UN.')).toEqual(['united-states=U.S.', 'united-nations=UN']);
  });

  it('id: Indonesian names and case-sensitive abbreviations', () => {
    expect(spans('Sanksi PBB terhadap Korea Utara diperketat.')).toEqual([
      'united-nations=PBB',
      'north-korea=Korea Utara',
    ]);
    expect(ids('korut')).toEqual([]);
  });

  it('ko: Hangul names with particles, but not inside another word', () => {
    expect(spans('북한은 안보리가 채택한 결의를 거부했다.')).toEqual(['north-korea=북한', 'unsc=안보리']);
    expect(spans('북한의 미사일과 안보리는')).toEqual(['north-korea=북한', 'unsc=안보리']);
    expect(ids('남북한')).toEqual([]);
    expect(ids('북한산 등산로')).toEqual([]);
  });

  it('ja: no word boundaries, longest name wins', () => {
    expect(spans('北朝鮮の核開発について国連安保理が協議した。')).toEqual([
      'dprk-nuclear-programme=北朝鮮の核開発',
      'unsc=国連安保理',
    ]);
    expect(spans('日本政府は北朝鮮兵の派遣を非難した')).toEqual([
      'japan=日本政府',
      'dprk-russia-arms-transfers=北朝鮮兵',
    ]);
  });

  it('zh: Simplified and Traditional names inside running text', () => {
    expect(spans('联合国安理会讨论朝鲜问题')).toEqual(['unsc=联合国安理会', 'north-korea=朝鲜']);
    expect(spans('北韓與俄羅斯')).toEqual(['north-korea=北韓', 'russia=俄羅斯']);
  });

  it('ru: case forms from the stem, the abbreviation invariant, no over-matching', () => {
    expect(spans('Делегация КНДР прибыла в Пхеньян.')).toEqual(['north-korea=КНДР', 'pyongyang=Пхеньян']);
    expect(ids('из Пхеньяна, в Пхеньяне, над Пхеньяном')).toEqual(['pyongyang', 'pyongyang', 'pyongyang']);
    expect(ids('России, Россией, Россию')).toEqual(['russia', 'russia', 'russia']);
    expect(spans('на заседании Совета Безопасности ООН и в Совете Безопасности ООН')).toEqual([
      'unsc=Совета Безопасности ООН',
      'unsc=Совете Безопасности ООН',
    ]);
    expect(ids('Россиянин и российский флот')).toEqual([]);
    expect(ids('кндр')).toEqual([]);
  });

  it('uk: Ukrainian case forms', () => {
    expect(ids('Росія, Росії, Росією, Росію')).toEqual(['russia', 'russia', 'russia', 'russia']);
    expect(ids('у Пхеньяні')).toEqual(['pyongyang']);
    expect(spans('Радою Безпеки ООН')).toEqual(['unsc=Радою Безпеки ООН']);
    expect(ids('Росіянин')).toEqual([]);
  });

  it('de: umlauts dropped or spelled out, genitive forms', () => {
    expect(ids('Pjöngjang, Pjongjang und Pjoengjang')).toEqual(['pyongyang', 'pyongyang', 'pyongyang']);
    expect(spans('Nordkoreas Atomprogramm')).toEqual(['north-korea=Nordkoreas']);
  });

  it('fr: accents optional, curly or straight apostrophes, "un" is not the UN', () => {
    expect(ids('la Corée du Nord et la COREE DU NORD')).toEqual(['north-korea', 'north-korea']);
    expect(spans("le Conseil de sécurité de l’ONU et le Conseil de securite de l'ONU")).toEqual([
      'unsc=Conseil de sécurité de l’ONU',
      "unsc=Conseil de securite de l'ONU",
    ]);
    expect(ids('un navire a été saisi')).toEqual([]);
  });

  it('nl: hyphen or space between parts', () => {
    expect(ids('Noord-Korea, Noord Korea en Noord‐Korea')).toEqual(['north-korea', 'north-korea', 'north-korea']);
    // A hyphen in the name may also be left out (Noordkorea); a space may not (NorthKorea, in matcher.test.ts).
    expect(ids('Noordkorea')).toEqual(['north-korea']);
  });

  it('es: accents optional and spelled abbreviations', () => {
    expect(ids('Corea del Norte y Japón, Japon')).toEqual(['north-korea', 'japan', 'japan']);
    expect(spans('Las sanciones de EE. UU. y de EE.UU.')).toEqual(['united-states=EE. UU.', 'united-states=EE.UU.']);
  });
});

describe('matcher: spelling variants', () => {
  it('any hyphen, dash or space between the parts of a name', () => {
    for (const text of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong‐un', 'Kim Jong–Un', 'Kim-Jong-Un', 'Kim  Jong\nUn']) {
      expect(spans(text), text).toEqual([`kim-jong-un=${text}`]);
    }
    expect(ids('KimJongUn')).toEqual([]);
  });

  it('a hyphen inside a one-word name (Pyong-yang), not a space', () => {
    expect(spans('Pyong-yang')).toEqual(['pyongyang=Pyong-yang']);
    expect(ids('Pyong yang')).toEqual([]);
  });

  it('full stops in abbreviations: U.N. and UN', () => {
    expect(ids('UN Security Council, U.N. Security Council')).toEqual(['unsc', 'unsc']);
    expect(ids('U.N.')).toEqual(['united-nations']);
    expect(ids('North. Korea')).toEqual([]);
  });

  it("curly and straight apostrophes: Workers' Party, Workers’ Party", () => {
    expect(ids("Workers' Party of Korea and Workers’ Party of Korea")).toEqual([
      'workers-party-of-korea',
      'workers-party-of-korea',
    ]);
  });
});

describe('matcher: case and context', () => {
  it('case-sensitive abbreviations match exact case only', () => {
    expect(ids('let us go; the US and us')).toEqual(['united-states']);
    expect(ids('the eu, the EU')).toEqual(['european-union']);
    expect(ids('the dprk')).toEqual([]);
  });

  it('ambiguous names count only with an unambiguous North Korea mention', () => {
    expect(ids('The Panel of Experts on Iran met in Vienna.')).toEqual([]);
    expect(ids('A vessel named Maria docked.')).toEqual([]);
    expect(ids('Kim said the Maria carried DPRK coal.')).toEqual(['kim-jong-un', 'maria', 'north-korea']);
  });

  it('leftmost-longest: a longer name hides the names inside it', () => {
    expect(spans('the United Nations Security Council')).toEqual(['unsc=United Nations Security Council']);
    expect(spans('Kim Jong Un')).toEqual(['kim-jong-un=Kim Jong Un']);
  });
});
