// Applies every change around every quote of a page, re-anchors the quote and judges where it landed.
import { squeeze } from '../../core/anchoring/squeezed-text';
import { anchorInIndex, indexText, type Anchor } from '../../page/anchoring/anchor';
import { CHANGES } from './changes';
import type { Quote } from './quotes';

/** How one re-anchoring came out. */
export type Outcome = 'exact' | 'fuzzy' | 'wrong' | 'orphan';

/** Counts for one row of the table. */
export interface Tally {
  n: number;
  /** Milliseconds spent anchoring (the page's text index excluded). */
  ms: number;
  outcomes: Record<Outcome, number>;
  kinds: Record<string, number>;
}

/** Suffix of the rows of (d) and (g) where the quote also stands elsewhere on the page, unchanged. */
export const COPY = ', quote also elsewhere';
/** The table's rows by name. */
export const tallies = new Map<string, Tally>();
/** Time spent building text indexes, printed under the table. */
export const indexing = { ms: 0, count: 0 };
const DEBUG = Boolean(process.env.BENCH_DEBUG);

/** The row called `name`, created empty when new. */
export function tally(name: string): Tally {
  if (!tallies.has(name))
    tallies.set(name, { n: 0, ms: 0, outcomes: { exact: 0, fuzzy: 0, wrong: 0, orphan: 0 }, kinds: {} });
  return tallies.get(name)!;
}

/**
 * Correct means at the quote's tracked place: an exact kind overlapping it with the quote's text (whitespace aside),
 * a fuzzy one sharing at least half of both spans. Any other anchor is wrong; so is any anchor of a deleted quote.
 */
export function judge(anchor: Anchor | null, intended: [number, number] | null, text: string, exact: string): Outcome {
  if (!anchor) return 'orphan';
  if (!intended) return 'wrong';
  const overlap = Math.min(anchor.end, intended[1]) - Math.max(anchor.start, intended[0]);
  if (anchor.kind !== 'fuzzy') {
    return overlap > 0 && squeeze(text.slice(anchor.start, anchor.end)) === squeeze(exact) ? 'exact' : 'wrong';
  }
  const half = overlap * 2 >= intended[1] - intended[0] && overlap * 2 >= anchor.end - anchor.start;
  return half ? 'fuzzy' : 'wrong';
}

/** Runs every change for every quote of `body`, undoing each, and counts the outcomes. */
export function runPage(body: HTMLElement, quotes: Quote[]): void {
  const original = body.textContent;
  const nodes = indexText(body).nodes;
  for (const [name, change] of Object.entries(CHANGES)) {
    for (const q of quotes) {
      const applied = change(body, { ...q }, nodes);
      if (!applied) continue;
      // Editing or deleting one copy of a quote that also stands elsewhere leaves the quote on the page.
      const t = tally(/^\((d|g)\)/.test(name) && !q.unique ? name + COPY : name);
      const began = performance.now();
      const index = indexText(body);
      const anchoring = performance.now();
      const anchor = anchorInIndex(index, q.target);
      t.ms += performance.now() - anchoring;
      indexing.ms += anchoring - began;
      indexing.count++;
      const { track } = applied;
      const at = (n: Text, o: number) => index.starts[index.nodeIndex.get(n)!]! + o;
      const intended: [number, number] | null = track && [at(track.sn, track.so), at(track.en, track.eo)];
      const outcome = judge(anchor, intended, index.text, q.target.quote.exact);
      t.n++;
      t.outcomes[outcome]++;
      if (anchor) t.kinds[anchor.kind] = (t.kinds[anchor.kind] ?? 0) + 1;
      if (DEBUG && (outcome === 'wrong' || (outcome === 'orphan' && intended))) {
        const show = (r: [number, number] | null) =>
          r ? JSON.stringify(index.text.slice(r[0], r[1]).slice(0, 100)) : '–';
        const quote = squeeze(q.target.quote.exact);
        const copies = index.prepared.squeezed.split(quote).length - 1;
        console.error(
          `${outcome} ${name} ${anchor?.kind ?? ''}: ${JSON.stringify(q.target.quote.exact.slice(0, 100))} (${quote.length} characters, ${q.target.copies} copies recorded, ${copies} now)`,
        );
        console.error(`  anchored ${show(anchor && [anchor.start, anchor.end])}, intended ${show(intended)}`);
        const around = (r: [number, number]) =>
          squeeze(index.text.slice(r[0] - 200, r[0])).slice(-32) +
          ' [] ' +
          squeeze(index.text.slice(r[1], r[1] + 200)).slice(0, 32);
        const { prefix, suffix } = q.target.quote;
        console.error(`  recorded ${squeeze(prefix).slice(-32)} [] ${squeeze(suffix).slice(0, 32)}`);
        if (anchor) console.error(`  anchored ${around([anchor.start, anchor.end])}`);
        if (intended) console.error(`  intended ${around(intended)}`);
      }
      applied.undo();
      if (body.textContent !== original) throw new Error(`${name}: undo did not restore the page`);
    }
  }
}
