// Tests for the curated North Korea sanctions pack: it validates and holds the entities, names and links the app needs.
import { describe, expect, it } from 'vitest';
import { validatePack } from '../pack';
import type { Pack, PackEntity } from '../pack';
import { STARTER_ENTITIES } from '../starter';
import raw from './north-korea-sanctions.json';

const LANGUAGES = ['en', 'id', 'ko', 'ja', 'zh-Hans', 'zh-Hant', 'ru', 'uk', 'de', 'fr', 'nl', 'es'];

const SANCTIONS_RESOLUTIONS: Record<string, string> = {
  'unscr-1695': '2006-07-15',
  'unscr-1718': '2006-10-14',
  'unscr-1874': '2009-06-12',
  'unscr-2087': '2013-01-22',
  'unscr-2094': '2013-03-07',
  'unscr-2270': '2016-03-02',
  'unscr-2321': '2016-11-30',
  'unscr-2356': '2017-06-02',
  'unscr-2371': '2017-08-05',
  'unscr-2375': '2017-09-11',
  'unscr-2397': '2017-12-22',
};

const PANEL_RENEWALS: Record<string, string> = {
  'unscr-2141': '2014-03-05',
  'unscr-2207': '2015-03-04',
  'unscr-2276': '2016-03-24',
  'unscr-2345': '2017-03-23',
  'unscr-2407': '2018-03-21',
  'unscr-2464': '2019-04-10',
  'unscr-2515': '2020-03-30',
  'unscr-2569': '2021-03-26',
  'unscr-2627': '2022-03-25',
  'unscr-2680': '2023-03-16',
};

const MSMT_MEMBERS = [
  'australia',
  'canada',
  'france',
  'germany',
  'italy',
  'japan',
  'netherlands',
  'new-zealand',
  'south-korea',
  'united-kingdom',
  'united-states',
];

const CORE = [
  'north-korea',
  'pyongyang',
  'kim-jong-un',
  'msmt',
  'united-nations',
  'unsc',
  'committee-1718',
  'panel-of-experts',
  'russia',
  'china',
  'united-states',
  'japan',
  'south-korea',
  'ukraine',
  ...Object.keys(SANCTIONS_RESOLUTIONS),
];

const REQUIRED_IDS = [
  ...CORE,
  ...MSMT_MEMBERS,
  ...Object.keys(PANEL_RENEWALS),
  'us-treasury',
  'ofac',
  'us-state-department',
  'uk-ofsi',
  'eu-dprk-sanctions',
  'japan-dprk-sanctions',
  'south-korea-dprk-sanctions',
  'russia-dprk-treaty',
  'reconnaissance-general-bureau',
  'komid',
  'korea-ryonbong',
  'foreign-trade-bank',
  'korea-kwangson-banking',
  'ocean-maritime-management',
  'munitions-industry-department',
  'lazarus-group',
  'andariel',
  'bluenoroff',
  'kimsuky',
  'chinyong',
  'kim-yo-jong',
  'choe-son-hui',
  'pak-jong-chon',
  'angara',
  'lady-r',
  'rajin',
  'vostochny-port',
  'nampo',
  'dunai',
];

// An invalid pack fails the first test with the validator's reasons; the other tests still inspect its content.
const validated = validatePack(raw);
const pack: Pack = validated.ok ? validated.pack : (raw as unknown as Pack);
const byId = new Map<string, PackEntity>(pack.entities.map((e) => [e.id, e]));

function get(id: string): PackEntity {
  const e = byId.get(id);
  if (!e) throw new Error(`missing entity ${id}`);
  return e;
}

function hasName(id: string, lang: string, text: string): boolean {
  return get(id).names.some((n) => n.lang === lang && n.text === text);
}

describe('north-korea-sanctions pack', () => {
  it('passes the validator', () => {
    expect(validated.ok ? [] : validated.errors).toEqual([]);
    expect(pack.id).toBe('north-korea-sanctions');
  });

  it('has at least 70 entities', () => {
    expect(pack.entities.length).toBeGreaterThanOrEqual(70);
  });

  it('contains every required entity', () => {
    expect(REQUIRED_IDS.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('reuses the starter entities’ ids with the same types', () => {
    for (const s of STARTER_ENTITIES) expect([s.id, get(s.id).type]).toEqual([s.id, s.type]);
  });

  it('has each sanctions resolution and panel renewal as a legal instrument adopted on its date', () => {
    for (const [id, date] of Object.entries({ ...SANCTIONS_RESOLUTIONS, ...PANEL_RENEWALS })) {
      const e = get(id);
      expect([id, e.type]).toEqual([id, 'legal-instrument']);
      expect([id, e.dates.find((d) => d.label === 'Adopted')?.date]).toEqual([id, date]);
      expect(e.relations).toContainEqual({ type: 'created-by', target: 'unsc' });
    }
  });

  it('names every core entity in all twelve languages', () => {
    const missing = CORE.flatMap((id) =>
      LANGUAGES.filter((lang) => !get(id).names.some((n) => n.lang === lang)).map((lang) => `${id}:${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it('names resolutions the way each language writes them', () => {
    const expected: [string, string][] = [
      ['en', 'Resolution 2397'],
      ['id', 'Resolusi 2397'],
      ['ko', '결의 2397호'],
      ['ja', '決議2397'],
      ['zh-Hans', '第2397号决议'],
      ['zh-Hant', '第2397號決議'],
      ['ru', 'резолюция 2397'],
      ['uk', 'резолюція 2397'],
      ['de', 'Resolution 2397'],
      ['fr', 'résolution 2397'],
      ['nl', 'resolutie 2397'],
      ['es', 'resolución 2397'],
    ];
    expect(expected.filter(([lang, text]) => !hasName('unscr-2397', lang, text))).toEqual([]);
  });

  it('includes the DPRK abbreviation and the inflected forms that languages need', () => {
    const expected: [string, string, string][] = [
      ['north-korea', 'ru', 'КНДР'],
      ['north-korea', 'zh-Hans', '朝鲜'],
      ['north-korea', 'ja', '北朝鮮'],
      ['north-korea', 'de', 'Nordkorea'],
      ['north-korea', 'de', 'Nordkoreas'],
      ['north-korea', 'fr', 'Corée du Nord'],
      ['north-korea', 'nl', 'Noord-Korea'],
      ['north-korea', 'es', 'Corea del Norte'],
      ['north-korea', 'id', 'Korea Utara'],
      ['pyongyang', 'ru', 'Пхеньяна'],
      ['pyongyang', 'ru', 'Пхеньяне'],
      ['pyongyang', 'uk', 'Пхеньяну'],
      ['unsc', 'ru', 'Совета Безопасности'],
      ['unsc', 'ru', 'Совбез'],
      ['russia', 'ru', 'России'],
      ['russia', 'ru', 'Россией'],
      ['russia', 'uk', 'Росії'],
    ];
    expect(expected.filter(([id, lang, text]) => !hasName(id, lang, text))).toEqual([]);
  });

  it('marks abbreviations whose lower case is a word as case-sensitive', () => {
    const abbreviations: [string, string][] = [
      ['north-korea', 'DPRK'],
      ['united-nations', 'UN'],
      ['european-union', 'EU'],
      ['united-states', 'US'],
      ['msmt', 'MSMT'],
    ];
    for (const [id, text] of abbreviations) {
      const found = get(id).names.filter((n) => n.text === text);
      expect([id, text, found.length > 0]).toEqual([id, text, true]);
      expect([id, text, found.every((n) => n.caseSensitive === true)]).toEqual([id, text, true]);
    }
  });

  it('marks generic names as ambiguous', () => {
    const generic: [string, string][] = [
      ['panel-of-experts', 'Panel of Experts'],
      ['committee-1718', 'the Committee'],
      ['kim-jong-un', 'Kim'],
    ];
    for (const [id, text] of generic) {
      expect([id, text, get(id).names.find((n) => n.text === text)?.ambiguous]).toEqual([id, text, true]);
    }
  });

  it('links exactly the eleven MSMT founders to the MSMT', () => {
    const members = pack.entities
      .filter((e) => e.relations.some((r) => r.type === 'member-of' && r.target === 'msmt'))
      .map((e) => e.id)
      .sort();
    expect(members).toEqual([...MSMT_MEMBERS].sort());
    for (const id of MSMT_MEMBERS) expect([id, get(id).type]).toEqual([id, 'state']);
  });

  it('records the MSMT’s founding and reports and the Panel of Experts’ end', () => {
    expect(get('msmt').dates.map((d) => d.date)).toEqual(expect.arrayContaining(['2024-10-16', '2025-05-29']));
    expect(get('msmt').relations).toContainEqual({ type: 'successor-of', target: 'panel-of-experts' });
    expect(get('panel-of-experts').dates.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2009-06-12', '2024-03-28', '2024-04-30']),
    );
    expect(get('russia-dprk-treaty').dates.map((d) => d.date)).toContain('2024-06-19');
  });

  it('gives every entity at least one https source with a title and a publisher', () => {
    const unsourced = pack.entities.filter(
      (e) => e.sources.length === 0 || e.sources.some((s) => !s.title || !s.publisher || !s.url.startsWith('https://')),
    );
    expect(unsourced.map((e) => e.id)).toEqual([]);
  });

  it('keeps UN list references consistent between identifiers and designations', () => {
    for (const e of pack.entities) {
      const unIds = e.identifiers.filter((i) => i.scheme === 'un').map((i) => i.value);
      const unRefs = (e.designations ?? []).filter((d) => d.list === 'un').map((d) => d.reference);
      expect([e.id, unRefs]).toEqual([e.id, unIds]);
      for (const ref of unIds) expect(ref).toMatch(/^KP[ei]\.\d{3}$/);
    }
    expect(get('komid').identifiers).toContainEqual({ scheme: 'un', value: 'KPe.001' });
  });

  it('has detection vocabulary in all twelve languages with weights in (0, 1]', () => {
    expect(Object.keys(pack.signals).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) {
      const terms = pack.signals[lang] ?? [];
      expect([lang, terms.length >= 15]).toEqual([lang, true]);
      for (const t of terms) expect(t.weight > 0 && t.weight <= 1).toBe(true);
    }
    const en = (pack.signals.en ?? []).map((t) => t.term);
    expect(en).toEqual(expect.arrayContaining(['sanctions evasion', 'ship-to-ship transfer', 'asset freeze']));
  });
});
