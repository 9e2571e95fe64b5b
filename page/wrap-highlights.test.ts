// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText, rangeFor } from './extract-text';
import { drawHighlights, highlightsSupported } from './highlight';
import { MARK_TAG } from './wrap-highlights';

const HTML =
  '<p>The MSMT said North <b>Ko</b>rea sent arms.</p><p><button>MSMT</button> <code>MSMT</code></p><div contenteditable="true">MSMT</div>';

function rangesOf(word: string): Range[] {
  const ex = extractText(document.body);
  const out: Range[] = [];
  for (let i = ex.text.indexOf(word); i >= 0; i = ex.text.indexOf(word, i + 1))
    out.push(rangeFor(ex, i, i + word.length)!);
  return out;
}

describe('wrapping fallback', () => {
  it('is used where the CSS Custom Highlight API is missing (as in jsdom)', () => {
    expect(highlightsSupported(window)).toBe(false);
  });

  it('wraps mentions, also across inline elements, skips widgets and code, and restores the page exactly', () => {
    document.body.innerHTML = HTML;
    // A button's and a code block's text are not extracted at all, nor an editable area's: add them by hand.
    const button = document.querySelector('button')!.firstChild as Text;
    const buttonRange = document.createRange();
    buttonRange.selectNodeContents(button);
    const groups = new Map([
      ['international-body', [...rangesOf('MSMT'), buttonRange]],
      ['state', rangesOf('North Korea')],
    ]);
    const drawn = drawHighlights(groups, window);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['MSMT', 'North ', 'Ko', 'rea']);
    expect(marks.every((m) => !m.closest('button, code, [contenteditable]'))).toBe(true);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);
    expect(drawn.count).toBe(2); // the button's range is refused
    drawn.clear();
    expect(document.body.innerHTML).toBe(HTML);
    expect(document.querySelector('p')!.childNodes.length).toBe(3);
  });
});
