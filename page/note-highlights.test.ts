// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeRange } from './selection';
import { noteHighlightCss, noteHighlightName, placeNotes, type NoteToPlace } from './note-highlights';

function select(text: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + text.length);
    return range;
  }
  throw new Error(`not found: ${text}`);
}

function noteOn(id: string, text: string): NoteToPlace {
  return { id, kind: 'comment', target: describeRange(select(text), document.body)! };
}

describe('placeNotes', () => {
  it('places notes whose text is there and leaves the rest as orphans, in order', () => {
    document.body.innerHTML =
      '<main><p id="a">North Korea shipped millions of artillery shells to Russia.</p>' +
      '<p id="b">The Panel of Experts was disbanded in April 2024.</p></main>';
    const a = noteOn('a', 'millions of artillery shells');
    const b = noteOn('b', 'Panel of Experts was disbanded');
    document.getElementById('b')!.remove();
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p>Advertisement: buy now.</p>');
    const { placed, orphans } = placeNotes(document.body, [a, b]);
    expect(placed.map((p) => [p.id, p.range.toString()])).toEqual([['a', 'millions of artillery shells']]);
    expect(orphans).toEqual(['b']);
  });
});

describe('note highlight styles', () => {
  it('styles each kind under its own name, apart from the entity highlights', () => {
    const css = noteHighlightCss();
    for (const kind of ['highlight', 'comment', 'question'] as const) {
      expect(css).toContain(`::highlight(${noteHighlightName(kind)})`);
    }
    expect(noteHighlightName('comment')).toBe('sanctions-lens-note-comment');
    expect(css).toMatch(/text-decoration: underline/);
  });
});
