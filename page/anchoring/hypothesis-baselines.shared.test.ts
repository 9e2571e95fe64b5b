// Re-anchors the Hypothesis client's regression annotations on the pages they were made on (../shared baselines).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { squeeze } from '../../core/anchoring/squeezed-text';
import type { NoteTarget, RangeSelector, TextPositionSelector, TextQuoteSelector } from '../../core/notes/note';
import { anchorInIndex, anchorTarget, indexText } from './anchor';

const DIR = '../shared/anchoring/hypothesis-baselines';

type Selector = RangeSelector | TextPositionSelector | TextQuoteSelector;

interface Baseline {
  total: number;
  rows: { id?: string; target: { selector?: Selector[] }[] }[];
}

/** Turns a Hypothesis selector list into our note target. */
function toTarget(selectors: Selector[]): NoteTarget {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const range = selectors.find((s): s is RangeSelector => s.type === 'RangeSelector');
  if (!quote || !position) throw new Error('baseline annotation without quote or position selector');
  return { quote: { ...quote, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, position, range };
}

const names = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
  : [];

function load(name: string): { body: HTMLElement; targets: NoteTarget[]; total: number } {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const baseline = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Baseline;
  const body = new JSDOM(html).window.document.body;
  // Every target of every annotation: none is skipped.
  const targets = baseline.rows.flatMap((row) => row.target.map((t) => toTarget(t.selector ?? [])));
  return { body, targets, total: baseline.total };
}

describe.skipIf(!existsSync(DIR))('Hypothesis re-anchoring baselines', () => {
  it('has baselines to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    it(`re-anchors every annotation of ${name} to its exact quote`, () => {
      const { body, targets, total } = load(name);
      expect(targets.length).toBe(total);
      const anchors = targets.map((target) => anchorTarget(body, target));
      anchors.forEach((anchor, i) => expect(anchor?.range.toString()).toBe(targets[i]!.quote.exact));
      expect(anchors.filter(Boolean).length).toBe(total);
    });

    it(`finds every annotation of ${name} at the same place by its XPath range and by its quote alone`, () => {
      const { body, targets } = load(name);
      const index = indexText(body);
      for (const target of targets) {
        // Hypothesis counted some text positions on a slightly different text; the range and the quote agree.
        const nowhere = { ...target.position, start: 0, end: 0 };
        const byRange = anchorInIndex(index, { ...target, position: nowhere });
        const byQuote = anchorInIndex(index, { quote: target.quote, position: nowhere });
        expect(byRange?.kind, target.quote.exact).toBe('range');
        expect(byQuote?.kind).toBe('exact-quote');
        expect([byQuote?.start, byQuote?.end]).toEqual([byRange?.start, byRange?.end]);
        expect(index.text.slice(byQuote!.start, byQuote!.end)).toBe(target.quote.exact);
      }
    });

    it(`re-anchors every annotation of ${name} after the page changed before it`, () => {
      const { body, targets, total } = load(name);
      const doc = body.ownerDocument;
      const banner = doc.createElement('div');
      banner.textContent = 'Advertisement: a banner that pushes every text position along.';
      body.prepend(banner);
      for (const p of body.querySelectorAll('p')) p.before(doc.createTextNode('\n   '));
      const anchors = targets.map((target) => anchorTarget(body, target));
      anchors.forEach((anchor, i) => {
        expect(squeeze(anchor?.range.toString() ?? ''), targets[i]!.quote.exact).toBe(squeeze(targets[i]!.quote.exact));
      });
      expect(anchors.filter(Boolean).length).toBe(total);
    });
  }
});
