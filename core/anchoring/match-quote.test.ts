// Tests the quote matcher on page text that changes as real pages do, and that it orphans rather than misplaces.
import { describe, expect, it } from 'vitest';
import { contextAgrees, matchQuote } from './match-quote';
import { prepareText, squeeze } from './squeezed-text';

const P1 = 'The UN Security Council adopted resolution 2397 in December 2017, capping refined petroleum imports.';
const P2 = 'Ship-to-ship transfers off the coast of Nampo let tankers evade the cap on refined petroleum products.';
const P3 = 'The Panel of Experts reported that Pyongyang earned hundreds of millions from cyber theft last year.';
const PAGE = [P1, P2, P3].join('\n\n');

/** Records a quote the way page/selection.ts does: 32 characters of context either side. */
function quoteAt(text: string, exact: string, from = 0) {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  const end = start + exact.length;
  return {
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    start,
  };
}

describe('matchQuote', () => {
  it('finds a quote on the unchanged text exactly where it was', () => {
    const { quote, start } = quoteAt(PAGE, 'tankers evade the cap');
    expect(matchQuote(PAGE, quote, start)).toMatchObject({ start, end: start + quote.exact.length, kind: 'exact' });
  });

  it('ignores whitespace and line-break changes, keeping the quote’s own spaces', () => {
    const { quote } = quoteAt(PAGE, 'Ship-to-ship transfers off the coast');
    const reflowed = PAGE.replace(/ /g, '  ').replace('transfers off', 'transfers\n      off');
    const m = matchQuote(reflowed, { ...quote, exact: ' ' + quote.exact }, 0);
    expect(m?.kind).toBe('exact');
    expect(squeeze(reflowed.slice(m!.start, m!.end))).toBe(squeeze(quote.exact));
    expect(reflowed.slice(m!.start, m!.end)).toMatch(/^\s+Ship/);
  });

  it('finds a quote after a paragraph was inserted before it, despite the stale position', () => {
    const { quote, start } = quoteAt(PAGE, 'Panel of Experts reported');
    const changed = 'Advertisement: subscribe for daily sanctions news.\n\n' + PAGE;
    const m = matchQuote(changed, quote, start);
    expect(m?.kind).toBe('exact');
    expect(changed.slice(m!.start, m!.end)).toBe(quote.exact);
  });

  it('finds a quote with a changed word approximately, at the right place', () => {
    const { quote } = quoteAt(PAGE, 'reported that Pyongyang earned hundreds of millions from cyber theft');
    const changed = PAGE.replace('hundreds', 'billions');
    const m = matchQuote(changed, quote);
    expect(m?.kind).toBe('fuzzy');
    expect(changed.slice(m!.start, m!.end)).toContain('Pyongyang earned billions of millions');
  });

  it('finds a moved paragraph', () => {
    const { quote, start } = quoteAt(PAGE, 'Ship-to-ship transfers off the coast');
    const moved = [P1, P3, P2].join('\n\n');
    const m = matchQuote(moved, quote, { positions: [start], context: P2 });
    expect(moved.slice(m!.start, m!.end)).toBe(quote.exact);
  });

  it('finds a moved whole paragraph only where the page says its paragraph is the recorded one', () => {
    const { quote, start } = quoteAt(PAGE, P2);
    const moved = [P1, P3, P2].join('\n\n');
    // The old neighbours now stand side by side: as far as the text can tell, the quote was taken out.
    expect(matchQuote(moved, quote, { positions: [start], context: P2 })).toBeNull();
    const paragraphAt = (at: number) =>
      [P1, P3, P2].find((p) => moved.indexOf(p) <= at && at < moved.indexOf(p) + p.length);
    const m = matchQuote(moved, quote, { positions: [start], context: P2, paragraphAt });
    expect(m).toMatchObject({ start: moved.indexOf(P2), kind: 'exact' });
    // A copy in a paragraph that is not the recorded one gets no such help.
    expect(matchQuote(moved, quote, { positions: [start], context: P2, paragraphAt: () => P1 })).toBeNull();
  });

  it('orphans a deleted quote although an identical copy stands elsewhere in other words', () => {
    const long = 'transfers off the coast of Nampo let tankers evade';
    const copy = `Analysts say ships ${long} controls.`;
    const page = [P1, P2, P3, copy].join('\n\n');
    const { quote, start } = quoteAt(page, long);
    expect(matchQuote(page, quote, start)?.start).toBe(start);
    const deleted = page.replace(`Ship-to-ship ${long}`, 'Ship-to-ship');
    expect(matchQuote(deleted, quote, start)).toBeNull();
  });

  it('does not pick between far copies whose context agrees about as well', () => {
    const a = 'Menu: Facebook Twitter Email. Share this story on';
    const b = 'Footer: Facebook Twitter Email. Follow our pages on';
    const page = [a, P1, b].join('\n');
    const quote = { exact: 'Facebook Twitter', prefix: 'Header: ', suffix: ' Email. Share this page on' };
    // Each copy keeps some of the suffix; neither is where the quote was, and neither stands out.
    expect(matchQuote(page, quote, page.length)).toBeNull();
    // The same quote with only one copy agreeing clearly is found.
    const one = [a, P1, 'Footer: Facebook Twitter'].join('\n');
    expect(matchQuote(one, quote, one.length)?.start).toBe(one.indexOf('Facebook'));
  });

  it('trusts the recorded paragraph only when it stands once, and where the quote was taken out, when long or moved', () => {
    const lines = (text: string) => (at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1).split('\n')[0];
    // A one-word item of a menu shown twice deleted: its old neighbours now meet, and the other menu's 'Hockey',
    // among the same neighbours, is a copy that was there all along.
    const menu = ['Sports news and results', 'Hockey', 'Travel guides and deals'];
    const page = [...menu, P1, P2, ...menu, P3].join('\n');
    const { quote, start } = quoteAt(page, 'Hockey', P1.length);
    const deleted = [...menu, P1, P2, menu[0], menu[2], P3].join('\n');
    const hints = (text: string) => ({ positions: [start], context: 'Hockey', paragraphAt: lines(text) });
    expect(matchQuote(deleted, quote, hints(deleted))).toBeNull();
    // Moved among other text, standing once, it is the same item.
    const once = [...menu, P1, P2, P3].join('\n');
    const item = quoteAt(once, 'Hockey');
    const elsewhere = [menu[0], menu[2], P1, 'Hockey', P2, P3].join('\n');
    const movedHints = { positions: [item.start], context: 'Hockey', paragraphAt: lines(elsewhere) };
    expect(matchQuote(elsewhere, item.quote, movedHints)?.start).toBe(elsewhere.indexOf('Hockey'));
    // A long paragraph moved is found by it.
    const long = 'Hockey: the league suspended two clubs for unpaid wages';
    const page2 = [P1, P2, long, P3].join('\n');
    const t2 = quoteAt(page2, long);
    const moved = [P1, long, P2, P3].join('\n');
    const at2 = { positions: [t2.start], context: long, paragraphAt: lines(moved) };
    expect(matchQuote(moved, t2.quote, at2)?.start).toBe(moved.indexOf(long));
    // A recorded paragraph standing twice on the page tells nothing.
    const twice = moved + '\n' + long;
    expect(matchQuote(twice, t2.quote, { ...at2, paragraphAt: lines(twice) })).toBeNull();
  });

  it('tells a moved quote from a deleted one by the copy count recorded with the note', () => {
    // A short whole-paragraph quote, a menu heading shown twice: its text alone cannot say which copy it is.
    const heading = 'VIDEO PICKS';
    const page = [P1, heading, P2, P3, heading].join('\n');
    const { quote, start } = quoteAt(page, heading);
    const hints = { positions: [start], context: heading, copies: 2 };
    // Deleted: a copy fewer than recorded, and its old neighbours meet: the copy left is the other one.
    const deleted = [P1, P2, P3, heading].join('\n');
    expect(matchQuote(deleted, quote, hints)).toBeNull();
    // Without the count the deletion cannot be told from a move either, and the engine does not guess.
    expect(matchQuote(deleted, quote, { ...hints, copies: undefined })).toBeNull();
    // A quote that stood once, moved: its place shows empty, and it still stands once.
    const once = [P1, heading, P2, P3].join('\n');
    const t = quoteAt(once, heading);
    const moved = [P1, P2, P3, heading].join('\n');
    const movedHints = { positions: [t.start], context: heading, copies: 1 };
    expect(matchQuote(moved, t.quote, movedHints)).toMatchObject({ start: moved.indexOf(heading), kind: 'exact' });
    // Recorded as standing twice, one copy now means the noted one is gone.
    expect(matchQuote(moved, t.quote, { ...movedHints, copies: 2 })).toBeNull();
    // Deleted where it stood once: nothing left to find.
    expect(matchQuote([P1, P2, P3].join('\n'), t.quote, movedHints)).toBeNull();
    // Moved among copies (two recorded, two now) with nothing else to tell them apart: an orphan, not a guess.
    const both = [P1, P2, heading, P3, heading].join('\n');
    expect(matchQuote(both, quote, hints)).toBeNull();
  });

  it('does not take a lone long copy for the quote when the recorded count says a copy is gone', () => {
    const long = 'transfers off the coast of Nampo let tankers evade';
    const page = [P1, `Ship-to-ship ${long} the cap.`, P3, `In other words: ${long} controls.`].join('\n');
    const { quote, start } = quoteAt(page, long);
    // Rewritten around the quote so that its place no longer shows, and the quote's own copy gone.
    const changed = [P1, 'A new paragraph replaces the old one entirely.', P3, `In other words: ${long} controls.`];
    const text = changed.join('\n');
    expect(matchQuote(text, quote, { positions: [start], copies: 1 })?.start).toBe(text.indexOf(long));
    expect(matchQuote(text, quote, { positions: [start], copies: 2 })).toBeNull();
  });

  it('does not take a quote pushed just past its old place for its own vacated place', () => {
    const { quote, start } = quoteAt(PAGE, 'Ship-to-ship transfers off the coast of Nampo');
    // 70 characters inserted before: the prefix's end is still within reach of the old position, the quote is not.
    const pushed = 'x'.repeat(70) + PAGE;
    expect(matchQuote(pushed, quote, start)).toMatchObject({ start: start + 70, kind: 'exact' });
  });

  it('anchors an edited quote where it was or nowhere, not on a copy elsewhere', () => {
    const bar = (where: string) => `${where} of the page: share this story on Facebook Twitter or by email.`;
    const page = [bar('Top'), P1, P2, bar('Bottom')].join('\n');
    const { quote, start } = quoteAt(page, 'Facebook Twitter');
    expect(matchQuote(page, quote, start)?.start).toBe(start);
    const edited = page.replace('Facebook Twitter', 'Facebook Mastodon');
    expect(matchQuote(edited, quote, start)).toMatchObject({ start, kind: 'fuzzy' });
    // Rewritten beyond recognition: its place still shows, so the copy at the bottom is not taken for it.
    const rewritten = page.replace('Facebook Twitter', 'the Fediverse');
    expect(matchQuote(rewritten, quote, start)).toBeNull();
    expect(matchQuote(rewritten, quote)?.start).toBe(rewritten.lastIndexOf('Facebook Twitter'));
  });

  it('finds a short quote edited in place where both sides still stand', () => {
    const { quote, start } = quoteAt(PAGE, 'cap on refined');
    const changed = PAGE.replace('cap on refined', 'cap on crude');
    const m = matchQuote(changed, quote, start);
    expect(m?.kind).toBe('fuzzy');
    expect(changed.slice(m!.start, m!.end)).toContain('crude');
    // A side changed too: not sure enough.
    const both = changed.replace('evade the', 'avoid the');
    expect(matchQuote(both, quote, start)).toBeNull();
    // Far from where it was: not looked for.
    expect(matchQuote(changed, quote, 0)).toBeNull();
  });

  it('orphans a deleted quote instead of anchoring it elsewhere', () => {
    const { quote, start } = quoteAt(PAGE, 'Ship-to-ship transfers');
    expect(matchQuote(PAGE.replace(P2, ''), quote, start)).toBeNull();
    // A short quote whose only remaining occurrence has different context is not trusted.
    const { quote: cap } = quoteAt(PAGE, 'refined petroleum', P1.length);
    const without = PAGE.replace('the cap on refined petroleum products', 'the cap on products');
    expect(matchQuote(without, cap)).toBeNull();
  });

  it('anchors a repeated phrase to the occurrence whose prefix and suffix match', () => {
    const { quote, start } = quoteAt(PAGE, 'refined petroleum', P1.length);
    const m = matchQuote(PAGE, quote);
    expect(m?.start).toBe(start);
    // Still right when the stale position hint points at the other occurrence.
    expect(matchQuote(PAGE, quote, PAGE.indexOf('refined petroleum'))?.start).toBe(start);
  });

  it('breaks ties between identical contexts by the position hint', () => {
    const text = 'x: sanctions apply. '.repeat(4);
    const third = 2 * 'x: sanctions apply. '.length + 3;
    expect(matchQuote(text, { exact: 'sanctions' }, third)?.start).toBe(third);
  });

  it('takes a copy of a short quote without context only right where the quote was', () => {
    const bar = 'Share this story on: Facebook Twitter. ';
    const page = bar.repeat(3) + P1;
    const second = page.indexOf('Facebook', bar.length);
    const quote = { exact: 'Facebook Twitter', prefix: '   ', suffix: '' };
    expect(matchQuote(page, quote, second)?.start).toBe(second);
    // Whitespace changed before it: still where it was, squeezed.
    expect(matchQuote(page.replace('Share this', 'Share   this'), quote, second)?.start).toBe(second + 2);
    // The second bar's links removed: the third bar's are a sentence on, which may be other text.
    const gone = page.slice(0, second) + page.slice(second + quote.exact.length);
    expect(matchQuote(gone, quote, second)).toBeNull();
    // A long quote without context that stands once identifies itself.
    expect(matchQuote(P1 + P2, { exact: P2 }, 0)?.start).toBe(P1.length);
  });

  it('does not accept an approximate match that is too different', () => {
    expect(matchQuote(PAGE, { exact: 'cyber heists by Lazarus', prefix: 'unrelated', suffix: 'text here' })).toBeNull();
    expect(matchQuote(PAGE, { exact: '   ' })).toBeNull();
    expect(matchQuote('', { exact: 'x' })).toBeNull();
  });

  it('says whether a span keeps the quote’s context', () => {
    const { quote, start } = quoteAt(PAGE, 'refined petroleum', P1.length);
    const p = prepareText(PAGE);
    expect(contextAgrees(p, quote, start, start + quote.exact.length)).toBe(true);
    const other = PAGE.indexOf('refined petroleum');
    expect(contextAgrees(p, quote, other, other + quote.exact.length)).toBe(false);
  });
});
