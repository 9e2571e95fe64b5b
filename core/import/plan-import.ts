// Plans how imported notes merge with the stored ones, by note id, so that nothing is overwritten silently.
import type { Note } from '../notes/note';

/** A note that exists on both sides, changed on both: the caller asks the user which to keep. */
export interface ImportConflict {
  local: Note;
  incoming: Note;
}

/** The merge plan: what to add, what to replace, what to skip and what to ask about. */
export interface ImportPlan {
  /** Ids not stored yet: add them. */
  new: Note[];
  /** Stored notes that the incoming copy supersedes (it was modified later): replace them. */
  updated: Note[];
  /** Identical to the stored note: nothing to do. */
  duplicate: Note[];
  /** Different, and the stored note was modified at the same time or later: never replaced without asking. */
  conflict: ImportConflict[];
}

/** A JSON text of a value with object keys sorted, so that key order does not make equal notes differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether two notes are the same in every field (key order and absent-versus-undefined aside). */
export function sameNote(a: Note, b: Note): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Sorts incoming notes by id against the stored ones. Identical → duplicate. Otherwise the modification times
 * decide: an incoming note modified later than the stored one (so the stored one has not changed since the incoming
 * copy was last edited) → updated; a stored note modified at the same time or later → conflict, for the caller to
 * ask about. Without a common ancestor two copies edited apart cannot be merged safely, so none is.
 */
export function planImport(existing: readonly Note[], incoming: readonly Note[]): ImportPlan {
  const local = new Map(existing.map((n) => [n.id, n]));
  const plan: ImportPlan = { new: [], updated: [], duplicate: [], conflict: [] };
  for (const note of incoming) {
    const stored = local.get(note.id);
    if (!stored) plan.new.push(note);
    else if (sameNote(stored, note)) plan.duplicate.push(note);
    else if (note.modified > stored.modified) plan.updated.push(note);
    else plan.conflict.push({ local: stored, incoming: note });
  }
  return plan;
}
