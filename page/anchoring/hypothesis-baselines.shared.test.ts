// Re-anchors the Hypothesis client's regression annotations on the pages they were made on (../shared baselines).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { NoteTarget, RangeSelector, TextPositionSelector, TextQuoteSelector } from '../../core/notes/note';
import { anchorTarget } from './anchor';

const DIR = '../shared/anchoring/hypothesis-baselines';

type Selector = RangeSelector | TextPositionSelector | TextQuoteSelector;

interface Baseline {
  rows: { id?: string; target: { selector: Selector[] }[] }[];
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

describe.skipIf(!existsSync(DIR))('Hypothesis re-anchoring baselines', () => {
  it('has baselines to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    it(`re-anchors every annotation of ${name} to its exact quote`, () => {
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      const baseline = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Baseline;
      const body = new JSDOM(html).window.document.body;
      const targets = baseline.rows.map((row) => toTarget(row.target[0]!.selector));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        const anchor = anchorTarget(body, target);
        expect(anchor?.range.toString(), target.quote.exact).toBe(target.quote.exact);
        // The quote search alone, without XPath or a position, finds the same place.
        const byQuote = anchorTarget(body, { quote: target.quote, position: { ...target.position, start: 0, end: 0 } });
        expect(byQuote?.kind).toBe('exact-quote');
        expect(byQuote?.start).toBe(anchor?.start);
      }
    });
  }
});
