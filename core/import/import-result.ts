// What an import yields: normalized notes and backup sections, with a reason for every item left out.
import type { BackupAlias, BackupSetting } from '../export/backup';
import type { Entity } from '../kb/entity';
import type { Note } from '../notes/note';
import { normalizeNote } from './note-shape';

/** The formats the importer reads. */
export type ImportFormat = 'sanctions-lens-backup' | 'w3c-web-annotation' | 'hypothesis';

/** Which part of a file an issue is about. */
export type ImportSection = 'notes' | 'userEntities' | 'userAliases' | 'settings';

/** An item that was left out (in `invalid`) or changed (in `warnings`): its index in its section, and why. */
export interface ImportIssue {
  section: ImportSection;
  index: number;
  reason: string;
}

/** A parsed, validated file; nothing has been written anywhere. */
export interface ImportResult {
  format: ImportFormat;
  notes: Note[];
  userEntities: Entity[];
  userAliases: BackupAlias[];
  settings: BackupSetting[];
  /** Items that were not imported, with the reason. */
  invalid: ImportIssue[];
  /** Items imported with a change (a field cut to its limit, a malformed optional selector dropped). */
  warnings: ImportIssue[];
}

/** An empty result of a format, to fill in. */
export function emptyResult(format: ImportFormat): ImportResult {
  return { format, notes: [], userEntities: [], userAliases: [], settings: [], invalid: [], warnings: [] };
}

/** Where each note id already in a result sits: its place in `notes` and its index in the file. */
export type NoteIndex = Map<string, { at: number; index: number }>;

/**
 * Normalizes a candidate note into the result: added to `notes`, or to `invalid` with its reason. When the file has
 * the same note id twice, the later-modified copy is kept and the other is reported as invalid.
 */
export function addNote(result: ImportResult, raw: unknown, index: number, seen: NoteIndex): void {
  const n = normalizeNote(raw);
  if (!n.ok) {
    result.invalid.push({ section: 'notes', index, reason: n.reason });
    return;
  }
  for (const w of n.warnings) result.warnings.push({ section: 'notes', index, reason: w });
  const earlier = seen.get(n.note.id);
  if (earlier === undefined) {
    seen.set(n.note.id, { at: result.notes.length, index });
    result.notes.push(n.note);
    return;
  }
  const newer = n.note.modified > result.notes[earlier.at]!.modified;
  const dropped = newer ? earlier.index : index;
  const keptIndex = newer ? index : earlier.index;
  result.invalid.push({
    section: 'notes',
    index: dropped,
    reason: `same note id as item ${keptIndex} (${n.note.id}); the later-modified copy is kept`,
  });
  if (newer) {
    result.notes[earlier.at] = n.note;
    seen.set(n.note.id, { at: earlier.at, index });
  }
}
