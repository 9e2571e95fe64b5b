// The benchmark's table and its targets with PASS/FAIL.
import { COPY, tallies, tally, type Tally } from './run';

/** Percentage with one decimal, or – for nothing counted. */
export const pct = (x: number, n: number): string => (n ? ((100 * x) / n).toFixed(1) : '–');
/** The median of `xs`. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const correct = (t: Tally) => (t.outcomes.exact + t.outcomes.fuzzy) / t.n;

/** Prints the per-change table (markdown). */
export function printTable(): void {
  console.log(
    '| change | notes | exact % | fuzzy-correct % | wrong % | orphaned % | found by range / position / quote / fuzzy | ms/note |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---|---:|');
  const all: Tally = { n: 0, ms: 0, outcomes: { exact: 0, fuzzy: 0, wrong: 0, orphan: 0 }, kinds: {} };
  const row = (name: string, t: Tally) => {
    const o = t.outcomes;
    const kinds = ['range', 'position', 'exact-quote', 'fuzzy'].map((k) => t.kinds[k] ?? 0).join(' / ');
    const cells = [name, t.n, ...[o.exact, o.fuzzy, o.wrong, o.orphan].map((x) => pct(x, t.n)), kinds];
    console.log(`| ${cells.join(' | ')} | ${(t.ms / t.n).toFixed(2)} |`);
  };
  for (const [name, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    row(name, t);
    all.n += t.n;
    all.ms += t.ms;
    for (const k of Object.keys(all.outcomes) as (keyof Tally['outcomes'])[]) all.outcomes[k] += t.outcomes[k];
    for (const [k, v] of Object.entries(t.kinds)) all.kinds[k] = (all.kinds[k] ?? 0) + v;
  }
  row('**all changes**', all);
}

/** Rows where the quote still stands on the page, unedited. */
const STILL = [
  '(a) unchanged',
  '(b) whitespace and line breaks',
  '(c) paragraph or advert inserted before',
  "(e) quote's paragraph moved",
  '(f) wrapper elements added',
];

/** The targets, each with whether it was met, from the table and the 500-note timing (ms; null: not run). */
export function targets(slowest: number | null, timedWhere: string): [boolean, string][] {
  const unchanged = tally('(a) unchanged');
  const worst = Math.min(...STILL.map((n) => correct(tally(n))));
  const still = STILL.map((n) => tally(n));
  const stillCorrect = still.reduce((s, t) => s + t.outcomes.exact + t.outcomes.fuzzy, 0);
  const stillN = still.reduce((s, t) => s + t.n, 0);
  const rows = [...tallies.values()];
  const wrong = rows.reduce((s, t) => s + t.outcomes.wrong, 0);
  const total = rows.reduce((s, t) => s + t.n, 0);
  const deleted = [tally('(g) quote deleted'), tally('(g) quote deleted' + COPY)];
  const delWrong = deleted.reduce((s, t) => s + t.outcomes.wrong, 0);
  const delOrphan = deleted.reduce((s, t) => s + t.outcomes.orphan, 0);
  const delN = deleted.reduce((s, t) => s + t.n, 0);
  return [
    [correct(unchanged) === 1, `100% on unchanged pages: ${pct(unchanged.n * correct(unchanged), unchanged.n)}%`],
    [
      worst >= 0.95,
      `≥ 95% correct where the quote still exists, in each of (a) (b) (c) (e) (f): worst ${(100 * worst).toFixed(1)}%, all together ${pct(stillCorrect, stillN)}%`,
    ],
    [wrong <= 0.005 * total, `≤ 0.5% wrong overall (every row): ${pct(wrong, total)}% (${wrong} of ${total})`],
    [
      delWrong <= 0.005 * delN,
      `deleted quote → orphan, not wrong (both (g) rows): ${pct(delOrphan, delN)}% orphaned, ${pct(delWrong, delN)}% wrong (${delWrong} of ${delN})`,
    ],
    slowest === null
      ? [false, '500 notes on one page anchored in ≤ 300 ms: not measured (--no-timing)']
      : [slowest <= 300, `500 notes on one page anchored in ≤ 300 ms (${timedWhere}): ${slowest.toFixed(1)} ms`],
  ];
}
