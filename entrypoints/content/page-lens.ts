// Content-script feature: fast path, page analysis, report to the background, then highlights drawn in slices.
import type { AnalysisKb } from '../../core/analysis/analysis-kb';
import { highlightBackground, highlightCss } from '../../core/highlight-colors';
import type { EntityType } from '../../core/kb/entity';
import { activeOn, DEFAULT_COLORS, shouldHighlight, type Settings } from '../../core/settings';
import { analyzePage, fastPathPage, type PageAnalysis } from '../../page/analyze-page';
import { forEachChunked, yieldToPage } from '../../page/chunked';
import { extractText, rangeFor } from '../../page/extract-text';
import { drawHighlights, type DrawnHighlights } from '../../page/highlight';
import { watchMutations, watchUrl } from '../../page/mutation-batcher';
import { fastPathCheck } from '../../core/analysis/fast-path';
import type { HighlightEntry } from '../../page/highlight-index';
import { send } from '../../messaging/client';
import type { PageReport } from '../../messaging/protocol';
import { loadSettings, watchSettings } from '../../platform/settings-store';
import { analysisKb } from './knowledge';
import { currentPage } from './page-info';
import { highlightIndex } from './shared-state';

/** What the last run found, for tests and the dynamic-content feature. */
export interface LensState {
  analysis: PageAnalysis | null;
  highlighted: boolean;
}

const STYLE_ID = 'sanctions-lens-highlight-style';

let colors: Settings['colors'] = DEFAULT_COLORS;

function applyColors(settings: Settings): void {
  colors = settings.colors;
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    style.setAttribute('data-sanctions-lens-ui', '');
    (document.head ?? document.documentElement).append(style);
  }
  style.textContent = highlightCss(settings.colors);
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

let drawn: DrawnHighlights | null = null;

/** Draws every entry of the shared index again, one CSS highlight per entity type. */
function redraw(): void {
  drawn?.clear();
  const groups = new Map<string, Range[]>();
  for (const e of highlightIndex.all()) groups.set(e.type, [...(groups.get(e.type) ?? []), e.range]);
  drawn = drawHighlights(groups, window, (type) => highlightBackground(colors[type as EntityType] ?? '#999999'));
}

function clearDrawn(): void {
  drawn?.clear();
  drawn = null;
  highlightIndex.clear();
}

/** Highlights every entity mention under `root` (replacing what was there); returns the entries drawn. */
export async function highlightIn(root: Node, kb: AnalysisKb, signal: AbortSignal): Promise<HighlightEntry[]> {
  highlightIndex.removeWithin(root);
  const extracted = extractText(root);
  performance.mark('sanctions-lens:extracted');
  const matches = kb.entityMatcher.find(extracted.text);
  performance.mark('sanctions-lens:matched');
  const entries: HighlightEntry[] = [];
  const finished = await forEachChunked(
    matches,
    (m) => {
      const type = kb.entities.get(m.entityId)?.type;
      const range = type && rangeFor(extracted, m.start, m.end);
      if (range && type) entries.push({ range, entityId: m.entityId, type });
    },
    signal,
  );
  if (!finished) return [];
  performance.mark('sanctions-lens:ranges');
  highlightIndex.add(entries);
  redraw();
  performance.mark('sanctions-lens:drawn');
  return entries;
}

/** Minimum time between two full re-analyses caused by content that arrives later. */
const REANALYSE_MS = 3000;

/** Follows content that arrives later: highlights it, or analyses the page again when it may change the verdict. */
function followChanges(kb: AnalysisKb | null, state: LensState, signal: AbortSignal): void {
  let lastFull = performance.now();
  let fullTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(fullTimer), { once: true });
  const ignore = (el: Element) => !!el.closest('[data-sanctions-lens-ui]');
  watchMutations(
    document.body,
    (roots) => {
      highlightIndex.prune();
      if (state.highlighted && kb) {
        void (async () => {
          for (const root of roots) {
            if (signal.aborted) return;
            await highlightIn(root, kb, signal);
            await yieldToPage();
          }
        })();
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
  performance.mark('sanctions-lens:start');
  const quick = fastPathPage(document);
  performance.mark('sanctions-lens:fast-path');
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
    performance.mark('sanctions-lens:done');
    // Text that arrives later may still concern North Korea.
    followChanges(null, state, signal);
    return;
  }
  const kb = await analysisKb();
  performance.mark('sanctions-lens:kb');
  await yieldToPage();
  if (signal.aborted) return;
  performance.mark('sanctions-lens:analyse');
  const analysis = analyzePage(document, kb, { fastPath: false });
  performance.mark('sanctions-lens:analysed');
  state.analysis = analysis;
  const highlight = shouldHighlight(settings, analysis.verdict, analysis.entities.length);
  if (highlight) {
    await yieldToPage();
    if (signal.aborted) return;
    performance.mark('sanctions-lens:highlight');
    await highlightIn(document.body, kb, signal);
    state.highlighted = !signal.aborted;
  }
  if (signal.aborted) return;
  await report(analysis, state.highlighted);
  performance.mark('sanctions-lens:done');
  followChanges(kb, state, signal);
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
  performance.mark('sanctions-lens:init');
  let settings = await loadSettings();
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
