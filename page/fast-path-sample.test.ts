// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  blockText,
  boundedText,
  fastPathPage,
  fastPathSample,
  LARGE_PAGE_SAMPLE_CHARS,
  MAX_INNER_TEXT_ELEMENTS,
  MIN_SEEN_CHARS,
  probeText,
  readFastPathSample,
} from './fast-path-sample';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the fast path sample', () => {
  it('reads the title, og:title, description and the body’s text', () => {
    const doc = parse(
      '<title>T</title><meta property="og:title" content="OG"><meta name="description" content="D">' +
        '<body><p>One</p>two<div>three</div></body>',
    );
    expect(fastPathSample(doc)).toBe('T\nOG\nD\nOnetwothree');
  });

  it('leaves out the body’s own scripts, styles, noscript and templates (code, not text)', () => {
    const doc = parse(
      '<body><p>Bread</p><script>var s = "North Korea";</script><style>.korea{}</style>' +
        '<noscript>DPRK</noscript><template>Pyongyang</template><p>Butter</p></body>',
    );
    expect(fastPathSample(doc)).toBe('\n\n\nBreadButter');
    expect(fastPathPage(doc).maybe).toBe(false);
    doc.body.insertAdjacentHTML('beforeend', '<aside>North Korea</aside>');
    expect(fastPathPage(doc).maybe).toBe(true);
  });

  it('stops reading after the children that fill the sample, and cuts it to size', () => {
    const doc = parse(`<body><p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p><p>North Korea</p></body>`);
    expect(fastPathSample(doc, 100)).toBe(`\n\n\n${'a'.repeat(60)}${'b'.repeat(40)}`);
    expect(fastPathPage(doc, 100).maybe).toBe(false);
    expect(fastPathPage(doc).maybe).toBe(true);
  });
});

describe('the sample of a rendered page', () => {
  const shown = `North Korea, as shown. ${'Visible words. '.repeat(20)}`;

  it('is what the reader sees (innerText) when the browser lays the page out, and the second stage reads it as is', () => {
    const doc = parse('<title>T</title><body><p>Hidden DPRK text</p></body>');
    Object.defineProperty(doc.body, 'innerText', { value: shown });
    const sample = readFastPathSample(doc, undefined, true);
    expect(sample).toEqual({ text: `T\n\n\n${shown}`, complete: true, seen: true });
    expect(probeText(doc, sample)).toBe(sample.text);
    expect(readFastPathSample(doc, 100, true)).toMatchObject({ complete: false, seen: true });
    // Without layout (Node, the command-line tool), the text of the DOM.
    expect(readFastPathSample(doc).text).toBe('T\n\n\nHidden DPRK text');
  });

  it('is the text of the DOM when the page shows almost nothing yet (hidden until its scripts reveal it)', () => {
    const doc = parse('<body><p>Hidden DPRK text</p></body>');
    Object.defineProperty(doc.body, 'innerText', { value: 'x'.repeat(MIN_SEEN_CHARS - 1) });
    expect(readFastPathSample(doc, undefined, true)).toEqual({ text: '\n\n\nHidden DPRK text', complete: true });
  });
});

describe('the second stage’s text', () => {
  it('holds the text with blocks apart and the sample, without code or form controls in the former', () => {
    const doc = parse(
      '<title>T</title><body><h1>North Korea sanctions</h1><p>Seoul <b>said</b><a>more</a>.</p>' +
        '<script>var k = "DPRK";</script><select><option>Kaesong</option></select>' +
        '<div hidden>Pyongyang</div></body>',
    );
    expect(blockText(doc.body).replace(/\s+/g, ' ').trim()).toBe('North Korea sanctions Seoul said more . Pyongyang');
    expect(blockText(doc.body)).toContain('sanctions\n');
    const sample = readFastPathSample(doc);
    expect(sample.text).toContain('sanctionsSeoul');
    const text = probeText(doc, sample)!;
    expect(text).toContain('sanctions\n');
    expect(text.endsWith(sample.text)).toBe(true);
    expect(text.split('DPRK')).toHaveLength(1 + Number(sample.text.includes('DPRK')));
  });

  it('uses innerText where the DOM has it', () => {
    const doc = parse('<body><p>North Korea</p><p>sanctions</p></body>');
    Object.defineProperty(doc.body, 'innerText', { value: 'AS SEEN' });
    expect(probeText(doc, readFastPathSample(doc))).toMatch(/^AS SEEN\n/);
  });

  it('gives nothing when the sample was cut short', () => {
    const doc = parse(`<body><p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p><p>North Korea</p></body>`);
    expect(readFastPathSample(doc, 100).complete).toBe(false);
    expect(probeText(doc, readFastPathSample(doc, 100))).toBeUndefined();
    expect(readFastPathSample(doc, 1000)).toEqual({ text: expect.stringContaining('North Korea'), complete: true });
    expect(probeText(doc, readFastPathSample(doc, 1000))).toContain('North Korea');
  });
});

describe('the sample of a page too large for innerText', () => {
  it('is read by a walk: in document order, blocks on lines of their own, without code', () => {
    const doc = parse(
      '<body><h1>North Korea</h1>sanctions<div><p>One <em>two</em></p><script>var x = 1;</script>' +
        '<style>p{}</style><p>three</p></div><template>t</template><!-- c --><p><![CDATA[x]]></p></body>',
    );
    expect(boundedText(doc.body, 1000)).toEqual({ text: '\nNorth Koreasanctions\n\nOne two\nthree\n', complete: true });
  });

  it('stops once it has read enough, and says so', () => {
    const doc = parse(`<body><div><p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p></div><p>North Korea</p></body>`);
    const read = boundedText(doc.body, 100);
    expect(read).toEqual({ text: `\n\n${'a'.repeat(60)}\n${'b'.repeat(60)}`, complete: false });
    // Only the body's nodes, even when the walk starts inside a document.
    expect(boundedText(doc.querySelector('div')!, 1000).text).not.toContain('North Korea');
  });

  it('is taken, never complete, when the page has more elements than innerText reads in a short task', () => {
    // With html, head, title, body and p: one element more than the limit.
    const many = '<span>North</span>'.repeat(MAX_INNER_TEXT_ELEMENTS - 4);
    const doc = parse(`<title>T</title><body><p>North Korea sanctions</p>${many}</body>`);
    Object.defineProperty(doc.body, 'innerText', {
      get: () => {
        throw new Error('innerText read');
      },
    });
    const sample = readFastPathSample(doc, 1000, true);
    expect(sample.complete).toBe(false);
    expect(sample.seen).toBeUndefined();
    expect(sample.text.startsWith('T\n\n\n\nNorth Korea sanctions')).toBe(true);
    expect(sample.text.length).toBeLessThanOrEqual(1000 + 4);
    expect(probeText(doc, sample)).toBeUndefined();
    // At most the first part of such a page, whatever the sample's size.
    const long = readFastPathSample(doc, 10 * LARGE_PAGE_SAMPLE_CHARS, true);
    expect(long.text.length).toBeLessThanOrEqual(LARGE_PAGE_SAMPLE_CHARS + 4);
    expect(long.text.length).toBeGreaterThan(LARGE_PAGE_SAMPLE_CHARS / 2);
    // One element fewer: innerText, as on any other page.
    doc.querySelector('span')!.remove();
    expect(() => readFastPathSample(doc, 1000, true)).toThrow('innerText read');
  });
});
