// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText, rangeFor } from './extract-text';
import { describeRange, xpathFor } from './selection';

function doc(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('extractText', () => {
  it('joins inline text and separates blocks, skipping scripts, inputs and code', () => {
    const d = doc(
      '<p>North <b>Ko</b>rea</p><p>MSMT</p><script>DPRK()</script><textarea>DPRK</textarea><code>x</code><div contenteditable="true">Y</div>',
    );
    expect(extractText(d.body).text).toBe('North Korea\nMSMT');
  });

  it('maps extracted offsets back to DOM ranges across nodes', () => {
    const d = doc('<p>The North <b>Ko</b>rea case</p>');
    const ex = extractText(d.body);
    const start = ex.text.indexOf('North');
    const range = rangeFor(ex, start, start + 'North Korea'.length);
    expect(range?.toString()).toBe('North Korea');
  });
});

describe('describeRange', () => {
  it('records quote with context, position and an XPath range', () => {
    const d = doc('<main><p>First paragraph.</p><p>The MSMT said arms went to Russia.</p></main>');
    const p = d.querySelectorAll('p')[1]!;
    const text = p.firstChild as Text;
    const range = d.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 8);
    const target = describeRange(range, d.body)!;
    expect(target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'MSMT',
      prefix: 'First paragraph.The ',
      suffix: ' said arms went to Russia.',
    });
    const body = d.body.textContent!;
    expect(body.slice(target.position.start, target.position.end)).toBe('MSMT');
    expect(target.range).toMatchObject({ startContainer: '/main[1]/p[2]', startOffset: 4, endOffset: 8 });
    expect(target.context).toBe('The MSMT said arms went to Russia.');
    expect(xpathFor(p, d.body)).toBe('/main[1]/p[2]');
  });

  it('refuses an empty selection', () => {
    const d = doc('<p> </p>');
    const range = d.createRange();
    range.selectNodeContents(d.body);
    expect(describeRange(range, d.body)).toBeNull();
  });
});
