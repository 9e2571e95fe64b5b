// Exports notes as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark), one row per note, safe to open in a spreadsheet.
import type { Note } from '../notes/note';
import { entityLabel, isoTime, type ExportOptions } from './export-options';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'id',
  'created',
  'modified',
  'page_title',
  'url',
  'quote',
  'prefix',
  'suffix',
  'comment',
  'tags',
  'entities',
  'kind',
  'language',
] as const;

/** The byte-order mark that makes Excel read the file as UTF-8 (the caller encodes the string as UTF-8). */
export const BOM = '\uFEFF';

/** Separator of the tags and of the entities within their cells. */
export const LIST_SEPARATOR = ';';

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP "CSV injection"):
// = + - @, and tab and carriage return, which some of them skip before looking for a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Formula injection guard: a value that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a
 * leading apostrophe, so spreadsheets show it as text instead of evaluating it (the apostrophe is visible in other
 * CSV readers; that is the price of safety). Then, per RFC 4180, a value containing a comma, a double quote, CR or
 * LF is enclosed in double quotes, with its double quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

function noteRow(note: Note, options: ExportOptions): string[] {
  const { quote } = note.target;
  return [
    note.id,
    isoTime(note.created),
    isoTime(note.modified),
    note.page.title,
    note.page.url,
    quote.exact,
    quote.prefix,
    quote.suffix,
    note.comment,
    note.tags.join(LIST_SEPARATOR),
    note.entityIds.map((id) => entityLabel(options, id)).join(LIST_SEPARATOR),
    note.kind,
    note.page.lang,
  ];
}

/**
 * The CSV export: a byte-order mark, the header row ({@link CSV_COLUMNS}), then one row per note in the order given;
 * times in ISO 8601 UTC, tags and entity names joined by `;`, every record ending in CRLF.
 */
export function exportCsv(notes: readonly Note[], options: ExportOptions): string {
  return BOM + row(CSV_COLUMNS) + notes.map((n) => row(noteRow(n, options))).join('');
}
