// Picks and records the benchmark's quotes on a page, as the extension records a selection.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { countCopies, squeeze, toSqueezed } from '../../core/anchoring/squeezed-text';
import type { NoteTarget } from '../../core/notes/note';
import { indexText, rangeFromOffsets, type TextIndex } from '../../page/anchoring/anchor';
import { describeRange, paragraphText, quoteContext, xpathFor } from '../../page/selection';
import { rand } from './random';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The 130 real pages the benchmark reads. */
export const DIR = resolve(ROOT, '..', 'shared', 'corpus', 'web-pages');
/** Text under these elements is never shown, so never quoted. */
export const HIDDEN = 'script,style,noscript,template';
/** Shortest and longest quote, in characters. */
export const QUOTE_LENGTH = { min: 10, max: 320 };

/** A recorded quote and its place, tracked through a change by text node and offset. */
export interface Quote {
  target: NoteTarget;
  /** The quote's text occurs only once on the page. */
  unique: boolean;
  sn: Text;
  so: number;
  en: Text;
  eo: number;
}

/** Counters printed under the table. */
export const stats = { describeRangeChecks: 0, twinsSkipped: 0 };

/** Parses a corpus page without running scripts or printing CSS errors. */
export function parse(file: string): JSDOM {
  return new JSDOM(readFileSync(join(DIR, file), 'utf8'), { virtualConsole: new VirtualConsole() });
}

/**
 * Candidate quotes: 10–320 characters of visible text (`visible[i]`), starting and ending at word boundaries.
 * Shared by the jsdom run and the Chromium timing.
 */
export function* spans(text: string, visible: Uint8Array): Generator<[number, number]> {
  for (let tries = 0; tries < 100_000; tries++) {
    let s = Math.floor(rand() * text.length);
    while (s > 0 && /\S/.test(text[s - 1]!)) s--;
    while (s < text.length && /\s/.test(text[s]!)) s++;
    let e = Math.min(text.length, s + QUOTE_LENGTH.min + Math.floor(rand() * 291));
    while (e < text.length && /\S/.test(text[e]!)) e++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e - s < QUOTE_LENGTH.min || e - s > QUOTE_LENGTH.max || visible.subarray(s, e).includes(0)) continue;
    yield [s, e];
  }
}

/** 1 for each character of the index's text that is not inside script, style, noscript or template. */
export function visibility(index: TextIndex): Uint8Array {
  const visible = new Uint8Array(index.text.length);
  index.nodes.forEach((n, i) => {
    if (!n.parentElement?.closest(HIDDEN)) visible.fill(1, index.starts[i]!, index.starts[i]! + n.data.length);
  });
  return visible;
}

function elementStart(index: TextIndex, el: Element): number {
  const first = el.ownerDocument.createTreeWalker(el, 0x4).nextNode();
  return index.starts[index.nodeIndex.get(first!)!]!;
}

/**
 * Records [s, e) exactly as page/selection.ts's describeRange does, but counts offsets with the text index:
 * describeRange counts them with Range.toString, which jsdom runs in ~1 s per note on large pages.
 * Spot checks compare the two on small pages.
 */
function record(index: TextIndex, body: HTMLElement, range: Range, s: number, e: number): NoteTarget {
  const [startEl, endEl] = [range.startContainer.parentElement!, range.endContainer.parentElement!];
  const target: NoteTarget = {
    quote: {
      type: 'TextQuoteSelector',
      exact: index.text.slice(s, e),
      ...quoteContext(index.text, s, e),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
    range: {
      type: 'RangeSelector',
      startContainer: xpathFor(startEl, body),
      startOffset: s - elementStart(index, startEl),
      endContainer: xpathFor(endEl, body),
      endOffset: e - elementStart(index, endEl),
    },
    context: paragraphText(startEl),
    copies: countCopies(index.prepared.squeezed, squeeze(index.text.slice(s, e))),
  };
  if (stats.describeRangeChecks < 20 && index.text.length < 30_000) {
    stats.describeRangeChecks++;
    if (JSON.stringify(describeRange(range, body)) !== JSON.stringify(target))
      throw new Error('record ≠ describeRange');
  }
  return target;
}

/**
 * True when a copy of `quote` beside the one at squeezed offset `at` of `all` (overlapping or adjacent, as in
 * "Share Share") can be deleted instead, leaving the same text: after a deletion no selector can say which went.
 */
function deletesAlike(all: string, quote: string, at: number): boolean {
  const n = quote.length;
  const from = Math.max(0, at - 2 * n);
  const w = all.slice(from, at + 3 * n);
  const i = at - from;
  const mine = w.slice(0, i) + w.slice(i + n);
  for (let j = w.indexOf(quote, Math.max(0, i - n)); j >= 0 && j <= i + n; j = w.indexOf(quote, j + 1)) {
    if (j !== i && w.slice(0, j) + w.slice(j + n) === mine) return true;
  }
  return false;
}

/**
 * Picks and records `count` quotes, skipping twins: copies of the quote with the same 32 characters either side,
 * in an identical paragraph, or right beside it so that deleting either leaves the same text, which no selector can
 * tell apart.
 */
export function makeQuotes(body: HTMLElement, count: number): Quote[] {
  const index = indexText(body);
  const all = index.prepared.squeezed;
  const twice = (x: string) => all.indexOf(x) !== all.lastIndexOf(x);
  const out: Quote[] = [];
  for (const [s, e] of spans(index.text, visibility(index))) {
    if (out.length >= count) break;
    const range = rangeFromOffsets(index, s, e)!;
    const target = record(index, body, range, s, e);
    const quote = squeeze(target.quote.exact);
    const at = toSqueezed(index.prepared, s);
    const key = all.slice(Math.max(0, at - 32), toSqueezed(index.prepared, e) + 32);
    const paragraph = squeeze(target.context ?? '');
    if (twice(key) || (paragraph.includes(quote) && twice(paragraph)) || deletesAlike(all, quote, at)) {
      stats.twinsSkipped++;
      continue;
    }
    const [sn, en] = [range.startContainer as Text, range.endContainer as Text];
    out.push({ target, unique: !twice(quote), sn, so: range.startOffset, en, eo: range.endOffset });
  }
  return out;
}
