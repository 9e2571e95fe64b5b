// Exports notes as Markdown grouped by page, for Obsidian and Logseq; user text is escaped, never markup.
import type { Note } from '../notes/note';
import { entityLabel, isoDate, type ExportOptions } from './export-options';
import { APP_NAME, pageUri } from './uris';

// Characters that mean something inline in CommonMark, GFM, Obsidian or Logseq: escapes, code, emphasis, links and
// wiki links, HTML and entities, headings and tags, tables, strike-through, ==highlights==, ^block ids, $math$,
// %%comments%% and {{macros}}. CommonMark lets a backslash escape any ASCII punctuation. (Logseq's `key:: value`
// properties are broken up separately.)
const INLINE_SPECIAL = /[\\`*_[\]<>&#|~=^$%{}]/g;
// Line starts that open a block: list markers and ordered-list numbers ("1." or "1)").
const BLOCK_START = /^([-+])|^(\d+)([.)])/;

/**
 * Escapes user text so that Markdown shows it as written: every inline special character gets a backslash, and a
 * line that would start a list gets its marker escaped. Leading spaces and tabs are dropped from each line (four of
 * them would make a code block); line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(/:(?=:)/g, ':\\')
        .replace(BLOCK_START, (_m, marker?: string, digits?: string, close?: string) =>
          marker ? `\\${marker}` : `${digits}\\${close}`,
        ),
    )
    .join('\n');
}

/**
 * A tag as an Obsidian/Logseq `#tag`: runs of characters other than letters, digits, `_`, `-` and `/` become one
 * `-`; an all-digit tag (e.g. a resolution number) gets a leading `_`, since `#2397` is not a tag in Obsidian.
 */
export function markdownTag(tag: string): string {
  const t = tag
    .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  if (t === '') return '';
  return `#${/^\d+$/.test(t) ? `_${t}` : t}`;
}

/** A URL for a Markdown link destination: a URI, with parentheses and angle brackets percent-encoded. */
function linkTarget(url: string): string {
  return pageUri(url).replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Escaped text whose single line breaks stay line breaks (two trailing spaces), not joined into one paragraph. */
function escapedLines(text: string): string {
  return escapeMarkdown(text).replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

function blockQuote(text: string): string {
  return escapedLines(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function noteBlock(note: Note, options: ExportOptions): string {
  const parts = [blockQuote(note.target.quote.exact)];
  if (note.comment.trim() !== '') {
    const comment = escapedLines(note.comment.trim());
    parts.push(note.kind === 'question' ? `**Question:** ${comment}` : comment);
  } else if (note.kind === 'question') {
    parts.push('**Question**');
  }
  const meta: string[] = [];
  const tags = note.tags.map(markdownTag).filter((t) => t !== '');
  if (tags.length) meta.push(tags.join(' '));
  if (note.entityIds.length) {
    meta.push(`Entities: ${note.entityIds.map((id) => escapeMarkdown(entityLabel(options, id))).join(', ')}`);
  }
  const created = isoDate(note.created);
  const modified = isoDate(note.modified);
  meta.push(`*${created}${modified !== created ? `, edited ${modified}` : ''}*`);
  parts.push(meta.join('  \n'));
  return parts.join('\n\n');
}

/** Notes grouped by page (canonical URL, else normalized URL), pages in the order of their first note. */
export function groupByPage(notes: readonly Note[]): Note[][] {
  const groups = new Map<string, Note[]>();
  const sorted = [...notes].sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  for (const note of sorted) {
    const key = note.page.canonicalUrl ?? note.page.normalizedUrl;
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  return [...groups.values()];
}

function pageSection(notes: Note[], options: ExportOptions): string {
  const page = notes[0]!.page;
  const url = page.canonicalUrl ?? page.url;
  const title = escapeMarkdown((page.title || page.site || url).replace(/\s+/g, ' '));
  const about = [escapeMarkdown(page.site), page.lang ? escapeMarkdown(page.lang) : ''].filter((s) => s !== '');
  // Within a page, notes in reading order (then by time).
  const ordered = [...notes].sort((a, b) => a.target.position.start - b.target.position.start || a.created - b.created);
  return [
    `## [${title}](${linkTarget(url)})`,
    about.join(' · '),
    ordered.map((n) => noteBlock(n, options)).join('\n\n---\n\n'),
  ]
    .filter((s) => s !== '')
    .join('\n\n');
}

/**
 * The Markdown export: a title, then one `##` section per page (linked title, site and language), each note as a
 * block quote of the highlighted text, the comment, `#tags`, linked entities by name and the date (UTC).
 */
export function exportMarkdown(notes: readonly Note[], options: ExportOptions): string {
  const groups = groupByPage(notes);
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const head = [
    `# ${APP_NAME} notes`,
    `Exported ${isoDate(options.now)} from ${APP_NAME} ${options.appVersion}: ` +
      `${count(notes.length, 'note')} on ${count(groups.length, 'page')}.`,
  ];
  return [...head, ...groups.map((g) => pageSection(g, options))].join('\n\n') + '\n';
}
