import { describe, expect, it } from 'vitest';
import type { Entity } from './entity';
import { searchEntities, searchKey } from './search';
import { STARTER_ENTITIES } from './starter';

const designated: Entity = {
  id: 'des-kpe-001',
  type: 'organisation',
  origin: 'designation',
  name: 'Korea Mining Development Trading Corporation',
  names: [{ text: 'KOMID', lang: 'en' }],
  background: 'Listed.',
  dates: [],
  identifiers: [{ scheme: 'un', value: 'KPe.001' }],
  relations: [],
  sources: [],
};
const all = [...STARTER_ENTITIES, designated];
const ids = (q: string) => searchEntities(all, q).map((h) => h.entity.id);

describe('searchEntities', () => {
  it('folds case, accents and punctuation', () => {
    expect(searchKey('  Corée du Nord! ')).toBe('coree du nord');
    expect(searchKey("People's")).toBe('people s');
  });
  it('finds by a name in another language', () => {
    expect(ids('다국적제재모니터링팀')).toEqual(['msmt']);
    expect(ids('korea utara')).toEqual(['north-korea']);
  });
  it('ranks exact names above prefixes and substrings', () => {
    const hits = searchEntities(all, 'korea');
    expect(hits[0]?.entity.id).toBe('north-korea'); // "Korea Utara" is a prefix match
    expect(hits.map((h) => h.entity.id)).toContain('des-kpe-001');
    expect(searchEntities(all, 'komid')[0]).toMatchObject({ matchedName: 'KOMID', score: 3 });
  });
  it('lists everything for an empty query, curated first', () => {
    const hits = searchEntities(all, '');
    expect(hits).toHaveLength(all.length);
    expect(hits.at(-1)?.entity.id).toBe('des-kpe-001');
  });
  it('finds nothing for an unknown name', () => {
    expect(ids('sourdough')).toEqual([]);
  });
});
