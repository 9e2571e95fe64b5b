// @vitest-environment jsdom
// Tests selection recording: text offsets as Range.toString counts them, paragraph context and XPaths.
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRange, paragraphText, quoteContext, textOffset, xpathFor } from './selection';

beforeEach(() => {
  document.body.innerHTML = `<main><h1>Title</h1><p id="a">One <b>two</b> three</p>
    <div id="d"><span>four</span><!-- note --><p>five <i>six</i></p></div></main>`;
});

/** The length Range.toString gives from the body's start to (container, offset): what textOffset must equal. */
function slow(container: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(document.body, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

describe('textOffset', () => {
  it('counts text before any boundary point as Range.toString does', () => {
    const points: [Node, number][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const size = node.nodeType === Node.TEXT_NODE ? (node as Text).data.length : node.childNodes.length;
      for (let offset = 0; offset <= size; offset++) points.push([node, offset]);
    }
    expect(points.length).toBeGreaterThan(40);
    for (const [node, offset] of points) expect(textOffset(document.body, node, offset)).toBe(slow(node, offset));
  });
});

describe('paragraphText', () => {
  it('is the text of the nearest paragraph-like element, whitespace runs as one space', () => {
    const b = document.querySelector('b')!;
    expect(paragraphText(b)).toBe('One two three');
    expect(paragraphText(document.querySelector('span')!)).toBe('four');
    expect(paragraphText(document.querySelector('#d')!)).toBe('fourfive six');
  });
});

describe('describeRange', () => {
  it('records quote, position, XPath range and context', () => {
    const range = document.createRange();
    const p = document.querySelector('#a')!;
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.lastChild!, 3);
    const target = describeRange(range, document.body)!;
    expect(target.quote.exact).toBe('e two th');
    expect(document.body.textContent!.slice(target.position.start, target.position.end)).toBe('e two th');
    expect(target.range).toMatchObject({ startContainer: xpathFor(p, document.body), startOffset: 2, endOffset: 10 });
    expect(target.context).toBe('One two three');
  });
});

describe('quoteContext', () => {
  it('records 32 characters either side', () => {
    const text = 'a'.repeat(50) + 'QUOTE' + 'b'.repeat(50);
    expect(quoteContext(text, 50, 55)).toEqual({ prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(quoteContext('xxQUOTEyy', 2, 7)).toEqual({ prefix: 'xx', suffix: 'yy' });
  });

  it('reaches past markup indentation to hold 32 visible characters, at most 1,000', () => {
    const indent = '\n' + ' '.repeat(40);
    const text = `Sport${indent}Hockey${indent}Culture and the arts section`;
    const start = text.indexOf('Hockey');
    const { prefix, suffix } = quoteContext(text, start, start + 6);
    expect(prefix).toBe(`Sport${indent}`);
    expect(suffix).toBe(`${indent}Culture and the arts section`);
    const far = 'w'.repeat(40) + ' '.repeat(2_000) + 'Q';
    expect(quoteContext(far, far.length - 1, far.length).prefix).toBe(' '.repeat(1_000));
  });
});
