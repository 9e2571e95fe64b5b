// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fastPathPage, fastPathSample } from './fast-path-sample';

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
