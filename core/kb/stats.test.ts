// Tests the knowledge-base stats: the counts and the printed text.
import { describe, expect, it } from 'vitest';
import type { Entity } from './entity';
import { formatKnowledgeBaseStats, knowledgeBaseStats, type KbStatsInput } from './stats';

const SOURCE = { title: 'T', publisher: 'P', url: 'https://ex.org/' };

function entity(id: string, over: Partial<Entity>): Entity {
  return {
    id,
    type: 'organisation',
    origin: 'designation',
    name: id,
    names: [{ text: id, lang: 'en' }],
    background: '',
    dates: [],
    identifiers: [],
    relations: [],
    sources: [SOURCE],
    ...over,
  };
}

const INPUT: KbStatsInput = {
  entities: [
    entity('north-korea', {
      type: 'state',
      origin: 'pack',
      names: [
        { text: 'North Korea', lang: 'en' },
        { text: 'DPRK', lang: 'en' },
        { text: 'Korea Utara', lang: 'id' },
        { text: '북한', lang: 'ko' },
      ],
    }),
    entity('msmt', { type: 'international-body', origin: 'pack', sources: [] }),
    entity('komid', { designations: [{ list: 'un' }, { list: 'us', program: 'DPRK2' }] }),
    entity('ship', { type: 'vessel', designations: [{ list: 'un' }], names: [{ text: '천마산', lang: 'ko' }] }),
    entity('bank', { designations: [{ list: 'us' }, { list: 'us' }] }),
    entity('mine', { type: 'person', origin: 'user', names: [] }),
  ],
  pack: { id: 'north-korea-sanctions', version: '1.2.0', updated: '2025-05-01' },
  designations: {
    generatedAt: '2025-04-19',
    sources: [
      { list: 'un', listDate: '2025-04-19', entries: 155 },
      { list: 'us', listDate: '2024-05-03', entries: 484 },
    ],
  },
};

describe('knowledgeBaseStats', () => {
  it('counts entities by origin, type, name language, sources and designation list', () => {
    const stats = knowledgeBaseStats(INPUT);
    expect(stats.total).toBe(6);
    expect(stats.byOrigin).toEqual({ designation: 3, pack: 2, user: 1 });
    expect(Object.keys(stats.byOrigin)).toEqual(['designation', 'pack', 'user']);
    expect(stats.byType).toEqual({ 'international-body': 1, organisation: 2, person: 1, state: 1, vessel: 1 });
    expect(stats.byLanguage).toEqual({
      en: { entities: 4, names: 5 },
      id: { entities: 1, names: 1 },
      ko: { entities: 2, names: 2 },
    });
    expect(stats.withSources).toBe(5);
    expect(stats.designated).toEqual({ un: 2, us: 2, both: 1, any: 3 });
    expect(stats.pack.version).toBe('1.2.0');
    expect(stats.designations.sources.map((s) => s.listDate)).toEqual(['2025-04-19', '2024-05-03']);
  });

  it('counts an empty knowledge base as zeros', () => {
    const stats = knowledgeBaseStats({ ...INPUT, entities: [] });
    expect(stats).toMatchObject({ total: 0, byType: {}, byLanguage: {}, withSources: 0 });
    expect(stats.designated).toEqual({ un: 0, us: 0, both: 0, any: 0 });
  });
});

describe('formatKnowledgeBaseStats', () => {
  it('prints the counts, versions, list dates and load times as aligned text', () => {
    const text = formatKnowledgeBaseStats(knowledgeBaseStats(INPUT), {
      first: 412.345,
      again: 1.25,
      store: 'fake-indexeddb',
    });
    expect(text).toBe(
      [
        'Knowledge base: 6 entities (designation 3, pack 2, user 1)',
        'Pack: north-korea-sanctions 1.2.0 (updated 2025-05-01)',
        'Designations snapshot: 2025-04-19: un list of 2025-04-19 (155 entries), us list of 2024-05-03 (484 entries)',
        '',
        'By type:',
        '  international-body  1',
        '  organisation        2',
        '  person              1',
        '  state               1',
        '  vessel              1',
        '',
        'By language of names (entities with a name in it, names):',
        '  en  4  5',
        '  id  1  1',
        '  ko  2  2',
        '',
        'With at least one source: 5 of 6',
        'Designated: 3 (UN 2, US 2, both 1; UN only 1, US only 1)',
        'Load into IndexedDB (fake-indexeddb): 412.3 ms; again, unchanged: 1.3 ms',
        '',
      ].join('\n'),
    );
  });

  it('leaves the load line out when nothing was measured, and says when there are no designations', () => {
    const text = formatKnowledgeBaseStats(
      knowledgeBaseStats({ ...INPUT, entities: [], designations: { generatedAt: '', sources: [] } }),
    );
    expect(text).toContain('Knowledge base: 0 entities (none)\n');
    expect(text).toContain('Designations snapshot: none\n');
    expect(text).not.toContain('Load into');
  });
});
