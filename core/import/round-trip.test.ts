// Round trips: varied notes exported as a backup or as W3C JSON-LD and imported back are identical.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../export/backup';
import { edgeNotes, testBackupData, testEntityName, variedNotes } from '../export/test-notes';
import { exportW3c } from '../export/w3c-export';
import type { Note } from '../notes/note';
import { importNotesFile } from './import-file';
import { validateNoteShape } from './note-shape';
import { planImport } from './plan-import';

const options = { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25), entityName: testEntityName };
const read = (text: string) => importNotesFile(text, { now: 1 });

/** Korean, Russian, emoji, multi-line quotes, empty comments, 50 tags, entity links, every optional part. */
const SEEDS = [1, 2, 3, 2397];
const corpus = (seed: number): Note[] => [...variedNotes(80, seed), ...edgeNotes()];

describe('the generated notes cover what the round trip must keep', () => {
  it('have all the variety the round trip is meant to test', () => {
    const notes = SEEDS.flatMap(corpus);
    const has = (test: (n: Note) => boolean) => notes.some(test);
    expect(has((n) => /[가-힣]/.test(n.target.quote.exact))).toBe(true);
    expect(has((n) => /[а-я]/i.test(n.comment))).toBe(true);
    expect(has((n) => /\p{Extended_Pictographic}/u.test(n.target.quote.exact))).toBe(true);
    expect(has((n) => n.target.quote.exact.includes('\n'))).toBe(true);
    expect(has((n) => n.comment === '')).toBe(true);
    expect(has((n) => n.tags.length === 50)).toBe(true);
    expect(has((n) => n.entityIds.length > 1)).toBe(true);
    expect(has((n) => n.target.range === undefined) && has((n) => n.target.range !== undefined)).toBe(true);
    expect(has((n) => n.page.canonicalUrl !== undefined) && has((n) => n.page.lang === '')).toBe(true);
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['highlight', 'comment', 'question']));
    for (const n of notes) expect(validateNoteShape(n)).toEqual([]);
  });
});

describe.each(SEEDS)('round trip, seed %i', (seed) => {
  const notes = corpus(seed);

  it('backup → import gives back identical notes, entities, aliases and settings', () => {
    const data = { ...testBackupData(0), notes };
    const r = read(exportBackup(data, options));
    expect(r.format).toBe('sanctions-lens-backup');
    expect(r.invalid).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toStrictEqual(notes);
    expect(r.userEntities).toStrictEqual(data.userEntities);
    expect(r.userAliases).toStrictEqual(data.userAliases);
    expect(r.settings).toStrictEqual(data.settings);
  });

  it('W3C JSON-LD → import gives back identical notes', () => {
    const r = read(exportW3c(notes, options));
    expect(r.format).toBe('w3c-web-annotation');
    expect(r.invalid).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toStrictEqual(notes);
  });

  it('re-importing an export plans nothing but duplicates', () => {
    const plan = planImport(notes, read(exportW3c(notes, options)).notes);
    expect(plan.duplicate).toHaveLength(notes.length);
    expect(plan.new.length + plan.updated.length + plan.conflict.length).toBe(0);
  });
});

describe('round trip through both formats', () => {
  it('W3C → backup → W3C is stable', () => {
    const notes = corpus(99);
    const once = read(exportW3c(notes, options)).notes;
    const twice = read(exportBackup({ ...testBackupData(0), notes: once }, options)).notes;
    expect(exportW3c(twice, options)).toBe(exportW3c(notes, options));
  });
});
