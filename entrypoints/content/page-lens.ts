// Content-script feature: fast path, page analysis, report to the background, then highlights drawn in slices.
import type { AnalysisKb } from '../../core/analysis/analysis-kb';
import { highlightCss } from '../../core/highlight-colors';
import { activeOn, shouldHighlight, type Settings } from '../../core/settings';
import { analyzePage, fastPathPage, type PageAnalysis } from '../../page/analyze-page';
import { forEachChunked, yieldToPage } from '../../page/chunked';
import { extractText, rangeFor } from '../../page/extract-text';
import { drawHighlights } from '../../page/highlight';
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

function applyColors(settings: Settings): void {
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

/** Highlights every entity mention under `root`; returns the entries drawn (registered in the shared index). */
export async function highlightIn(root: Node, kb: AnalysisKb, signal: AbortSignal): Promise<HighlightEntry[]> {
  const extracted = extractText(root);
  const matches = kb.entityMatcher.find(extracted.text);
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
  highlightIndex.add(entries);
  const groups = new Map<string, Range[]>();
  for (const e of highlightIndex.all()) groups.set(e.type, [...(groups.get(e.type) ?? []), e.range]);
  const drawn = drawHighlights(groups);
  signal.addEventListener('abort', () => drawn.clear(), { once: true });
  return entries;
}

/** One analysis of the page; everything it draws goes when `signal` aborts. */
async function run(settings: Settings, signal: AbortSignal, state: LensState): Promise<void> {
  highlightIndex.clear();
  state.analysis = null;
  state.highlighted = false;
  if (!activeOn(settings, location.hostname)) return;
  const quick = fastPathPage(document);
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
    return;
  }
  const kb = await analysisKb();
  await yieldToPage();
  if (signal.aborted) return;
  const analysis = analyzePage(document, kb, { fastPath: false });
  state.analysis = analysis;
  const highlight = shouldHighlight(settings, analysis.verdict, analysis.entities.length);
  if (highlight) {
    await yieldToPage();
    if (signal.aborted) return;
    await highlightIn(document.body, kb, signal);
    state.highlighted = !signal.aborted;
  }
  if (!signal.aborted) await report(analysis, state.highlighted);
  signal.addEventListener('abort', () => highlightIndex.clear(), { once: true });
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
