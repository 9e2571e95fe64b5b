// @vitest-environment jsdom
// Tests the one-walk page reader: the model's blocks and containers, link statistics, and the text for highlighting.
import { describe, expect, it } from 'vitest';
import { CONTAINER } from '../core/analysis/page-model';
import { extractText } from './extract-text';
import { isSpace, PageReader, readPageModel } from './page-reader';
import { visibleText } from './visible-text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const PAGE =
  '<header><nav class="menu"><a href="/">Home</a> <a href="/w">World</a></nav></header>' +
  '<main><article class="story"><h1>Title here</h1><p>North <b>Korea</b>\n  evaded <a href="/s">the sanctions on oil</a>.</p>' +
  '<div>Line one<br>line two</div><pre>code DPRK</pre><p aria-hidden="true">Teaser</p>' +
  '<p contenteditable="true">Draft</p></article></main>' +
  '<form><select><option>North Korea</option></select></form><div role="option">North Korea</div>' +
  '<aside><a href="/r">Four words long headline</a></aside><script>var DPRK = 1;</script>';

describe('PageReader', () => {
  it('reads the blocks of visible text that visibleText reads, white space collapsed', () => {
    const doc = parse(PAGE);
    const model = readPageModel(doc.body);
    expect(model.blocks.map((b) => b.text).join('\n')).toBe(visibleText(doc.body).replace(/\n(?=evaded)/, ' '));
    expect(model.blocks.map((b) => b.text)).toContain('North Korea evaded the sanctions on oil .');
  });

  it('records containers with their tag, parent and furniture flags', () => {
    const model = readPageModel(parse(PAGE).body);
    const byTag = (tag: string) => model.containers.filter((c) => c.tag === tag);
    expect(byTag('NAV')[0]!.flags & CONTAINER.chromeTag).toBeTruthy();
    expect(byTag('NAV')[0]!.flags & CONTAINER.unlikely).toBeTruthy();
    expect(byTag('ASIDE')[0]!.flags & CONTAINER.chromeTag).toBeTruthy();
    expect(byTag('FORM')[0]!.flags & CONTAINER.chromeTag).toBeTruthy();
    expect(byTag('DIV')[0]!.flags & CONTAINER.hasBr).toBeTruthy();
    const article = model.containers.findIndex((c) => c.tag === 'ARTICLE');
    expect(model.containers[article]!.classWeight).toBe(25);
    const h1 = model.containers.findIndex((c) => c.tag === 'H1');
    expect(model.containers[h1]!.parent).toBe(article);
    const teaser = model.blocks.find((b) => b.text === 'Teaser')!;
    expect(model.containers[teaser.container]!.flags & CONTAINER.ariaHidden).toBeTruthy();
  });

  it('counts link text and headline-like links', () => {
    const model = readPageModel(parse(PAGE).body);
    expect(model.linkLength).toBe('Home'.length + 'World'.length + 'the sanctions on oil'.length + 24);
    expect(model.teaserLinks).toBe(2);
    const para = model.blocks.find((b) => b.text.startsWith('North Korea'))!;
    expect(para.linkChars).toBeGreaterThan(15);
    expect(para.linkChars).toBeLessThan(25);
  });

  it('measures link texts as their white space collapsed and trimmed, the first 2,000 characters of each', () => {
    const long = 'x'.repeat(1995) + ' \u00a0 yy zz';
    const doc = parse(
      `<p><a href="/1">\t One\u00a0\u2003two <b> three\n</b>\u3000</a></p><p><a href="/2"> \n </a></p>` +
        `<p><a href="/3">北朝鮮に対する制裁の新しい報告書が発表</a></p><p><a href="/4">${long}</a></p>`,
    );
    const model = readPageModel(doc.body);
    // As the first draft measured them: sliced, white-space runs replaced by one space, trimmed, split on spaces.
    const texts = ['\t One\u00a0\u2003two  three\n\u3000', ' \n ', '北朝鮮に対する制裁の新しい報告書が発表', long];
    const collapsed = texts.map((t) => t.slice(0, 2000).replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(model.linkLength).toBe(collapsed.reduce((n, t) => n + t.length, 0));
    // 'One two three': 3 words, not a teaser; the Japanese headline: 12 dense characters or more; the long one: 2 words.
    expect(model.teaserLinks).toBe(1);
  });

  it('reads white space as a regular expression does', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('reads the text for highlighting in the same walk, as extractText does', () => {
    const doc = parse(PAGE);
    const reader = new PageReader(doc.body, { highlight: true });
    reader.run();
    const mine = reader.extracted();
    const theirs = extractText(doc.body);
    expect(mine.text).toBe(theirs.text);
    expect(mine.segments.map((s) => [s.node, s.start])).toEqual(theirs.segments.map((s) => [s.node, s.start]));
    expect(mine.text).not.toContain('Draft');
    expect(mine.text).not.toContain('code DPRK');
  });

  it('carries on where it stopped when run in slices', () => {
    const doc = parse(PAGE.repeat(20));
    const whole = readPageModel(doc.body);
    const reader = new PageReader(doc.body, { highlight: true });
    let calls = 0;
    while (!reader.run(() => ++calls % 2 === 0));
    expect(calls).toBeGreaterThan(2);
    expect(reader.model().blocks).toEqual(whole.blocks);
    expect(reader.extracted().text).toBe(extractText(doc.body).text);
  });
});
