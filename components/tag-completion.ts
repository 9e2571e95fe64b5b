// Completion for a comma-separated tag field: suggestions for the tag being typed, and applying one.
import { cleanTags } from '../core/notes/note';

/** Splits a comma-separated tag field into clean tags. */
export function parseTags(field: string): string[] {
  return cleanTags(field.split(','));
}

/** Existing tags that start with (else contain) the tag being typed (after the last comma), not already chosen. */
export function tagSuggestions(field: string, known: readonly string[], limit = 6): string[] {
  const parts = field.split(',');
  const typed = (parts[parts.length - 1] ?? '').trim().toLowerCase();
  if (!typed) return [];
  const chosen = new Set(parts.slice(0, -1).map((t) => t.trim().toLowerCase()));
  const open = known.filter((t) => !chosen.has(t.toLowerCase()) && t.toLowerCase() !== typed);
  const starts = open.filter((t) => t.toLowerCase().startsWith(typed));
  const contains = open.filter((t) => !t.toLowerCase().startsWith(typed) && t.toLowerCase().includes(typed));
  return [...starts, ...contains].slice(0, limit);
}

/** Replaces the tag being typed with `tag`, ready for the next one. */
export function applySuggestion(field: string, tag: string): string {
  const parts = field.split(',');
  parts[parts.length - 1] = (parts.length > 1 ? ' ' : '') + tag;
  return parts.join(',') + ', ';
}
