// One measured page load: traced (main-thread tasks of the content script) or plain (the script's own marks).
import type { BenchBrowser } from './browsers';
import { hasMark, readMarks, waitForMark } from './in-page';
import { attribute, navigationStarts, startTrace, stopTrace, type Attribution } from './trace';

/** After the content script's last mark, wait this long for its trailing tasks (replies, listeners). */
const SETTLE_MS = 100;
/** The floor's script sets no mark: Chromium runs document_idle scripts by `load`; after it, wait this long. */
const FLOOR_SETTLE_MS = 250;

/** How long to wait for the frame after the highlights (a tab that is not shown has no frames). */
const PAINT_WAIT_MS = 3000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const debug = process.env.BENCH_DEBUG ? (line: string) => process.stderr.write(`  ${line}\n`) : () => {};

/** How to wait for a load to be complete. */
export interface LoadOptions {
  /** Wait for the content script's `sanctions-lens:done` mark (our extension) rather than a fixed settle time. */
  waitForDone: boolean;
  timeoutMs: number;
}

/** The outcome of one load. */
export interface LoadResult {
  ok: boolean;
  error?: string;
  /** The content script's marks (ms since navigation), read from the page. */
  marks: Record<string, number>;
}

async function load(b: BenchBrowser, url: string, options: LoadOptions): Promise<LoadResult> {
  try {
    // Not `load`: a saved page's failing subresources can hold it back for long on a busy machine.
    await b.page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
    if (options.waitForDone) {
      const done = await waitForMark(b.page, 'sanctions-lens:done', options.timeoutMs);
      // Highlights registered: their frame's mark may come after `done`.
      if (done && (await hasMark(b.page, 'sanctions-lens:drawn')))
        await waitForMark(b.page, 'sanctions-lens:painted', PAINT_WAIT_MS);
      await sleep(SETTLE_MS);
      const marks = await readMarks(b.page);
      return done ? { ok: true, marks } : { ok: false, error: 'no sanctions-lens:done mark', marks };
    }
    // document_idle scripts run by `load` at the latest.
    await b.page
      .waitForFunction(`document.readyState === 'complete'`, { polling: 50, timeout: options.timeoutMs })
      .catch(() => undefined);
    await sleep(FLOOR_SETTLE_MS);
    return { ok: true, marks: {} };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.split('\n')[0] : String(err), marks: {} };
  }
}

/** Loads `url` without tracing (the content script's marks give its own timings). */
export function loadPlain(b: BenchBrowser, url: string, options: LoadOptions): Promise<LoadResult> {
  return load(b, url, options);
}

/** A traced load: the outcome and the content script's share of the main thread (null if it did not run). */
export type TracedLoad = LoadResult & { attribution: Attribution | null };

/**
 * Loads each of `urls` in turn in one trace (one trace per page would spend more time flushing than loading), and
 * attributes to each page the content-script tasks between its navigation and the next one.
 */
export async function loadTracedBatch(b: BenchBrowser, urls: string[], options: LoadOptions): Promise<TracedLoad[]> {
  await startTrace(b.cdp);
  const results: LoadResult[] = [];
  for (const url of urls) {
    const t = Date.now();
    results.push(await load(b, url, options));
    debug(`${b.label} ${url.slice(url.lastIndexOf('/') + 1)}: ${Date.now() - t} ms`);
  }
  const t = Date.now();
  const events = await stopTrace(b.cdp);
  debug(`${b.label} trace of ${urls.length} loads: ${events.length} events, ${Date.now() - t} ms`);
  let after = -Infinity;
  const starts = urls.map((url) => {
    const t = navigationStarts(events, url).find((ts) => ts > after) ?? NaN;
    if (!Number.isNaN(t)) after = t;
    return t;
  });
  return results.map((result, i) => {
    const from = starts[i]!;
    if (Number.isNaN(from))
      return { ...result, ok: false, error: result.error ?? 'navigation not in the trace', attribution: null };
    const to = starts.slice(i + 1).find((t) => !Number.isNaN(t)) ?? Infinity;
    const attribution = attribute(events, from, to);
    if (result.ok && !attribution)
      return { ...result, ok: false, error: 'no content script in the trace', attribution };
    return { ...result, attribution };
  });
}

/** Loads `url` with tracing, and attributes the main-thread tasks of the extension's content script. */
export async function loadTraced(b: BenchBrowser, url: string, options: LoadOptions): Promise<TracedLoad> {
  return (await loadTracedBatch(b, [url], options))[0]!;
}

/** Milliseconds from `from` to `to` in `marks`, or NaN when one is missing. */
export function between(marks: Record<string, number>, from: string, to: string): number {
  const a = marks[`sanctions-lens:${from}`];
  const b = marks[`sanctions-lens:${to}`];
  return a === undefined || b === undefined ? NaN : b - a;
}
