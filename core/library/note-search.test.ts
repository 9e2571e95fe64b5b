import { describe, expect, it } from 'vitest';
import { createNote, type Note } from '../notes/note';
import { pageIdentity } from '../page-identity';
import { dayEnd, dayStart, foldText, groupRows, indexNotes, noteFacets, searchNotes } from './note-search';

const target = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
});
const pageA = pageIdentity({ url: 'https://www.nknews.org/a', title: 'MSMT report on KOMID' });
const pageB = pageIdentity({ url: 'https://yna.co.kr/b', title: '북한 제재' });
const notes: Note[] = [
  createNote({
    page: pageA,
    target: target('KOMID sold arms'),
    comment: 'Résumé of arms',
    tags: ['Arms'],
    entityIds: ['komid'],
    now: 100,
  }),
  createNote({
    page: pageB,
    target: target('안보리 결의 2397호'),
    comment: '',
    tags: ['선박'],
    entityIds: ['unsc'],
    now: 300,
  }),
  createNote({
    page: pageA,
    target: target('Panel of Experts'),
    comment: 'Mandate ended',
    tags: [],
    entityIds: ['poe', 'komid'],
    now: 200,
  }),
];
const index = indexNotes(notes);
const ids = (list: Note[]) => list.map((n) => n.comment || n.target.quote.exact);

describe('note search', () => {
  it('lists every note newest first without a query', () => {
    expect(ids(searchNotes(index, {}))).toEqual(['안보리 결의 2397호', 'Mandate ended', 'Résumé of arms']);
  });

  it('matches every word, in any field, ignoring case and accents', () => {
    expect(ids(searchNotes(index, { text: 'resume ARMS' }))).toEqual(['Résumé of arms']);
    expect(ids(searchNotes(index, { text: 'msmt mandate' }))).toEqual(['Mandate ended']);
    expect(ids(searchNotes(index, { text: '2397' }))).toEqual(['안보리 결의 2397호']);
    expect(ids(searchNotes(index, { text: '선박' }))).toEqual(['안보리 결의 2397호']);
    expect(ids(searchNotes(index, { text: 'arms nothing' }))).toEqual([]);
  });

  it('filters by tag (any case), entity, site and date', () => {
    expect(ids(searchNotes(index, { tag: 'arms' }))).toEqual(['Résumé of arms']);
    expect(ids(searchNotes(index, { entityId: 'komid' }))).toEqual(['Mandate ended', 'Résumé of arms']);
    expect(ids(searchNotes(index, { site: 'yna.co.kr' }))).toEqual(['안보리 결의 2397호']);
    expect(ids(searchNotes(index, { from: 200, to: 300 }))).toEqual(['Mandate ended']);
    expect(ids(searchNotes(index, { entityId: 'komid', text: 'panel' }))).toEqual(['Mandate ended']);
  });

  it('groups by page in the order of each page’s newest note', () => {
    const rows = groupRows(searchNotes(index, {}));
    expect(rows.map((r) => (r.kind === 'page' ? `# ${r.title} (${r.count})` : r.note.created))).toEqual([
      '# 북한 제재 (1)',
      300,
      '# MSMT report on KOMID (2)',
      200,
      100,
    ]);
  });

  it('counts facets, most used first', () => {
    const f = noteFacets(notes);
    expect(f.entities[0]).toEqual({ value: 'komid', count: 2 });
    expect(f.sites).toEqual([
      { value: 'nknews.org', count: 2 },
      { value: 'yna.co.kr', count: 1 },
    ]);
  });

  it('reads date inputs as local days, the "to" day included', () => {
    const from = dayStart('2026-11-25')!;
    expect(new Date(from).getDate()).toBe(25);
    expect(dayEnd('2026-11-25')! - from).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(dayStart('25/11/2026')).toBeUndefined();
    expect(foldText('Ärger Über Ёлка 북한')).toBe('arger uber елка 북한');
  });
});
