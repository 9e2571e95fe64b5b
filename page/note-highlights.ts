// Places saved notes on a page and draws them as note highlights, apart from the entity highlights.
import type { NoteKind, NoteTarget } from '../core/notes/note';
import { anchorMany, type AnchorKind } from './anchoring/anchor';
import { drawHighlights, HIGHLIGHT_PREFIX, type DrawnHighlights } from './highlight';

/** A note to place: its id, kind and selectors. */
export interface NoteToPlace {
  id: string;
  kind: NoteKind;
  target: NoteTarget;
}

/** A note found on the page. */
export interface PlacedNote {
  id: string;
  kind: NoteKind;
  range: Range;
  how: AnchorKind;
}

/** The notes found on the page, in the given order, and the ids of those that were not (orphans). */
export interface Placement {
  placed: PlacedNote[];
  orphans: string[];
}

/** Anchors every note under `root`; a note that cannot be placed with confidence is an orphan, never guessed. */
export function placeNotes(root: HTMLElement, notes: readonly NoteToPlace[]): Placement {
  const anchors = anchorMany(
    root,
    notes.map((n) => n.target),
  );
  const placed: PlacedNote[] = [];
  const orphans: string[] = [];
  notes.forEach((note, i) => {
    const anchor = anchors[i];
    if (anchor) placed.push({ id: note.id, kind: note.kind, range: anchor.range, how: anchor.kind });
    else orphans.push(note.id);
  });
  return { placed, orphans };
}

/** The name of the CSS highlight of notes of a kind, e.g. `sanctions-lens-note-comment`. */
export const noteHighlightName = (kind: NoteKind) => `${HIGHLIGHT_PREFIX}note-${kind}`;

const NOTE_COLORS: Record<NoteKind, string> = {
  highlight: 'rgba(168, 85, 247, 0.22)',
  comment: 'rgba(168, 85, 247, 0.3)',
  question: 'rgba(236, 72, 153, 0.3)',
};

/**
 * CSS for the note highlights: a violet (questions: pink) background with a solid underline, so that a note reads
 * apart from the entity highlights (coloured backgrounds, no underline) even where both cover the same words.
 */
export function noteHighlightCss(): string {
  return (Object.keys(NOTE_COLORS) as NoteKind[])
    .map(
      (kind) =>
        `::highlight(${noteHighlightName(kind)}) { background-color: ${NOTE_COLORS[kind]}; ` +
        `text-decoration: underline 2px ${kind === 'question' ? '#be185d' : '#7e22ce'}; }`,
    )
    .join('\n');
}

/** Draws placed notes, one CSS highlight per kind (wrapping elements where the API is missing). */
export function drawNoteHighlights(placed: readonly PlacedNote[], win: Window = window): DrawnHighlights {
  const groups = new Map<string, Range[]>();
  for (const p of placed) {
    const group = `note-${p.kind}`;
    groups.set(group, [...(groups.get(group) ?? []), p.range]);
  }
  return drawHighlights(groups, win, (group) => NOTE_COLORS[group.slice('note-'.length) as NoteKind] ?? '#ddd');
}

/** The placed note drawn at a viewport point, if any (the last placed wins where notes overlap). */
export function noteAt(placed: readonly PlacedNote[], x: number, y: number): PlacedNote | null {
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.range.collapsed) continue;
    for (const r of p.range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return p;
    }
  }
  return null;
}
