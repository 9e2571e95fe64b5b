// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText, extractTextChunked, RangeMaker, rangeFor, TextExtractor } from './extract-text';

const HTML =
  '<h1>North Korea</h1><div>The <b>MSMT</b> said<div>nested <i>block</i></div>after</div>' +
  '<p hidden>hidden</p><p aria-hidden="true">aria</p><p contenteditable="">edit <b>me</b></p>' +
  '<ul><li>one</li><li></li><li>two<br>three</li></ul><span data-sanctions-lens-ui="">ui</span><p>end</p>';

describe('TextExtractor', () => {
  it('separates blocks, skips hidden, editable and own-UI parts', () => {
    document.body.innerHTML = HTML;
    expect(extractText(document.body).text).toBe('North Korea\nThe MSMT said\nnested block\nafter\none\ntwothree\nend');
  });

  it('gives the same text and segments when read a few nodes at a time', () => {
    document.body.innerHTML = HTML.repeat(20);
    const whole = extractText(document.body);
    const extractor = new TextExtractor(document.body);
    let calls = 0;
    // Stops at every look at the clock: the walk must resume exactly where it was.
    while (!extractor.run(() => true)) calls++;
    expect(calls).toBeGreaterThan(2);
    const sliced = extractor.result();
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.node.data, s.start])).toEqual(
      whole.segments.map((s) => [s.node.data, s.start]),
    );
  });

  it('reads nothing of a document in design mode', () => {
    document.body.innerHTML = '<p>North Korea</p>';
    document.designMode = 'on';
    try {
      expect(extractText(document.body).text).toBe('');
    } finally {
      document.designMode = 'off';
    }
  });

  it('reads in slices that yield, and stops when aborted', async () => {
    document.body.innerHTML = HTML.repeat(50);
    let t = 0;
    const now = () => (t += 1); // every look at the clock takes 1 ms: slices of 8 ms stop after a few looks
    const done = await extractTextChunked(document.body, new AbortController().signal, 8, now);
    expect(done?.text).toBe(extractText(document.body).text);
    const aborted = new AbortController();
    aborted.abort();
    expect(await extractTextChunked(document.body, aborted.signal, 8, now)).toBeNull();
  });

  it('makes static spans that the page edits do not move', () => {
    document.body.innerHTML = '<p>The MSMT said</p>';
    const ex = extractText(document.body);
    const span = rangeFor(ex, 4, 8, 'static')!;
    expect(span).toBeInstanceOf(StaticRange);
    expect([span.startOffset, span.endOffset]).toEqual([4, 8]);
    (document.querySelector('p')!.firstChild as Text).insertData(0, 'Yes. ');
    expect([span.startOffset, span.endOffset]).toEqual([4, 8]);
    expect(rangeFor(ex, 4, 8)).toBeInstanceOf(Range);
  });

  it('makes with a cursor the same ranges as one search per span, spans in text order or not', () => {
    document.body.innerHTML = HTML;
    const ex = extractText(document.body);
    const spans: [number, number][] = [];
    for (let a = 0; a < ex.text.length; a++)
      for (let b = a + 1; b <= Math.min(ex.text.length, a + 12); b++) spans.push([a, b]);
    const describe = (r: AbstractRange | null) =>
      r && [(r.startContainer as Text).data, r.startOffset, (r.endContainer as Text).data, r.endOffset];
    const maker = new RangeMaker(ex, 'live');
    for (const [a, b] of spans) expect(describe(maker.make(a, b))).toEqual(describe(rangeFor(ex, a, b)));
    const backwards = new RangeMaker(ex, 'static');
    for (const [a, b] of spans.reverse()) expect(describe(backwards.make(a, b))).toEqual(describe(rangeFor(ex, a, b)));
  });
});
