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

/** Notes newest first, each with its prepared search text. */
export interface NoteIndex {
  notes: readonly Note[];
  /** For each note (same order), its searchable text folded to lower case without accents. */
  haystacks: readonly string[];
}

/** Lower case, accents removed, whitespace collapsed: the form both the index and the query are compared in. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
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

/** Builds the index once per set of notes; searches then only compare prepared strings. */
export function indexNotes(notes: readonly Note[]): NoteIndex {
  const sorted = [...notes].sort(newestFirst);
  return { notes: sorted, haystacks: sorted.map(searchText) };
}

/** Whether a query has any condition. */
export function isEmptyQuery(q: NoteQuery): boolean {
  return !q.text?.trim() && !q.tag && !q.entityId && !q.site && q.from === undefined && q.to === undefined;
}

/** The notes that match every part of the query, newest first. */
export function searchNotes(index: NoteIndex, q: NoteQuery): Note[] {
  if (isEmptyQuery(q)) return [...index.notes];
  const words = foldText(q.text ?? '')
    .split(' ')
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
    const hay = index.haystacks[i]!;
    if (words.length && !words.every((w) => hay.includes(w))) continue;
    out.push(n);
  }
  return out;
}

/** A value to filter by, with how many notes have it. */
export interface Facet {
  value: string;
  count: number;
}

function counted(values: Iterable<string>): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The tags, entities and sites of a set of notes, most used first, for the filter menus. */
export function noteFacets(notes: readonly Note[]): { tags: Facet[]; entities: Facet[]; sites: Facet[] } {
  return {
    tags: counted(notes.flatMap((n) => n.tags)),
    entities: counted(notes.flatMap((n) => n.entityIds)),
    sites: counted(notes.map((n) => n.page.site)),
  };
}

/** A row of the library list: a page heading, or a note under it. */
export type LibraryRow =
  | { kind: 'page'; key: string; title: string; url: string; site: string; count: number }
  | { kind: 'note'; key: string; note: Note };

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
    for (const note of list) rows.push({ kind: 'note', key: note.id, note });
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
