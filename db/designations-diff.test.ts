// Tests of the refresh's diff and of which list dates the stored designations come from.
import { describe, expect, it } from 'vitest';
import { OFAC_ENTRY_URL } from '../core/designations/merge';
import { currentListDates, diffEntities } from './designations-diff';

describe('diffEntities and currentListDates', () => {
  it('does not count a new list date in the sources, or a different key order, as a change', () => {
    const e = {
      id: 'a',
      type: 'vessel' as const,
      origin: 'designation' as const,
      name: 'A',
      names: [{ text: 'A', lang: 'en' }],
      background: '',
      dates: [],
      identifiers: [],
      relations: [],
      sources: [{ title: 't', publisher: 'p', url: 'u', date: '2024-01-01' }],
    };
    const reordered = { ...e, names: [{ lang: 'en', text: 'A' }], sources: [{ ...e.sources[0]!, date: '2025-01-01' }] };
    expect(diffEntities([e], [reordered])).toMatchObject({ changed: [], unchanged: 1 });
    expect(diffEntities([e], [{ ...e, sources: [] }]).changed).toEqual([{ id: 'a', name: 'A', fields: ['sources'] }]);
  });

  it('takes the list dates from the last refresh, or from a snapshot loaded after it, or from the sources', () => {
    const refreshed = { unListDate: '2025-06-02', ofacListDate: '2025-06-01', refreshedAt: 20 };
    const loaded = {
      loadedAt: 10,
      generatedAt: '2025-04-19',
      sources: [
        { list: 'un' as const, file: 'un.xml', listDate: '2025-04-19', sha256: '', entries: 1 },
        { list: 'us' as const, file: 'sdn.csv', listDate: '2024-05-03', sha256: '', entries: 1 },
      ],
    };
    expect(currentListDates([], refreshed, loaded)).toEqual({ un: '2025-06-02', us: '2025-06-01' });
    expect(currentListDates([], refreshed, { ...loaded, loadedAt: 30 })).toEqual({
      un: '2025-04-19',
      us: '2024-05-03',
    });
    const cited = [{ sources: [{ title: 't', publisher: 'p', url: OFAC_ENTRY_URL + '1', date: '2024-01-02' }] }];
    expect(currentListDates(cited, undefined, undefined)).toEqual({ us: '2024-01-02' });
  });
});
