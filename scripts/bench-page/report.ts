// Statistics and markdown formatting for the page benchmark's report.
import { seededRandom } from '../../core/seeded-random';

/** The q-quantile (0..1) of `xs` by linear interpolation; NaN for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return v[lo]! + (v[hi]! - v[lo]!) * (i - lo);
}

/** The median of `xs`. */
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** The largest finite value of `xs` (NaN for none). */
export function max(xs: readonly number[]): number {
  const v = xs.filter((x) => Number.isFinite(x));
  return v.length ? Math.max(...v) : NaN;
}

/** Milliseconds, with a precision that suits the size. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const digits = Math.abs(x) < 10 ? 2 : Math.abs(x) < 100 ? 1 : 0;
  return `${x.toFixed(digits)} ms`;
}

/** A ratio such as `12.3×`. */
export function ratio(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x >= 100 ? x.toFixed(0) : x.toFixed(x >= 10 ? 1 : 2)}×`;
}

/** A markdown table. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One target's verdict. */
export interface Check {
  name: string;
  pass: boolean;
  figure: string;
}

/** A PASS/FAIL line per target, and the number that failed. */
export function verdicts(checks: Check[]): { text: string; failed: number } {
  const text = checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.figure}`).join('\n');
  return { text, failed: checks.filter((c) => !c.pass).length };
}

/** `xs` in a seeded random order. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `n` items of `xs`, evenly spaced (all of them when n ≥ length). */
export function evenlySpaced<T>(xs: readonly T[], n: number): T[] {
  if (n >= xs.length) return [...xs];
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}
