// State shared by the content script's features: the highlighted mentions and who may open a note on them.
import { HighlightIndex } from '../../page/highlight-index';

/** The highlighted mentions on this page, in document order (written by the highlighter, read by the card). */
export const highlightIndex = new HighlightIndex();

type NoteOpener = (range: Range, entityIds: string[]) => Promise<void>;
let noteOpener: NoteOpener | null = null;

/** Registers the function that opens the note editor on a range (the note feature does this). */
export function setNoteOpener(opener: NoteOpener | null): void {
  noteOpener = opener;
}

/** Opens the note editor on a range with entities pre-linked; does nothing when the note feature is off. */
export function openNote(range: Range, entityIds: string[]): Promise<void> {
  return noteOpener ? noteOpener(range, entityIds) : Promise.resolve();
}
