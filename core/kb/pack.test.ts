// Tests for the topic-pack validator: a minimal good pack passes, and each kind of breakage is reported with its path.
import { describe, expect, it } from 'vitest';
import { countSentences, isLanguageTag, isPartialIsoDate, packEntities, validatePack, validateSignals } from './pack';

/** A fresh, minimal, valid pack with two entities that point at each other. */
function goodPack() {
  return {
    format: 'sanctions-lens-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.2.0',
    title: 'Test pack',
    updated: '2025-06-01',
    entities: [
      {
        id: 'north-korea',
        type: 'state',
        name: 'North Korea',
        names: [
          { text: 'North Korea', lang: 'en' },
          { text: 'DPRK', lang: 'en', caseSensitive: true },
          { text: '朝鲜', lang: 'zh-Hans' },
        ],
        background: 'A state under UN sanctions since 2006. The U.S. Treasury also lists many of its agencies.',
        dates: [
          { date: '2006-10-09', label: 'First nuclear test' },
          { date: '2009', label: 'Year precision is allowed' },
        ],
        identifiers: [],
        relations: [{ type: 'member-of', target: 'msmt-like' }],
        sources: [{ title: 'Committee page', publisher: 'UN', url: 'https://main.un.org/securitycouncil/en' }],
      },
      {
        id: 'msmt-like',
        type: 'international-body',
        name: 'Monitoring team',
        names: [{ text: 'Panel of Experts', lang: 'en', ambiguous: true }],
        background: 'A monitoring body. It publishes reports!',
        dates: [],
        identifiers: [{ scheme: 'un', value: 'KPe.001' }],
        relations: [],
        sources: [{ title: 'Launch', publisher: 'State', url: 'https://www.state.gov/', date: '2024-10-16' }],
        designations: [{ list: 'un', reference: 'KPe.001', listedOn: '2009-04-24' }],
      },
    ],
    signals: {
      en: [
        { term: 'sanctions', weight: 0.4 },
        { term: 'IT workers', weight: 0.7, caseSensitive: true },
      ],
      'zh-Hans': [{ term: '制裁', weight: 1 }],
    },
  };
}

type TestPack = ReturnType<typeof goodPack>;

/** Validates a broken copy of the good pack and returns its errors, failing if it was accepted. */
function errorsAfter(breakIt: (p: TestPack & Record<string, unknown>) => void): string[] {
  const p = goodPack() as TestPack & Record<string, unknown>;
  breakIt(p);
  const result = validatePack(p);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}

function entity(p: TestPack, i = 0): Record<string, unknown> {
  return p.entities[i] as unknown as Record<string, unknown>;
}

describe('validatePack', () => {
  it('accepts a minimal good pack and returns it typed', () => {
    const input = goodPack();
    const result = validatePack(input);
    expect(result).toEqual({ ok: true, pack: input });
    if (result.ok) expect(result.pack.entities.map((e) => e.id)).toEqual(['north-korea', 'msmt-like']);
  });

  it('rejects what is not an object', () => {
    for (const bad of [null, undefined, 'pack', 42, []]) {
      const result = validatePack(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatch(/^pack: must be an object/);
    }
  });

  it('rejects a wrong format name or format version', () => {
    const errors = errorsAfter((p) => {
      p.format = 'other-pack';
      p.formatVersion = 2;
    });
    expect(errors).toContain('format: must be "sanctions-lens-pack", got "other-pack"');
    expect(errors).toContainEqual(expect.stringMatching(/^formatVersion: must be 1 .*got 2$/));
  });

  it('rejects a pack id that is not kebab-case, a non-semver version, an empty title and a bad date', () => {
    const errors = errorsAfter((p) => {
      p.id = 'Test_Pack';
      p.version = '1.0';
      p.title = '  ';
      p.updated = '2025-02-30';
    });
    expect(errors).toContainEqual(expect.stringMatching(/^id: "Test_Pack" must be kebab-case/));
    expect(errors).toContainEqual(expect.stringMatching(/^version: "1\.0" is not a semantic version/));
    expect(errors).toContainEqual(expect.stringMatching(/^title: must be a non-empty string/));
    expect(errors).toContainEqual(expect.stringMatching(/^updated: "2025-02-30" is not an ISO date/));
  });

  it('rejects unknown top-level properties', () => {
    const errors = errorsAfter((p) => {
      p.entites = [];
    });
    expect(errors).toContainEqual(expect.stringMatching(/^pack\.entites: unknown property/));
  });

  it('rejects a missing or empty entity list', () => {
    expect(errorsAfter((p) => delete (p as Partial<TestPack>).entities)).toContain(
      'entities: must be an array, got missing',
    );
    expect(errorsAfter((p) => (p.entities = []))).toContain('entities: must contain at least one entity');
  });

  it('rejects an unknown entity type', () => {
    const errors = errorsAfter((p) => (entity(p).type = 'country'));
    expect(errors).toContainEqual(
      expect.stringMatching(/^entities\[0\] \(north-korea\)\.type: "country" is not a known entity type/),
    );
  });

  it('rejects duplicate and non-kebab-case entity ids', () => {
    const dup = errorsAfter((p) => (entity(p, 1).id = 'north-korea'));
    expect(dup).toContain('entities[1] (north-korea).id: duplicate id "north-korea"');
    const kebab = errorsAfter((p) => {
      entity(p, 1).id = 'MSMT Like';
      (p.entities[0]!.relations[0] as { target: string }).target = 'MSMT Like';
    });
    expect(kebab).toContainEqual(
      expect.stringMatching(/^entities\[1\] \(MSMT Like\)\.id: "MSMT Like" must be kebab-case/),
    );
  });

  it('rejects an empty canonical name and an entity with no names', () => {
    const errors = errorsAfter((p) => {
      entity(p).name = ' ';
      entity(p, 1).names = [];
    });
    expect(errors).toContainEqual(expect.stringMatching(/^entities\[0\] \(north-korea\)\.name: must be a non-empty/));
    expect(errors).toContainEqual(expect.stringMatching(/^entities\[1\] \(msmt-like\)\.names: must list at least one/));
  });

  it('rejects name language tags that are not BCP-47, empty name texts, duplicates and non-boolean flags', () => {
    const errors = errorsAfter((p) => {
      entity(p).names = [
        { text: 'North Korea', lang: 'english' },
        { text: 'Nordkorea', lang: 'DE' },
        { text: '', lang: 'en' },
        { text: 'DPRK', lang: 'en', caseSensitive: 'yes' },
        { text: 'DPRK', lang: 'en' },
      ];
    });
    expect(errors).toContainEqual(expect.stringMatching(/names\[0\]\.lang: "english" is not a BCP-47 language tag/));
    expect(errors).toContainEqual(expect.stringMatching(/names\[1\]\.lang: "DE" is not a BCP-47 language tag/));
    expect(errors).toContainEqual(expect.stringMatching(/names\[2\]\.text: must be a non-empty string/));
    expect(errors).toContainEqual(expect.stringMatching(/names\[3\]\.caseSensitive: must be true or false/));
    expect(errors).toContainEqual(expect.stringMatching(/names\[4\]: duplicate name "DPRK" in "en"/));
  });

  it('rejects a background of one sentence or of five', () => {
    const one = errorsAfter((p) => (entity(p).background = 'A state under UN sanctions since 2006.'));
    expect(one).toContain('entities[0] (north-korea).background: must be 2–4 sentences, found 1');
    const five = errorsAfter((p) => (entity(p).background = 'One. Two. Three. Four. Five.'));
    expect(five).toContain('entities[0] (north-korea).background: must be 2–4 sentences, found 5');
  });

  it('rejects key dates that are not ISO dates and labels that are empty', () => {
    const errors = errorsAfter((p) => {
      entity(p).dates = [
        { date: '9 October 2006', label: 'Test' },
        { date: '2024-13', label: 'Bad month' },
        { date: '2024-02-30', label: 'Bad day' },
        { date: '2024-02-29', label: '' },
      ];
    });
    expect(errors).toContainEqual(expect.stringMatching(/dates\[0\]\.date: "9 October 2006" is not an ISO date/));
    expect(errors).toContainEqual(expect.stringMatching(/dates\[1\]\.date: "2024-13" is not an ISO date/));
    expect(errors).toContainEqual(expect.stringMatching(/dates\[2\]\.date: "2024-02-30" is not an ISO date/));
    expect(errors).toContainEqual(expect.stringMatching(/dates\[3\]\.label: must be a non-empty string/));
    expect(errors.filter((e) => e.includes('dates[3].date'))).toEqual([]);
  });

  it('rejects relations to entities outside the pack, to itself, or of an unknown type', () => {
    const errors = errorsAfter((p) => {
      entity(p).relations = [
        { type: 'member-of', target: 'nowhere' },
        { type: 'friend-of', target: 'msmt-like' },
        { type: 'part-of', target: 'north-korea' },
      ];
    });
    expect(errors).toContain(
      'entities[0] (north-korea).relations[0].target: "nowhere" is not the id of an entity in this pack',
    );
    expect(errors).toContainEqual(expect.stringMatching(/relations\[1\]\.type: "friend-of" is not a known relation/));
    expect(errors).toContain('entities[0] (north-korea).relations[2].target: an entity cannot be related to itself');
  });

  it('rejects unknown identifier schemes and empty identifier values', () => {
    const errors = errorsAfter((p) => (entity(p, 1).identifiers = [{ scheme: 'interpol', value: '' }]));
    expect(errors).toContainEqual(
      expect.stringMatching(/identifiers\[0\]\.scheme: "interpol" is not a known identifier/),
    );
    expect(errors).toContainEqual(expect.stringMatching(/identifiers\[0\]\.value: must be a non-empty string/));
  });

  it('rejects an entity without sources and sources without title, publisher or an https URL', () => {
    const none = errorsAfter((p) => (entity(p).sources = []));
    expect(none).toContain('entities[0] (north-korea).sources: must cite at least one source');
    const bad = errorsAfter((p) => {
      entity(p).sources = [
        { title: '', publisher: 'UN', url: 'http://un.org/' },
        { title: 'T', url: 'not a url', date: 'May 2024' },
      ];
    });
    expect(bad).toContainEqual(expect.stringMatching(/sources\[0\]\.title: must be a non-empty string/));
    expect(bad).toContainEqual(
      expect.stringMatching(/sources\[0\]\.url: "http:\/\/un\.org\/" must be an https:\/\/ URL/),
    );
    expect(bad).toContainEqual(
      expect.stringMatching(/sources\[1\]\.publisher: must be a non-empty string, got missing/),
    );
    expect(bad).toContainEqual(expect.stringMatching(/sources\[1\]\.url: "not a url" is not a valid URL/));
    expect(bad).toContainEqual(expect.stringMatching(/sources\[1\]\.date: "May 2024" is not an ISO date/));
  });

  it('rejects malformed designations', () => {
    const errors = errorsAfter((p) => (entity(p, 1).designations = [{ list: 'interpol', listedOn: '24/04/2009' }]));
    expect(errors).toContainEqual(expect.stringMatching(/designations\[0\]\.list: "interpol" is not a known list/));
    expect(errors).toContainEqual(
      expect.stringMatching(/designations\[0\]\.listedOn: "24\/04\/2009" is not an ISO date/),
    );
  });

  it('rejects an origin on pack entities and misspelt entity properties', () => {
    const errors = errorsAfter((p) => {
      entity(p).origin = 'pack';
      entity(p).backgroud = 'typo';
    });
    expect(errors).toContainEqual(expect.stringMatching(/^entities\[0\] \(north-korea\)\.origin: must not be set/));
    expect(errors).toContainEqual(expect.stringMatching(/^entities\[0\] \(north-korea\)\.backgroud: unknown property/));
  });

  it('rejects signals with bad language keys, weights outside (0, 1], empty or duplicate terms', () => {
    const errors = errorsAfter((p) => {
      p.signals = {
        English: [{ term: 'sanctions', weight: 0.5 }],
        en: [
          { term: 'sanctions', weight: 0 },
          { term: 'evasion', weight: 1.5 },
          { term: '', weight: 0.5 },
          { term: 'Sanctions', weight: 0.4 },
          { term: 'freeze', weight: Number.NaN },
        ],
        fr: [],
      } as unknown as TestPack['signals'];
    });
    expect(errors).toContainEqual(expect.stringMatching(/^signals\.English: "English" is not a BCP-47 language tag/));
    expect(errors).toContain('signals.en[0].weight: must be a number greater than 0 and at most 1, got 0');
    expect(errors).toContain('signals.en[1].weight: must be a number greater than 0 and at most 1, got 1.5');
    expect(errors).toContainEqual(expect.stringMatching(/^signals\.en\[2\]\.term: must be a non-empty string/));
    expect(errors).toContain('signals.en[3].term: duplicate term "Sanctions"');
    expect(errors).toContain('signals.en[4].weight: must be a number greater than 0 and at most 1, got NaN');
    expect(errors).toContain('signals.fr: must list at least one term');
  });

  it('checks the signals alone as it checks them in a pack', () => {
    const signals = { en: [{ term: 'sanctions', weight: 0.5 }], ko: [{ term: '제재', weight: 1 }] };
    expect(validateSignals(signals)).toEqual({ ok: true, signals });
    expect(validateSignals({ en: [{ term: 'sanctions', weight: 2 }] })).toEqual({
      ok: false,
      errors: ['signals.en[0].weight: must be a number greater than 0 and at most 1, got 2'],
    });
    expect(validateSignals(null)).toMatchObject({ ok: false });
  });

  it('requires signals to be present', () => {
    expect(errorsAfter((p) => delete (p as Partial<TestPack>).signals)).toContain(
      'signals: must be an object, got missing',
    );
  });

  it('reports every problem at once rather than stopping at the first', () => {
    const errors = errorsAfter((p) => {
      p.version = 'one';
      entity(p).type = 'planet';
      entity(p, 1).sources = [];
    });
    expect(errors).toHaveLength(3);
  });
});

describe('countSentences', () => {
  it('counts sentences ended by . ! ? and a final fragment', () => {
    expect(countSentences('One. Two! Three?')).toBe(3);
    expect(countSentences('One. Two without a stop')).toBe(2);
    expect(countSentences('')).toBe(0);
  });

  it('does not split on initials, abbreviations or decimals', () => {
    expect(countSentences('The U.S. Treasury acted. It listed No. 5 and paid $1.5 billion.')).toBe(2);
    expect(countSentences('Listed e.g. by the U.N. in 2016. Then more.')).toBe(2);
    expect(countSentences('Asked about talks, they said no. Then they left.')).toBe(2);
  });

  it('counts full-width sentence ends', () => {
    expect(countSentences('北朝鮮は制裁下にある。国連が監視した。')).toBe(2);
  });
});

describe('helpers', () => {
  it('recognises BCP-47 tags in canonical case', () => {
    for (const tag of ['en', 'zh-Hans', 'zh-Hant', 'pt-BR', 'es-419', 'sr-Latn-RS'])
      expect(isLanguageTag(tag)).toBe(true);
    for (const tag of ['EN', 'english', 'zh-hans', 'en_US', '', 'e']) expect(isLanguageTag(tag)).toBe(false);
  });

  it('recognises ISO dates of year, month or day precision', () => {
    for (const d of ['2024', '2024-02', '2024-02-29']) expect(isPartialIsoDate(d)).toBe(true);
    for (const d of ['2023-02-29', '2024-00', '24-02-01', '2024/02/01']) expect(isPartialIsoDate(d)).toBe(false);
  });

  it('turns pack entities into knowledge-base entities marked as coming from the pack', () => {
    const result = validatePack(goodPack());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const entities = packEntities(result.pack);
    expect(entities.map((e) => [e.id, e.origin])).toEqual([
      ['north-korea', 'pack'],
      ['msmt-like', 'pack'],
    ]);
    expect(result.pack.entities[0]).not.toHaveProperty('origin');
  });
});
