// Content-script feature: fast path, page analysis, report to the background, then highlights drawn in slices.
import { highlightBackground, highlightCss } from '../../core/highlight-colors';
import type { EntityType } from '../../core/kb/entity';
import { activeOn, DEFAULT_COLORS, parseSettings, shouldHighlight, type Settings } from '../../core/settings';
import type { PageAnalysis } from '../../core/analysis/analyze-content';
// Not from page/analyze-page.ts, whose imports would bring the matcher and the language tables into this script.
import { fastPathPage } from '../../page/fast-path-sample';
import { readPageContentSliced } from '../../page/page-content';
import { forEachChunked, SLICE_MS, yieldToPage } from '../../page/chunked';
import { extractTextChunked, RangeMaker, type ExtractedText } from '../../page/extract-text';
import { HighlightLayer, highlightsSupported } from '../../page/highlight';
import { watchMutations, watchUrl } from '../../page/mutation-batcher';
import { fastPathCheck } from '../../core/analysis/fast-path';
import type { HighlightEntry } from '../../page/highlight-index';
import { send } from '../../messaging/client';
import type { PageMatches } from '../../messaging/page-analysis';
import type { PageReport } from '../../messaging/protocol';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import { takeDeliveredSettings, takeTrigger } from '../../platform/wake';
import { benchMark } from './bench-marks';
import { decodeMatches, matchTexts } from './knowledge';
import { currentPage } from './page-info';
import { highlightIndex } from './shared-state';

/** What the last run found, for tests and the dynamic-content feature. */
export interface LensState {
  analysis: PageAnalysis | null;
  highlighted: boolean;
}

const STYLE_ID = 'sanctions-lens-highlight-style';

let colors: Settings['colors'] = DEFAULT_COLORS;

/**
 * Takes the colours and puts the style element in place, empty until the page's text goes to the background for
 * highlighting ({@link styleColors}): a stylesheet with rules makes the browser restyle the whole document, which a
 * page that the fast path rules out never needs.
 */
function applyColors(settings: Settings): void {
  colors = settings.colors;
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    style.setAttribute('data-sanctions-lens-ui', '');
    (document.head ?? document.documentElement).append(style);
  }
  if (style.textContent) styleColors();
}

/** Writes the highlight colours into the style element (when highlights are drawn; again when the colours change). */
function styleColors(): void {
  const style = document.getElementById(STYLE_ID);
  const css = highlightCss(colors);
  if (style && style.textContent !== css) style.textContent = css;
}

async function report(analysis: PageAnalysis, highlighted: boolean): Promise<void> {
  const message: PageReport = {
    page: currentPage(),
    verdict: analysis.verdict,
    score: Math.min(1, Math.max(0, analysis.score)),
    reasons: analysis.reasons.slice(0, 50).map((r) => r.slice(0, 500)),
    pageType: analysis.pageType,
    language: analysis.language.slice(0, 35),
    entities: analysis.entities.map((e) => ({ id: e.id, count: e.count })),
    highlighted,
  };
  await send('page/report', message);
}

let layer: HighlightLayer | null = null;

function drawnLayer(): HighlightLayer {
  layer ??= new HighlightLayer(window, (type) => highlightBackground(colors[type as EntityType] ?? '#999999'));
  return layer;
}

function clearDrawn(): void {
  layer?.clear();
  layer = null;
  highlightIndex.clear();
}

/**
 * Highlights every entity mention under `roots` (replacing what was there): the text is read in slices, the names
 * found in one pass per root, the spans made in slices, and the highlights updated once. Returns the entries drawn.
 * `read` is the body's text when already read, and `matched` its matches when the background sent them already.
 */
export async function highlightIn(
  roots: Node[],
  signal: AbortSignal,
  read: ExtractedText | null = null,
  matched: PageMatches | null = null,
): Promise<HighlightEntry[]> {
  // Static spans where the browser draws them: live ranges would make every DOM edit of the page pay.
  const kind = highlightsSupported(window) ? 'static' : 'live';
  const extracted: ExtractedText[] = [];
  for (const root of roots) {
    // The text read with the page's content, when the page has not changed since (`read` is for a single root).
    const text = read && roots.length === 1 ? read : await extractTextChunked(root, signal);
    if (!text) return [];
    extracted.push(text);
  }
  benchMark('extracted');
  // The matches of `read`'s text when they came with the analysis, else asked for now.
  const found = read && matched ? decodeMatches(matched) : await matchTexts(extracted.map((e) => e.text));
  if (signal.aborted) return [];
  benchMark('matched');
  // The ranges are made in tasks of their own (decoding a long page's matches takes a while).
  if (matched) {
    await yieldToPage();
    if (signal.aborted) return [];
  }
  const entries: HighlightEntry[] = [];
  // Where each root's entries start (a run in document order).
  const runStarts: number[] = [];
  for (let r = 0; r < extracted.length; r++) {
    runStarts.push(entries.length);
    const ranges = new RangeMaker(extracted[r]!, kind);
    const finished = await forEachChunked(
      found[r] ?? [],
      (m) => {
        const range = ranges.make(m.start, m.end);
        if (range) entries.push({ range, entityId: m.entityId, type: m.type });
      },
      signal,
      PAGE_SLICE_MS,
    );
    if (!finished) return [];
  }
  benchMark('ranges');
  if (roots.length > 1) {
    // The changed parts of a page are found in the index and replaced in a task of their own.
    await yieldToPage();
    if (signal.aborted) return [];
  }
  const gone = highlightIndex.removeWithin(...roots);
  const draw = drawnLayer();
  draw.remove(gone);
  // Matches come in text order, which is document order within one root: each root's run goes in as a block (the
  // roots of a batch of changes lie anywhere in the page; sorting all entries again took 20-35 ms per batch).
  highlightIndex.addRuns(runStarts.map((at, k) => entries.slice(at, runStarts[k + 1] ?? entries.length)));
  // Registered in slices (a long page has tens of thousands); without the API every add redraws all, so at once.
  const step = highlightsSupported(window) ? DRAW_STEP : Math.max(1, entries.length);
  let sliceStart = performance.now();
  for (let i = 0; i < entries.length; i += step) {
    if (i > 0 && performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return [];
      sliceStart = performance.now();
    }
    // New groups are registered with the last slice: the page paints the highlights once, all of them.
    draw.add(entries.slice(i, i + step), i + step < entries.length);
  }
  // The colours' rules, if not in yet (content added later, or a page read without the highlighting text).
  styleColors();
  benchMark('drawn');
  return entries;
}

/**
 * Slices of a page's reading, ranges and highlights: twice the default, so half as many yields (each of which waits
 * for a frame or the page's tasks), and still far from a long task (50 ms).
 */
const PAGE_SLICE_MS = 2 * SLICE_MS;

/** Highlights registered between two looks at the clock. */
const DRAW_STEP = 2048;

/** Minimum time between two full re-analyses caused by content that arrives later. */
const REANALYSE_MS = 3000;

/** Follows content that arrives later: highlights it, or analyses the page again when it may change the verdict. */
function followChanges(state: LensState, signal: AbortSignal): void {
  let lastFull = performance.now();
  let busy: Promise<void> = Promise.resolve();
  let fullTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(fullTimer), { once: true });
  const ignore = (el: Element) => !!el.closest('[data-sanctions-lens-ui]');
  watchMutations(
    document.body,
    (roots) => {
      layer?.remove(highlightIndex.prune());
      if (state.highlighted) {
        // One batch at a time: a page that keeps changing gets its changes handled in turn, never piling up.
        busy = busy
          .then(() => (signal.aborted ? undefined : highlightIn(roots, signal).then(() => undefined)))
          .catch((err: unknown) => {
            if (!signal.aborted) console.warn('Sanctions Lens:', err);
          });
        return;
      }
      // Not highlighted yet: new text may make the page about the topic (a live blog, infinite scroll).
      const added = roots.map((r) => r.textContent ?? '').join('\n');
      if (!fastPathCheck(added).maybe || fullTimer !== undefined) return;
      const wait = Math.max(0, lastFull + REANALYSE_MS - performance.now());
      fullTimer = setTimeout(() => {
        fullTimer = undefined;
        lastFull = performance.now();
        restart();
      }, wait);
    },
    signal,
    { ignore },
  );
}

/** One analysis of the page; everything it draws goes when `signal` aborts. */
async function run(settings: Settings, signal: AbortSignal, state: LensState): Promise<void> {
  clearDrawn();
  signal.addEventListener('abort', clearDrawn, { once: true });
  state.analysis = null;
  state.highlighted = false;
  if (!activeOn(settings, location.hostname)) return;
  benchMark('start');
  // The bootstrap's fast path found a trigger just before it asked for this script: not read twice (first run only).
  const quick = takeTrigger() ? { maybe: true } : fastPathPage(document);
  benchMark('fast-path');
  if (!quick.maybe) {
    const none: PageAnalysis = {
      language: document.documentElement.lang || 'und',
      pageType: 'other',
      verdict: 'none',
      score: 0,
      reasons: ['fast path: no trigger for North Korea in the title or the first part of the text'],
      entities: [],
    };
    state.analysis = none;
    await report(none, false);
    benchMark('done');
    // Text that arrives later may still concern North Korea.
    followChanges(state, signal);
    return;
  }
  // The page's content is read here (it needs the DOM); the background analyses it with its knowledge base. Not in
  // the task that evaluated the script (with the settings given, nothing has yielded since).
  await yieldToPage();
  if (signal.aborted) return;
  const reading = await readPageContentSliced(document, signal, { highlightText: true, sliceMs: PAGE_SLICE_MS });
  if (!reading || signal.aborted) return;
  const { content, highlightText } = reading;
  benchMark('analyse');
  // The message is encoded in a task of its own.
  await yieldToPage();
  if (signal.aborted) {
    reading.takeExtracted();
    return;
  }
  // The text for highlighting goes along: the background matches it in the same reply if the verdict calls for it
  // (a long message goes in pieces, each encoded in a task of its own: messaging/message-pieces.ts).
  const mode = settings.highlightMode;
  const along = mode !== 'off' && highlightText !== null;
  const ask = along ? { content, highlight: { text: highlightText, mode } } : null;
  // The colours' rules go in now: they make the browser restyle the whole document, which it then does while the
  // background works, not in the frame that draws the highlights (that frame was 40-60 ms shorter on the 10,000-node
  // article, scripts/bench-page.ts). A page that gets no highlights keeps rules that draw nothing.
  if (along) styleColors();
  const { analysis, matches } = await send('page/analyse', ask ?? { content }).catch((err: unknown) => {
    reading.takeExtracted(); // stops watching the page
    throw err;
  });
  if (signal.aborted) {
    reading.takeExtracted();
    return;
  }
  benchMark('analysed');
  state.analysis = analysis;
  const highlight = shouldHighlight(settings, analysis.verdict, analysis.entities.length);
  if (!highlight) reading.takeExtracted();
  else {
    await yieldToPage();
    const read = reading.takeExtracted();
    if (signal.aborted) return;
    benchMark('highlight');
    await highlightIn([document.body], signal, read, matches ?? null);
    state.highlighted = !signal.aborted;
  }
  if (signal.aborted) return;
  await report(analysis, state.highlighted);
  benchMark('done');
  followChanges(state, signal);
}

/** The live state of the feature (for the dynamic-content feature and tests). */
export const lensState: LensState = { analysis: null, highlighted: false };

let rerun: (() => void) | null = null;

/** Starts a fresh analysis (after a single-page-app navigation, or a settings change). */
export function restart(): void {
  rerun?.();
}

/** Starts the feature; removes every highlight and listener when `signal` aborts. */
export async function init(signal: AbortSignal): Promise<void> {
  benchMark('init');
  // The settings that came with the injection (after the bootstrap's wake), else read now.
  const delivered = takeDeliveredSettings();
  let settings = delivered !== undefined ? parseSettings(delivered) : await loadSettings();
  let current: AbortController | null = null;
  const start = () => {
    current?.abort();
    current = new AbortController();
    const child = current;
    signal.addEventListener('abort', () => child.abort(), { once: true });
    applyColors(settings);
    run(settings, child.signal, lensState).catch((err: unknown) => {
      if (!child.signal.aborted) console.warn('Sanctions Lens:', err);
    });
  };
  rerun = start;
  watchUrl(window, () => start(), signal);
  watchSettings((next) => {
    settings = next;
    start();
  }, signal);
  signal.addEventListener(
    'abort',
    () => {
      current?.abort();
      document.getElementById(STYLE_ID)?.remove();
      rerun = null;
    },
    { once: true },
  );
  start();
}
