// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fastPathPage, fastPathSample, readFastPathSample, readProbeText } from './fast-path-sample';

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

describe('the second stage’s text', () => {
  it('keeps blocks, links and hidden text apart as the page reader does, without code or form controls', () => {
    const doc = parse(
      '<title>T</title><body><h1>North Korea sanctions</h1><p>Seoul <b>said</b><a>more</a>.</p>' +
        '<script>var k = "DPRK";</script><select><option>North Korea</option></select>' +
        '<div hidden>Pyongyang</div></body>',
    );
    const { text, complete } = readProbeText(doc);
    expect(complete).toBe(true);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('T North Korea sanctions Seoul said more . Pyongyang');
    expect(text).toContain('sanctions\n');
    expect(text).not.toContain('DPRK');
  });

  it('says when it was cut short', () => {
    const doc = parse(`<body><p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p><p>North Korea</p></body>`);
    expect(readProbeText(doc, 100).complete).toBe(false);
    expect(readProbeText(doc, 1000).complete).toBe(true);
    expect(readFastPathSample(doc, 100).complete).toBe(false);
    expect(readFastPathSample(doc, 1000)).toEqual({ text: expect.stringContaining('North Korea'), complete: true });
  });
});
