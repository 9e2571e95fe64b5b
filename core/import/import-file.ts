// Imports a notes file: detects the format, parses and validates everything before the caller writes anything.
//
// Text is plain text: the UI renders notes as text nodes, never as HTML, so the importer does not sanitize HTML;
// `<script>` in a comment is kept exactly as written and shown as those characters.
import { PACK_FORMAT } from '../kb/pack';
import { importBackup, isBackup } from './backup-import';
import { hypothesisRows, importHypothesis } from './hypothesis-import';
import { ImportFormatError, checkImportSize } from './import-error';
import type { ImportResult } from './import-result';
import { isRecord, parseJsonSafely } from './safe-json';
import { importW3c, isW3cAnnotationData, type AnnotationImportOptions } from './w3c-import';

const FORMATS_READ = 'a Sanctions Lens backup (.json), W3C Web Annotations (.jsonld) or a Hypothesis export (.json)';

function notJson(text: string): ImportFormatError {
  const head = text.slice(0, 2000).trimStart();
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const lower = head.toLowerCase();
  let detected: string;
  let what: string;
  if (/^<!doctype html|^<html[\s>]|<html[\s>]/.test(lower)) [detected, what] = ['html', 'an HTML page'];
  else if (lower.startsWith('<')) [detected, what] = ['xml', 'an XML file'];
  else if (/^id,created,modified,/.test(firstLine)) {
    [detected, what] = ['csv', 'a Sanctions Lens CSV export (CSV is for spreadsheets and cannot be imported back)'];
  } else if (firstLine.includes(',') || firstLine.includes('\t')) [detected, what] = ['csv', 'a CSV or TSV table'];
  else if (/^#{1,6}\s/.test(firstLine)) [detected, what] = ['markdown', 'a Markdown file'];
  else [detected, what] = ['text', 'plain text, not JSON'];
  return new ImportFormatError('not-json', `This file is ${what}. Sanctions Lens imports ${FORMATS_READ}.`, detected);
}

/** The error for a file that is a lone JSON string, number, boolean or null, or null when it is not JSON at all. */
function scalarJson(text: string): ImportFormatError | null {
  if (!/^(?:["\d-]|true\b|false\b|null\b)/.test(text)) return null;
  try {
    return unknownJson(JSON.parse(text));
  } catch {
    return null;
  }
}

function unknownJson(data: unknown): ImportFormatError {
  if (isRecord(data) && data.format === PACK_FORMAT) {
    return new ImportFormatError(
      'unknown-format',
      'This is a Sanctions Lens topic pack (knowledge base), not a notes file.',
      PACK_FORMAT,
    );
  }
  let what: string;
  if (Array.isArray(data)) what = data.length === 0 ? 'an empty JSON list' : 'a JSON list of unknown items';
  else if (isRecord(data)) {
    const keys = Object.keys(data).slice(0, 6);
    what =
      typeof data.format === 'string'
        ? `a JSON file of format ${JSON.stringify(data.format.slice(0, 60))}`
        : `a JSON object of unknown format${keys.length ? ` (with ${keys.map((k) => JSON.stringify(k.slice(0, 30))).join(', ')})` : ''}`;
  } else what = `a single JSON ${data === null ? 'null' : typeof data}`;
  return new ImportFormatError(
    'unknown-format',
    `This file is ${what}. Sanctions Lens imports ${FORMATS_READ}.`,
    'json',
  );
}

/**
 * Parses, validates and normalizes a notes file: a Sanctions Lens backup, W3C Web Annotation JSON-LD (a single
 * annotation, a list, an AnnotationCollection or AnnotationPage with embedded annotations), or a Hypothesis JSON
 * export. Every item is checked on its own: the good ones are in the result, each bad one in `invalid` with why.
 * Pure: nothing is written; the caller plans the merge with `planImport` and writes.
 *
 * @param text the file's decoded text (a leading byte-order mark is ignored)
 * @param options `now`: the time of the import, for annotations without a creation time
 * @throws ImportFormatError when the file as a whole cannot be imported: too large, empty, not JSON (saying what it
 *   looks like instead: HTML, CSV, Markdown…), malformed or cut-short JSON, JSON of another format, a backup of an
 *   unsupported version or with a damaged structure, or more than the maximum number of items
 */
export function importNotesFile(text: string, options: AnnotationImportOptions): ImportResult {
  checkImportSize(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') throw new ImportFormatError('empty', 'The file is empty.');
  if (start[0] !== '{' && start[0] !== '[') throw scalarJson(start) ?? notJson(start);
  let data: unknown;
  try {
    data = parseJsonSafely(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 200) : String(err);
    throw new ImportFormatError(
      'malformed-json',
      `The file looks like JSON but cannot be read (it may be cut short or damaged): ${detail}`,
      'json',
    );
  }
  if (isBackup(data)) return importBackup(data);
  if (isW3cAnnotationData(data)) return importW3c(data, options);
  const rows = hypothesisRows(data);
  if (rows) return importHypothesis(rows, options);
  throw unknownJson(data);
}
