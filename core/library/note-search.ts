// Finding notes: a search index over quote, comment, tags and page title, with tag, entity, site and date filters.
import type { Note } from '../notes/note';

/** What the user asks the library for; every part is optional. */
export interface NoteQuery {
  /** Words that must all appear (case- and accent-insensitive) in the quote, comment, tags or page title. */
  text?: string;
  tag?: string;
  entityId?: string;
  site?: string;
  /** Epoch ms, inclusive: notes created at or after. */
  from?: number;
  /** Epoch ms, exclusive: notes created before. */
  to?: number;
}

/** Notes newest first, each with its prepared search text (made at the first text search, then kept). */
export interface NoteIndex {
  notes: readonly Note[];
  /** For each note (same order), its searchable text folded to lower case without accents, once computed. */
  haystacks: (string | undefined)[];
}

/** Letters that may carry accents to fold: Latin, Greek and Cyrillic (Hangul and CJK are left whole). */
const ACCENTED = /[\u00C0-\u024F\u0370-\u04FF\u1E00-\u1EFF]/;
/** Combining marks of those scripts, after decomposition. */
const MARKS = /[\u0300-\u036F]+/g;

/** Lower case with accents removed: the form both the index and the query words are compared in. */
export function foldText(text: string): string {
  // NFC again after stripping, so that Hangul in the same text is composed as the query's is.
  return (ACCENTED.test(text) ? text.normalize('NFD').replace(MARKS, '').normalize('NFC') : text).toLowerCase();
}

/** The text a note is found by. */
function searchText(note: Note): string {
  return foldText(
    [note.target.quote.exact, note.comment, note.tags.join(' '), note.page.title, note.page.site].join('\n'),
  );
}

/** Newest first; ties broken by id so that the order is stable. */
export function newestFirst(a: Note, b: Note): number {
  return b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Builds the index once per set of notes: sorted at once, each note's search text prepared when a text search
 * first needs it (so that the list appears without waiting for it); searches then only compare prepared strings.
 */
export function indexNotes(notes: readonly Note[]): NoteIndex {
  const sorted = [...notes].sort(newestFirst);
  return { notes: sorted, haystacks: new Array<string | undefined>(sorted.length) };
}

function haystack(index: NoteIndex, i: number): string {
  return (index.haystacks[i] ??= searchText(index.notes[i]!));
}

/** Whether a query has any condition. */
export function isEmptyQuery(q: NoteQuery): boolean {
  return !q.text?.trim() && !q.tag && !q.entityId && !q.site && q.from === undefined && q.to === undefined;
}

/** The notes that match every part of the query, newest first. */
export function searchNotes(index: NoteIndex, q: NoteQuery): Note[] {
  if (isEmptyQuery(q)) return [...index.notes];
  const words = foldText(q.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tag = q.tag?.toLowerCase();
  const out: Note[] = [];
  for (let i = 0; i < index.notes.length; i++) {
    const n = index.notes[i]!;
    if (q.from !== undefined && n.created < q.from) continue;
    if (q.to !== undefined && n.created >= q.to) continue;
    if (q.site && n.page.site !== q.site) continue;
    if (q.entityId && !n.entityIds.includes(q.entityId)) continue;
    if (tag && !n.tags.some((t) => t.toLowerCase() === tag)) continue;
    if (words.length) {
      const hay = haystack(index, i);
      if (!words.every((w) => hay.includes(w))) continue;
    }
    out.push(n);
  }
  return out;
}

/** A value to filter by, with how many notes have it. */
export interface Facet {
  value: string;
  count: number;
}

function sortedFacets(counts: Map<string, number>): Facet[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function add(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The tags, entities and sites of a set of notes, most used first, for the filter menus. */
export function noteFacets(notes: readonly Note[]): { tags: Facet[]; entities: Facet[]; sites: Facet[] } {
  const tags = new Map<string, number>();
  const entities = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const n of notes) {
    for (const t of n.tags) add(tags, t);
    for (const e of n.entityIds) add(entities, e);
    add(sites, n.page.site);
  }
  return { tags: sortedFacets(tags), entities: sortedFacets(entities), sites: sortedFacets(sites) };
}

/** A row of the library list: a page heading, or a note under it. */
export type LibraryRow =
  | { kind: 'page'; key: string; title: string; url: string; site: string; count: number }
  | { kind: 'note'; key: string; note: Note };

/** One row object per note, reused by every grouping, so that searching allocates little. */
const noteRows = new WeakMap<Note, LibraryRow>();
function noteRow(note: Note): LibraryRow {
  let row = noteRows.get(note);
  if (!row) noteRows.set(note, (row = { kind: 'note', key: note.id, note }));
  return row;
}

/**
 * Groups notes (newest first) by page: pages in the order of their newest note, each page's notes newest first.
 * Pages are told apart by canonical URL when there is one, else by normalized URL.
 */
export function groupRows(notes: readonly Note[]): LibraryRow[] {
  const groups = new Map<string, Note[]>();
  for (const n of notes) {
    const key = n.page.canonicalUrl ?? n.page.normalizedUrl;
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  const rows: LibraryRow[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    rows.push({
      kind: 'page',
      key: `page:${key}`,
      title: first.page.title || first.page.url,
      url: first.page.url,
      site: first.page.site,
      count: list.length,
    });
    for (const note of list) rows.push(noteRow(note));
  }
  return rows;
}

/** A date input's value (`YYYY-MM-DD`, local time) as epoch ms at the start of that day, or undefined. */
export function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** A date input's value as epoch ms at the start of the next day (for an inclusive "to" date), or undefined. */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
