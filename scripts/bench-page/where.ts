// "Where the time goes": the content script's time per phase (by its marks) and its hottest functions (by samples).
import { max, median, ms, table } from './report';
import type { Attribution } from './trace';

const phase = (a: Attribution, p: string) => a.phases[p] ?? { cpu: 0, wall: 0 };

/** The content script's phases, by the mark that ends each. */
export const PHASES: [string, string][] = [
  ['boot', 'bootstrap script evaluated'],
  ['boot-fast-path', 'bootstrap: fast path (body text sample, trigger regex)'],
  ['init', 'full script injected and evaluated, features started'],
  ['start', 'settings loaded'],
  ['fast-path', 'fast path (body text sample, trigger regex)'],
  ['analyse', 'page content read: one walk (text, links, page model), main content found'],
  ['analysed', 'background analysis: message, matching, verdict, matches of the highlighting text (waiting)'],
  ['extracted', 'text of the body taken from the reading (else extracted again, in slices)'],
  ['matched', 'matches decoded (sent with the analysis; else a background match: message out, reply decoded)'],
  ['ranges', 'ranges created (in slices)'],
  ['drawn', 'index and CSS highlights registered'],
  ['done', 'report to the background (or the bootstrap ruled the page out)'],
  ['after', 'after the last mark (listeners, observers)'],
];

/** Elapsed ms from the previous mark (or the content script's first task) to the mark `p`; NaN without it. */
function elapsed(a: Attribution, p: string): number {
  const at = a.marks[`sanctions-lens:${p}`];
  if (at === undefined) return NaN;
  const before = Object.values(a.marks).filter((t) => t < at);
  return at - Math.max(0, ...before);
}

/**
 * Per phase and scenario: median thread time of the content script's tasks in the phase, and the median elapsed
 * time from the previous mark (which includes waiting: for the background's reply, for a core, for the page).
 */
export function phaseTable(columns: [string, Attribution[]][]): string {
  const cell = (as: Attribution[], f: (a: Attribution) => number) => (as.length ? ms(median(as.map(f))) : 'n/a');
  const rows = PHASES.map(([p, label]) => [
    `${p}: ${label}`,
    ...columns.map(
      ([, as]) => `${cell(as, (a) => phase(a, p).cpu)} / ${p === 'after' ? '-' : cell(as, (a) => elapsed(a, p))}`,
    ),
  ]);
  rows.push([
    'of which: largest message decode (a background reply)',
    ...columns.map(([, as]) => cell(as, (a) => max(a.tasks.map((t) => t.message)))),
  ]);
  rows.push([
    'of which: garbage collection',
    ...columns.map(([, as]) => cell(as, (a) => a.tasks.reduce((s, t) => s + t.gc, 0))),
  ]);
  return table(['phase (median: thread time / elapsed)', ...columns.map(([h]) => h)], rows);
}

/** A cell-safe excerpt of the built content script at `line:column` (1-based), to recognise minified functions. */
function excerpt(source: string[], frame: string): string {
  const m = / @ content-scripts\/content\.js:(\d+):(\d+)$/.exec(frame);
  if (!m) return '';
  const line = source[Number(m[1]) - 1] ?? '';
  return line.slice(Number(m[2]) - 1, Number(m[2]) + 69).replace(/[|`]/g, '¦');
}

/**
 * The functions with the most self time (on top of the stack) during the content script's tasks, mean ms per load,
 * with an excerpt of the (minified) content script where they start.
 */
export function hotTable(loads: Attribution[], contentScript: string, top = 10): string {
  const total = new Map<string, number>();
  for (const a of loads) for (const [frame, t] of a.hot) total.set(frame, (total.get(frame) ?? 0) + t);
  const lines = contentScript.split('\n');
  const rows = [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, t]) => [frame.replace(/[|`]/g, '¦'), ms(t / Math.max(1, loads.length)), excerpt(lines, frame)]);
  return table(['function (self time)', 'per load', 'content.js from there'], rows);
}
