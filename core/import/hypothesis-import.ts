// Reads a Hypothesis JSON export: the client's export file, an API search result, or a bare list of annotations.
import { normalizeUrl } from '../page-identity';
import { asList, fallbackId, findSelectors, firstString, parseIsoTime, siteOf } from './annotation-fields';
import { checkItemCount } from './import-error';
import { addNote, emptyResult, type ImportResult, type NoteIndex } from './import-result';
import { isRecord } from './safe-json';
import type { AnnotationImportOptions } from './w3c-import';

/** The IRI of a Hypothesis annotation, which becomes the note's id (the same as in Hypothesis's own JSON-LD). */
export const HYPOTHESIS_ANNOTATION_PREFIX = 'https://hypothes.is/a/';

const looksLikeRow = (v: unknown) =>
  isRecord(v) && typeof v.uri === 'string' && Array.isArray(v.target) && ('text' in v || 'tags' in v);

/**
 * The annotation rows of Hypothesis data, or null when it is not Hypothesis data: the client's export
 * (`{ export_date, export_userid, client_version, annotations }`), an API search result (`{ total, rows }`), or a
 * list of rows (objects with `uri`, `target`, and `text` or `tags`).
 */
export function hypothesisRows(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data.length > 0 && data.some(looksLikeRow) ? data : null;
  if (!isRecord(data)) return null;
  const list = Array.isArray(data.annotations) ? data.annotations : Array.isArray(data.rows) ? data.rows : null;
  if (!list) return null;
  const declared = 'export_userid' in data || 'client_version' in data || ('total' in data && 'rows' in data);
  return declared || list.some(looksLikeRow) ? list : null;
}

function rowToCandidate(row: unknown, now: number): { ok: true; raw: unknown } | { ok: false; reason: string } {
  if (!isRecord(row)) return { ok: false, reason: 'the item is not an annotation object' };
  const target = asList(row.target).find((t) => isRecord(t) && findSelectors(t.selector).quote !== undefined);
  if (!isRecord(target)) {
    const reply = Array.isArray(row.references) && row.references.length > 0;
    return {
      ok: false,
      reason: reply
        ? 'a reply to another annotation, not a note on the page text'
        : 'no TextQuoteSelector: a page note, not a note on the page text',
    };
  }
  const { quote, position, range } = findSelectors(target.selector);
  const url = typeof target.source === 'string' ? target.source : typeof row.uri === 'string' ? row.uri : '';
  const created = row.created === undefined ? now : parseIsoTime(row.created);
  if (created === null) return { ok: false, reason: 'created is not an ISO 8601 date-time' };
  const modified = row.updated === undefined ? created : parseIsoTime(row.updated);
  if (modified === null) return { ok: false, reason: 'updated is not an ISO 8601 date-time' };
  const text = row.text === undefined || row.text === null ? '' : row.text;
  const document = isRecord(row.document) ? row.document : {};
  const id =
    typeof row.id === 'string' && /^[\w-]{1,100}$/.test(row.id)
      ? HYPOTHESIS_ANNOTATION_PREFIX + row.id
      : fallbackId(url, quote?.exact ?? '', String(created));
  return {
    ok: true,
    raw: {
      id,
      page: {
        url,
        normalizedUrl: normalizeUrl(url) ?? url,
        title: firstString(document.title) ?? '',
        lang: '',
        site: siteOf(url),
      },
      target: {
        quote,
        position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
        ...(range ? { range } : {}),
      },
      kind: typeof text === 'string' && text.trim() ? 'comment' : 'highlight',
      comment: text,
      tags: row.tags ?? [],
      entityIds: [],
      created,
      modified,
    },
  };
}

/**
 * Reads Hypothesis annotation rows into a result. The text (Markdown in Hypothesis) is kept as written, as plain
 * text; replies and page notes, which have no quote, are reported as invalid.
 * @throws ImportFormatError for too many rows
 */
export function importHypothesis(rows: unknown[], options: AnnotationImportOptions): ImportResult {
  checkItemCount(rows.length, 'annotations');
  const result = emptyResult('hypothesis');
  const seen: NoteIndex = new Map();
  rows.forEach((row, index) => {
    const c = rowToCandidate(row, options.now);
    if (c.ok) addNote(result, c.raw, index, seen);
    else result.invalid.push({ section: 'notes', index, reason: c.reason });
  });
  return result;
}
