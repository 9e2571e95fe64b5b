// Tests of the Note shape check and of the normalizer that copies untrusted notes.
import { describe, expect, it } from 'vitest';
import { variedNotes } from '../export/test-notes';
import { MAX_TIME, normalizeNote, validateNoteShape } from './note-shape';

const note = variedNotes(1, 5)[0]!;
type Loose = Record<string, unknown>;
const clone = () => JSON.parse(JSON.stringify(note)) as Loose;

/** Sets (or, for undefined, deletes) the value at a dotted path of a cloned note. */
function changed(path: string, value: unknown): Loose {
  const n = clone();
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => o[k] as Loose, n);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return n;
}

describe('validateNoteShape', () => {
  it('accepts generated notes', () => {
    for (const n of variedNotes(50, 8)) expect(validateNoteShape(n)).toEqual([]);
  });

  it.each([
    ['id', undefined, 'id must be a string, got missing'],
    ['html', '<b>', 'note.html is not a Note field'],
    ['page.url', 'javascript:alert(1)', 'page.url is not a web page (http or https) URL: "javascript:alert(1)"'],
    ['target.quote.exact', ' ', 'target.quote.exact is empty'],
    ['target.position.start', 99_999, 'target.position ends before it starts'],
    ['target.position.start', 1.5, 'target.position.start must be a whole number of at least 0, got the number 1.5'],
    ['kind', 'note', 'kind must be highlight, comment or question, got "note"'],
    ['tags', [' a ', 'A'], 'tags are not clean'],
    ['entityIds', ['x', 'x'], 'entityIds has duplicates'],
    ['modified', MAX_TIME + 1, 'modified is after the year 9999'],
    ['created', '2024', 'created must be a whole number of at least 0, got "2024"'],
    ['target.copies', -1, 'target.copies must be a whole number of at least 0, got the number -1'],
  ])('rejects %s = %j', (path, value, problem) => {
    expect(validateNoteShape(changed(path, value))).toContain(problem);
  });

  it('rejects an object whose prototype is not Object.prototype', () => {
    expect(validateNoteShape(Object.assign(Object.create({ evil: true }) as object, note))).toContain(
      'note is not a plain object',
    );
  });
});

describe('normalizeNote', () => {
  it('returns an equal but fresh note for a valid one', () => {
    const n = normalizeNote(clone());
    expect(n).toEqual({ ok: true, note, warnings: [] });
    if (n.ok) expect(n.note.page).not.toBe(note.page);
  });

  it('drops unknown fields, defaults the optional ones and drops a malformed range with a warning', () => {
    const raw = changed('target.range', {
      type: 'RangeSelector',
      startContainer: '/p',
      startOffset: -1,
      endContainer: '/p',
      endOffset: 1,
    });
    raw.extra = 1;
    (raw.page as Loose).extra = 2;
    delete raw.tags;
    delete raw.modified;
    const n = normalizeNote(raw);
    expect(n.ok).toBe(true);
    if (!n.ok) return;
    expect(n.note).not.toHaveProperty('extra');
    expect(n.note.page).not.toHaveProperty('extra');
    expect(n.note.tags).toEqual([]);
    expect(n.note.modified).toBe(note.created);
    expect(n.note.target).not.toHaveProperty('range');
    expect(n.warnings).toEqual([expect.stringMatching(/^range selector dropped/)]);
    expect(validateNoteShape(n.note)).toEqual([]);
  });

  it('keeps a recorded copy count and drops a malformed one with a warning (the quote still places the note)', () => {
    const kept = normalizeNote(changed('target.copies', 3));
    expect(kept.ok && kept.note.target.copies).toBe(3);
    const n = normalizeNote(changed('target.copies', 'many'));
    expect(n.ok).toBe(true);
    if (!n.ok) return;
    expect(n.note.target).not.toHaveProperty('copies');
    expect(n.warnings).toEqual([expect.stringMatching(/^copy count dropped/)]);
  });

  it('cuts the quote context keeping the text next to the quote', () => {
    const raw = changed('target.quote.prefix', 'x'.repeat(300) + 'END');
    ((raw.target as Loose).quote as Loose).suffix = 'START' + 'y'.repeat(300);
    const n = normalizeNote(raw);
    expect(n.ok && n.note.target.quote.prefix.endsWith('xEND')).toBe(true);
    expect(n.ok && n.note.target.quote.suffix.startsWith('STARTy')).toBe(true);
    expect(n.ok && n.note.target.quote.prefix.length).toBe(200);
  });

  it('gives the reason for the first problem', () => {
    expect(normalizeNote(null)).toEqual({ ok: false, reason: 'note must be an object, got null' });
    expect(normalizeNote({ ...clone(), tags: ['a', 3] })).toEqual({
      ok: false,
      reason: 'tags[1] must be a string, got the number 3',
    });
  });
});
