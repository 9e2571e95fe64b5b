// @vitest-environment jsdom
// Tests re-anchoring of recorded note targets on pages that change: reflowed, extended, edited, restructured.
import { beforeEach, describe, expect, it } from 'vitest';
import { squeeze } from '../../core/anchoring/squeezed-text';
import type { NoteTarget } from '../../core/notes/note';
import { describeRange } from '../selection';
import { anchorMany, anchorTarget, indexText, rangeFromOffsets, resolveXPath } from './anchor';

const ARTICLE = `
  <header><h1>Tankers and the petroleum cap</h1></header>
  <main>
    <p>The UN Security Council adopted resolution 2397 in December 2017, capping <b>refined petroleum</b> imports.</p>
    <p>Ship-to-ship transfers off Nampo let tankers evade the cap on refined petroleum products, the Panel said.</p>
    <p>The Panel of Experts reported that Pyongyang earned hundreds of millions of dollars from cyber theft.</p>
  </main>
  <script type="application/ld+json">{"description": "Panel: Pyongyang earned hundreds of millions"}</script>`;

function body(): HTMLElement {
  return document.body;
}

/** Selects the `nth` occurrence of `exact` in the page's text and records its target as the extension would. */
function record(exact: string, nth = 0): NoteTarget {
  const index = indexText(body());
  let at = -1;
  for (let i = 0; i <= nth; i++) at = index.text.indexOf(exact, at + 1);
  const range = rangeFromOffsets(index, at, at + exact.length)!;
  expect(range.toString()).toBe(exact);
  return describeRange(range, body())!;
}

function paragraph(n: number): HTMLElement {
  return document.querySelectorAll('main p')[n] as HTMLElement;
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('anchorTarget', () => {
  it('finds a quote on the unchanged page by its XPath range', () => {
    const target = record('Ship-to-ship transfers off Nampo');
    const anchor = anchorTarget(body(), target);
    expect(anchor?.kind).toBe('range');
    expect(anchor?.range.toString()).toBe(target.quote.exact);
  });

  it('finds a quote spanning elements', () => {
    const target = record('capping refined petroleum imports');
    expect(anchorTarget(body(), target)?.range.toString()).toBe(target.quote.exact);
  });

  it('survives whitespace and line-break changes', () => {
    const target = record('let tankers evade the cap on refined');
    const p = paragraph(1);
    p.textContent = p.textContent!.replace(/ /g, '\n      ');
    body().insertBefore(document.createTextNode('\n\n\t\t'), body().firstChild);
    const anchor = anchorTarget(body(), target);
    expect(anchor?.kind).toBe('exact-quote');
    expect(squeeze(anchor!.range.toString())).toBe(squeeze(target.quote.exact));
    expect(p.contains(anchor!.range.startContainer)).toBe(true);
  });

  it('survives a paragraph inserted before the quote', () => {
    const target = record('Pyongyang earned hundreds of millions');
    const ad = document.createElement('p');
    ad.textContent = 'Advertisement: subscribe to our sanctions newsletter for daily updates.';
    paragraph(2).before(ad);
    const anchor = anchorTarget(body(), target);
    expect(anchor?.kind).toBe('exact-quote');
    expect(anchor?.range.toString()).toBe(target.quote.exact);
    expect(paragraph(3).contains(anchor!.range.startContainer)).toBe(true);
  });

  it('finds a quote with a changed word approximately', () => {
    const target = record('Experts reported that Pyongyang earned hundreds of millions of dollars');
    paragraph(2).textContent = paragraph(2).textContent!.replace('hundreds', 'tens');
    const anchor = anchorTarget(body(), target);
    expect(anchor?.kind).toBe('fuzzy');
    expect(anchor?.range.toString()).toContain('Pyongyang earned tens of millions');
  });

  it('finds a moved paragraph', () => {
    const target = record(paragraph(1).textContent!);
    paragraph(2).after(paragraph(1));
    const anchor = anchorTarget(body(), target);
    expect(anchor?.range.toString()).toBe(target.quote.exact);
    expect(anchor?.range.startContainer.parentElement).toBe(paragraph(2));
  });

  it('falls back to the text position when wrapper elements break the XPath', () => {
    const target = record('Ship-to-ship transfers off Nampo');
    const main = document.querySelector('main')!;
    const wrapper = document.createElement('div');
    wrapper.append(...main.childNodes);
    main.append(wrapper);
    const anchor = anchorTarget(body(), target);
    expect(anchor?.kind).toBe('position');
    expect(anchor?.range.toString()).toBe(target.quote.exact);
  });

  it('orphans a deleted quote, even when script text still holds it', () => {
    const target = record('Pyongyang earned hundreds of millions');
    paragraph(2).remove();
    expect(anchorTarget(body(), target)).toBeNull();
  });

  it('records how many copies of the quote the visible page holds, script text left out', () => {
    expect(record('Pyongyang earned hundreds of millions').copies).toBe(1);
    expect(record('refined petroleum', 1).copies).toBe(2);
    expect(record('the Panel').copies).toBe(1);
    expect(record('Panel').copies).toBe(2);
  });

  it('finds a moved menu item by its copy count, and orphans it when deleted with a copy left elsewhere', () => {
    const menu = () => {
      const ul = document.createElement('ul');
      ul.innerHTML = '<li>World</li><li>Video picks</li><li>Opinion</li>';
      return ul;
    };
    document.querySelector('header')!.append(menu());
    const target = record('Video picks');
    expect(target.copies).toBe(1);
    const item = document.querySelector('li:nth-child(2)')!;
    paragraph(2).after(item);
    expect(anchorTarget(body(), target)?.range.startContainer.parentElement).toBe(item);
    // The page shows the menu again in its footer; then the header's item is deleted.
    document.body.innerHTML = ARTICLE;
    document.querySelector('header')!.append(menu());
    document.querySelector('main')!.after(menu());
    const twice = record('Video picks');
    expect(twice.copies).toBe(2);
    document.querySelector('header li:nth-child(2)')!.remove();
    expect(anchorTarget(body(), twice)).toBeNull();
  });

  it('anchors a repeated phrase to the occurrence its prefix and suffix describe', () => {
    const target = record('refined petroleum', 1);
    const ad = document.createElement('p');
    ad.textContent = 'Sponsored';
    paragraph(0).before(ad);
    const anchor = anchorTarget(body(), target);
    expect(anchor?.range.toString()).toBe('refined petroleum');
    expect(paragraph(2).contains(anchor!.range.startContainer)).toBe(true);
  });

  it('does not accept an XPath or position whose text is the quote in another context', () => {
    const target = record('tankers evade');
    const p = paragraph(1);
    const at = p.textContent!.indexOf('tankers evade');
    // Same offsets, same words there, different sentence around them.
    p.textContent = 'Q'.repeat(at) + 'tankers evade' + 'Q'.repeat(p.textContent!.length - at - 13);
    expect(body().textContent!.slice(target.position.start, target.position.end)).toBe('tankers evade');
    expect(anchorTarget(body(), target)).toBeNull();
  });
});

describe('anchorMany', () => {
  it('anchors many targets in order, the same as one by one', () => {
    const targets = ['resolution 2397', 'refined petroleum', 'cyber theft'].map((q) => record(q));
    const many = anchorMany(body(), [...targets, { ...targets[0]!, quote: { ...targets[0]!.quote, exact: 'gone' } }]);
    expect(many.map((a) => a?.range.toString() ?? null)).toEqual([...targets.map((t) => t.quote.exact), null]);
    expect(many.map((a) => a?.start)).toEqual([...targets.map((t) => anchorTarget(body(), t)?.start), undefined]);
  });
});

describe('resolveXPath and rangeFromOffsets', () => {
  it('resolves XPaths relative to the body or absolute from /html, and text() steps', () => {
    const p = paragraph(1);
    expect(resolveXPath(body(), '/main[1]/p[2]')).toBe(p);
    expect(resolveXPath(body(), '/html[1]/body[1]/main[1]/p[2]')).toBe(p);
    expect(resolveXPath(body(), '/MAIN/P[2]/text()[1]')).toBe(p.firstChild);
    expect(resolveXPath(body(), '/main[1]/p[9]')).toBeNull();
    expect(resolveXPath(body(), '/html[1]/head[1]')).toBeNull();
    expect(resolveXPath(body(), '/')).toBe(body());
  });

  it('maps textContent offsets to a range, excluding nothing', () => {
    const index = indexText(body());
    expect(index.text).toBe(body().textContent);
    const at = index.text.indexOf('refined petroleum');
    const range = rangeFromOffsets(index, at - 8, at + 17)!;
    expect(range.toString()).toBe('capping refined petroleum');
    expect(rangeFromOffsets(index, 0, index.text.length + 1)).toBeNull();
  });
});
