// Tests of the notes-file importer: format detection and rejection, other tools' files, limits and safety.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../export/backup';
import { exportCsv } from '../export/csv-export';
import { exportMarkdown } from '../export/markdown-export';
import { testBackupData, variedNotes } from '../export/test-notes';
import { exportW3c, noteToAnnotation } from '../export/w3c-export';
import { ImportFormatError, MAX_IMPORT_CHARS, MAX_IMPORT_ITEMS, checkImportSize } from './import-error';
import { importNotesFile } from './import-file';
import { validateNoteShape } from './note-shape';

const NOW = Date.UTC(2026, 10, 25);
const options = { appVersion: '0.1.0', now: NOW };
const read = (text: string) => importNotesFile(text, { now: NOW });

/** The error an import throws, to check its problem, format and message. */
function rejection(text: string): ImportFormatError {
  try {
    read(text);
  } catch (err) {
    if (err instanceof ImportFormatError) return err;
    throw err;
  }
  throw new Error('the import did not fail');
}

describe('whole-file rejection, saying what the file is', () => {
  it.each([
    ['', 'empty', undefined, /empty/],
    ['\uFEFF  \n', 'empty', undefined, /empty/],
    ['<!DOCTYPE html><html><body>Login</body></html>', 'not-json', 'html', /HTML page/],
    ['<?xml version="1.0"?><list/>', 'not-json', 'xml', /XML file/],
    [exportCsv(variedNotes(2), options), 'not-json', 'csv', /Sanctions Lens CSV export/],
    ['name,value\nx,1', 'not-json', 'csv', /CSV or TSV/],
    [exportMarkdown(variedNotes(2), options), 'not-json', 'markdown', /Markdown/],
    ['hello', 'not-json', 'text', /plain text/],
    ['{"format":"sanctions-lens-backup","notes":[', 'malformed-json', 'json', /cut short/],
    ['{"format":"sanctions-lens-pack","formatVersion":1}', 'unknown-format', 'sanctions-lens-pack', /topic pack/],
    ['{"format":"zotero"}', 'unknown-format', 'json', /format "zotero"/],
    ['{"a":1,"b":2}', 'unknown-format', 'json', /unknown format \(with "a", "b"\)/],
    ['[]', 'unknown-format', 'json', /empty JSON list/],
    ['[1,2]', 'unknown-format', 'json', /unknown items/],
    ['"text"', 'unknown-format', 'json', /a single JSON string/],
    [
      '{"format":"sanctions-lens-backup","formatVersion":2,"notes":[]}',
      'unsupported-version',
      'sanctions-lens-backup',
      /version 2.*Update/,
    ],
    [
      '{"format":"sanctions-lens-backup","formatVersion":1,"notes":{}}',
      'invalid-structure',
      'sanctions-lens-backup',
      /"notes" should be a list/,
    ],
    [
      '{"format":"sanctions-lens-backup","formatVersion":1}',
      'invalid-structure',
      'sanctions-lens-backup',
      /"notes" should be a list, but it is missing/,
    ],
    [
      '{"type":"AnnotationCollection","total":3,"first":"http://x.org/p1"}',
      'invalid-structure',
      'w3c-web-annotation',
      /only a link/,
    ],
  ])('rejects %j', (text, problem, detected, message) => {
    const err = rejection(text);
    expect(err.problem).toBe(problem);
    expect(err.detected).toBe(detected);
    expect(err.message).toMatch(message);
  });

  it('rejects a file over 50 MB before reading it, and says how large it is', () => {
    expect(MAX_IMPORT_CHARS).toBe(52_428_800);
    expect(() => checkImportSize(MAX_IMPORT_CHARS)).not.toThrow();
    expect(() => checkImportSize(MAX_IMPORT_CHARS + 1)).toThrow(/50\.0 MB, more than the 50 MB/);
    const big = '{"notes":[' + ' '.repeat(MAX_IMPORT_CHARS) + ']}';
    const started = performance.now();
    expect(rejection(big).problem).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('rejects more items than the limit', () => {
    const text = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [],
    }).replace(
      '[]',
      '[' +
        Array(MAX_IMPORT_ITEMS + 1)
          .fill('1')
          .join(',') +
        ']',
    );
    expect(rejection(text).problem).toBe('too-many-items');
  });
});

describe('item limits and safety', () => {
  const base = variedNotes(1, 9)[0]!;
  const backupOf = (notes: unknown[]) => JSON.stringify({ format: 'sanctions-lens-backup', formatVersion: 1, notes });

  it('rejects a note whose quote or comment is over the limit, and cuts a long title with a warning', () => {
    const r = read(
      backupOf([
        {
          ...base,
          id: 'long-quote',
          target: { ...base.target, quote: { ...base.target.quote, exact: 'q'.repeat(5001) } },
        },
        { ...base, id: 'long-comment', comment: 'c'.repeat(100_001) },
        { ...base, id: 'long-title', page: { ...base.page, title: 't'.repeat(2000) } },
        { ...base, id: 'many-tags', tags: Array.from({ length: 60 }, (_, i) => `tag${i}`) },
      ]),
    );
    expect(r.invalid).toEqual([
      { section: 'notes', index: 0, reason: 'target.quote.exact is 5001 characters long, more than the limit of 5000' },
      { section: 'notes', index: 1, reason: 'comment is 100001 characters long, more than the limit of 100000' },
    ]);
    expect(r.notes.map((n) => n.id)).toEqual(['long-title', 'many-tags']);
    expect(r.notes[0]!.page.title).toHaveLength(1000);
    expect(r.notes[1]!.tags).toHaveLength(50);
    expect(r.warnings.map((w) => w.index)).toEqual([2, 3]);
  });

  it('keeps the later-modified copy of a note that appears twice', () => {
    const r = read(
      backupOf([base, { ...base, comment: 'newer', modified: base.modified + 1 }, { ...base, comment: 'older' }]),
    );
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]!.comment).toBe('newer');
    expect(r.invalid.map((i) => i.index)).toEqual([0, 2]);
  });

  it('drops __proto__, constructor and prototype keys and never pollutes Object.prototype', () => {
    const text = backupOf([base]).replace(
      '"notes":[{',
      '"__proto__":{"polluted":1},"notes":[{"constructor":{"prototype":{"polluted":2}},',
    );
    const withSettings = text.replace(
      '"notes"',
      '"settings":[{"key":"k","version":1,"value":{"__proto__":{"polluted":3},"ok":true}}],"notes"',
    );
    const r = read(withSettings);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.notes).toHaveLength(1);
    expect(validateNoteShape(r.notes[0])).toEqual([]);
    expect(r.settings).toEqual([{ key: 'k', version: 1, value: { ok: true } }]);
    expect(Object.keys(r.settings[0]!.value as object)).toEqual(['ok']);
  });

  it('imports HTML and script as the plain text it is, unchanged', () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const note = { ...base, comment: script, tags: [script.slice(0, 100)], page: { ...base.page, title: script } };
    const fromBackup = read(exportBackup({ ...testBackupData(0), notes: [note] }, options)).notes[0]!;
    const fromW3c = read(exportW3c([note], options)).notes[0]!;
    for (const n of [fromBackup, fromW3c]) {
      expect(n.comment).toBe(script);
      expect(n.page.title).toBe(script);
      expect(n.tags).toEqual([script.slice(0, 100)]);
    }
  });

  it('ignores a byte-order mark and reads a single exported annotation', () => {
    const r = read('\uFEFF' + JSON.stringify(noteToAnnotation(base, { ...options, now: 0 })));
    expect(r.notes).toEqual([base]);
  });
});
