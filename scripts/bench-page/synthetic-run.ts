// Measures a synthetic about-page: analysis and highlighting, the floor, mark.js, and the cost of later DOM edits.
import type { BenchBrowser } from './browsers';
import { domEdits, pageStats, runMarkJs, type EditTiming, type MarkJsTiming } from './in-page';
import { between, loadPlain, loadTraced, type LoadOptions } from './measure';
import { attribute, startTrace, stopTrace, type Attribution } from './trace';

/** The page DOM edits per batch. */
export const EDITS = 2000;
/** Batches of page DOM edits per load (each timed alone; the ratio compares the medians of all batches). */
export const EDIT_BATCHES = 3;
/** The pause before each batch, ms: the content script's work after its last mark (or its reaction to the last batch)
 * gets its tasks in, so that a batch is timed alone. */
const EDIT_PAUSE_MS = 250;
/** How long the extension's reaction to a batch of edits is traced, ms. */
export const REACTION_MS = 4000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One synthetic page's figures over all runs. */
export interface SyntheticResult {
  textNodes: number;
  /** Ranges registered in CSS highlights when our content script was done. */
  ranges: number;
  ours: Attribution[];
  floor: Attribution[];
  /** Untraced loads: content-script `init` to highlights registered (`drawn`), wall ms. */
  initToDrawn: number[];
  /** Untraced loads: the bootstrap's first mark (`boot`, its evaluation) to highlights registered, wall ms. */
  bootToDrawn: number[];
  /** Untraced loads: `boot` to the end of the browser's first frame after the highlights (`painted`), wall ms. */
  bootToPainted: number[];
  /** Untraced loads: highlights registered (`drawn`) to the end of that frame (`painted`), wall ms. */
  drawnToPainted: number[];
  edits: { ours: EditTiming[]; floor: EditTiming[] };
  markJs: (MarkJsTiming & { estimate: number }) | null;
  /** The content script's own work in the {@link REACTION_MS} after a batch of edits, and whether it was still at
   * work at the end. */
  reaction: (Attribution & { busyAtEnd: boolean }) | null;
  errors: string[];
}

/** Options of {@link measureSynthetic}. */
export interface SyntheticOptions {
  runs: number;
  /** Also load untraced (the content script's own marks, without the profiler's overhead), and edit again. */
  untraced: boolean;
  /** Trace the content script's reaction to a batch of edits (one more load). */
  reaction: boolean;
  timeoutMs: number;
  markJs: { source: string; terms: string[]; budgetMs: number; chunk: number };
}

/** {@link EDIT_BATCHES} batches of page edits on the loaded page, each after a pause; seeds from `seed` on. */
async function editBatches(page: BenchBrowser['page'], seed: number): Promise<EditTiming[]> {
  const timings: EditTiming[] = [];
  for (let b = 0; b < EDIT_BATCHES; b++) {
    await sleep(EDIT_PAUSE_MS);
    timings.push(await domEdits(page, EDITS, seed + 97 * b));
  }
  return timings;
}

/**
 * Per run: ours traced (then a batch of page edits on the highlighted page), ours untraced if asked (the content
 * script's own marks, then edits again), the floor traced and untraced likewise (each followed by the same edits).
 * Each tab closes after its edits: the script's reaction to them must not run into the next measurement. Then
 * mark.js once on a fresh load in the floor browser, and the script's reaction to edits if asked.
 */
export async function measureSynthetic(
  ours: BenchBrowser,
  floor: BenchBrowser,
  url: string,
  options: SyntheticOptions,
  progress: (line: string) => void,
): Promise<SyntheticResult> {
  const oursLoad: LoadOptions = { waitForDone: true, timeoutMs: options.timeoutMs };
  const floorLoad: LoadOptions = { waitForDone: false, timeoutMs: options.timeoutMs };
  const result: SyntheticResult = {
    textNodes: NaN,
    ranges: NaN,
    ours: [],
    floor: [],
    initToDrawn: [],
    bootToDrawn: [],
    bootToPainted: [],
    drawnToPainted: [],
    edits: { ours: [], floor: [] },
    markJs: null,
    reaction: null,
    errors: [],
  };
  const note = (label: string, error?: string) => error && result.errors.push(`${label}: ${error}`);
  await ours.freshTab();
  for (let run = 0; run < options.runs; run++) {
    const seed = 1000 + run;
    // A fresh tab per heavy load: a long page and its live ranges must not linger into the next measurement.
    const traced = await loadTraced(ours, url, oursLoad);
    note('ours (traced)', traced.error);
    if (traced.attribution) result.ours.push(traced.attribution);
    if (traced.ok) {
      const stats = await pageStats(ours.page);
      result.textNodes = stats.textNodes;
      result.ranges = stats.ranges;
      result.edits.ours.push(...(await editBatches(ours.page, seed)));
    }
    await ours.freshTab();
    if (options.untraced) {
      const plain = await loadPlain(ours, url, oursLoad);
      note('ours (untraced)', plain.error);
      if (plain.ok) {
        result.initToDrawn.push(between(plain.marks, 'init', 'drawn'));
        result.bootToDrawn.push(between(plain.marks, 'boot', 'drawn'));
        result.bootToPainted.push(between(plain.marks, 'boot', 'painted'));
        result.drawnToPainted.push(between(plain.marks, 'drawn', 'painted'));
        result.edits.ours.push(...(await editBatches(ours.page, seed + 500)));
      }
      await ours.freshTab();
    }
    await floor.freshTab();
    const floorTraced = await loadTraced(floor, url, floorLoad);
    note('floor (traced)', floorTraced.error);
    if (floorTraced.attribution) result.floor.push(floorTraced.attribution);
    if (floorTraced.ok) result.edits.floor.push(...(await editBatches(floor.page, seed)));
    if (options.untraced) {
      await floor.freshTab();
      const floorPlain = await loadPlain(floor, url, floorLoad);
      if (floorPlain.ok) result.edits.floor.push(...(await editBatches(floor.page, seed + 500)));
    }
    progress(`  run ${run + 1}/${options.runs}`);
  }
  if (options.reaction) {
    result.reaction = await traceReaction(ours, url, oursLoad, 1250);
    progress('  reaction to edits traced');
  }
  await floor.freshTab();
  if ((await loadPlain(floor, url, floorLoad)).ok) {
    const m = options.markJs;
    const t = await runMarkJs(floor.page, m.source, m.terms, m.budgetMs, m.chunk).catch((err: unknown) => {
      note('mark.js', String(err));
      return null;
    });
    if (t) result.markJs = { ...t, estimate: (t.ms * t.total) / Math.max(1, t.done) };
  }
  return result;
}

/**
 * On a fresh load (traced from the start, to find the page's main thread), marks the time, makes one batch of edits,
 * and attributes the content script's tasks in the {@link REACTION_MS} after the mark; then closes the tab, which
 * stops whatever the script still had to do.
 */
async function traceReaction(
  b: BenchBrowser,
  url: string,
  options: LoadOptions,
  seed: number,
): Promise<(Attribution & { busyAtEnd: boolean }) | null> {
  await b.freshTab();
  await startTrace(b.cdp);
  const loaded = await loadPlain(b, url, options);
  if (loaded.ok) {
    await b.page.evaluate(`performance.mark('bench:edits')`);
    await domEdits(b.page, EDITS, seed);
    await sleep(REACTION_MS);
  }
  const events = await stopTrace(b.cdp);
  await b.freshTab();
  const load = attribute(events);
  const from = events.find((e) => e.name === 'bench:edits')?.ts;
  if (!loaded.ok || !load || from === undefined) return null;
  const a = attribute(events, from, Infinity, { pid: load.pid, tid: load.tid });
  if (!a) return null;
  const last = a.tasks.reduce((m, t) => Math.max(m, t.endUs), 0);
  const traceEnd = events.reduce((m, e) => Math.max(m, e.ts), 0);
  return { ...a, busyAtEnd: a.tasks.length > 0 && last > traceEnd - 500_000 };
}
