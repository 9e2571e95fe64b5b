// The note model: W3C Web Annotation-style selectors on a page, with a comment, tags and entity links.
import type { PageIdentity } from '../page-identity';

/** W3C TextQuoteSelector: the quoted text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets into the page body's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A Range selector with XPath start and end containers, as the Hypothesis client records it. */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

/** Where a note sits on its page. */
export interface NoteTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  range?: RangeSelector;
  /** The text of the paragraph around the quote, to show the note in context when the page is gone. */
  context?: string;
  /**
   * How many times the quote's text (whitespace aside) stood in the page's visible text when the note was made, this
   * place included. Re-anchoring reads it to tell a quote that moved (as many copies as before) from one that was
   * deleted (a copy fewer). Absent in notes recorded before it was (they anchor without it).
   */
  copies?: number;
}

/** What kind of note: a bare highlight, a comment or a question. */
export type NoteKind = 'highlight' | 'comment' | 'question';

/** A saved note. */
export interface Note {
  id: string;
  page: PageIdentity;
  target: NoteTarget;
  kind: NoteKind;
  comment: string;
  tags: string[];
  entityIds: string[];
  /** Epoch milliseconds. */
  created: number;
  modified: number;
}

/** Limits on what a note may hold. */
export const NOTE_LIMITS = { quote: 5_000, context: 10_000, comment: 100_000, tags: 50, tag: 100, entities: 200 };

/** Cleans a list of tags: trimmed, single-spaced, no duplicates (case-insensitive), no empties. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, NOTE_LIMITS.tag);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, NOTE_LIMITS.tags);
}

/** Creates a note with a fresh id and timestamps. */
export function createNote(input: {
  page: PageIdentity;
  target: NoteTarget;
  comment: string;
  tags?: string[];
  entityIds?: string[];
  kind?: NoteKind;
  now?: number;
  id?: string;
}): Note {
  const now = input.now ?? Date.now();
  const comment = input.comment.slice(0, NOTE_LIMITS.comment);
  return {
    id: input.id ?? crypto.randomUUID(),
    page: input.page,
    target: input.target,
    kind: input.kind ?? (comment.trim() ? 'comment' : 'highlight'),
    comment,
    tags: cleanTags(input.tags ?? []),
    entityIds: [...new Set(input.entityIds ?? [])].slice(0, NOTE_LIMITS.entities),
    created: now,
    modified: now,
  };
}
