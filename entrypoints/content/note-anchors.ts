// Content-script feature: finds this page's saved notes again on each visit, draws them, and opens one on a click.
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import { parseContentCommand } from '../../messaging/protocol';
import type { DrawnHighlights } from '../../page/highlight';
import { watchMutations, watchUrl } from '../../page/mutation-batcher';
import {
  drawNoteHighlights,
  noteAt,
  noteHighlightCss,
  placeNotes,
  type NoteToPlace,
  type PlacedNote,
} from '../../page/note-highlights';
import { openEditorFrame, UI_ATTR } from './editor-frame';
import { currentPage } from './page-info';

const STYLE_ID = 'sanctions-lens-note-style';
/** Content that arrives later gets this many more tries to place the orphans, within {@link RETRY_WINDOW_MS}. */
export const MAX_RETRIES = 5;
const RETRY_WINDOW_MS = 30_000;

/** The notes drawn on the page now (for clicks and tests). */
let placed: PlacedNote[] = [];
let drawn: DrawnHighlights | null = null;

function clearDrawn(): void {
  drawn?.clear();
  drawn = null;
  placed = [];
}

/** The page's other declared URLs: its canonical link and og:url (the background checks them). */
function declaredUrls(doc: Document): string[] {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:url"][content]')?.content;
  return [canonical, og].filter((u): u is string => !!u).map((u) => new URL(u, doc.baseURI).href);
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(UI_ATTR, '');
  style.textContent = noteHighlightCss();
  (doc.head ?? doc.documentElement).append(style);
}

/** Runs `ask` again after 1 s and 2 s if it fails (the background may still be starting when the page loads). */
async function retried<T>(ask: () => Promise<T>, signal: AbortSignal, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ask();
    } catch (err) {
      if (attempt >= tries || signal.aborted) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/** One round: fetch the page's notes, place and draw them, report, and retry orphans while late content arrives. */
async function anchorNotes(signal: AbortSignal): Promise<void> {
  const doc = document;
  const { notes } = await retried(
    () => send('note/targets', { page: currentPage(doc), also: declaredUrls(doc) }),
    signal,
  );
  if (signal.aborted) return;
  clearDrawn();
  if (notes.length === 0) return;
  ensureStyle(doc);
  let lastOrphans = '';
  const place = async (list: NoteToPlace[]): Promise<string[]> => {
    // Cleared first: where the highlight API is missing, drawing wraps text in elements, which placing must not see.
    drawn?.clear();
    const result = placeNotes(doc.body, list);
    placed = result.placed;
    drawn = drawNoteHighlights(placed, window);
    const key = result.orphans.join(' ');
    if (key !== lastOrphans || lastOrphans === '') {
      lastOrphans = key || ' ';
      await send('note/anchoring', { anchored: placed.map((p) => p.id), orphans: result.orphans });
    }
    return result.orphans;
  };
  let orphans = await place(notes);
  if (orphans.length === 0 || signal.aborted) return;
  // Bounded retries: a few more tries as content arrives, then the orphans stay orphans (listed in the popup).
  const retry = new AbortController();
  signal.addEventListener('abort', () => retry.abort(), { once: true });
  const stop = setTimeout(() => retry.abort(), RETRY_WINDOW_MS);
  retry.signal.addEventListener('abort', () => clearTimeout(stop), { once: true });
  let tries = 0;
  let busy = false;
  watchMutations(
    doc.body,
    () => {
      if (busy || retry.signal.aborted) return;
      busy = true;
      tries += 1;
      place(notes)
        .then((left) => {
          orphans = left;
          if (orphans.length === 0 || tries >= MAX_RETRIES) retry.abort();
        })
        .catch((err: unknown) => console.warn('Sanctions Lens:', String(err)))
        .finally(() => (busy = false));
    },
    retry.signal,
    { quietMs: 300, maxWaitMs: 2000, ignore: (el) => !!el.closest(`[${UI_ATTR}]`) },
  );
}

/** Starts the feature; removes the note highlights and listeners when `signal` aborts. */
export function init(signal: AbortSignal): void {
  let current: AbortController | null = null;
  const start = () => {
    current?.abort();
    const run = new AbortController();
    current = run;
    anchorNotes(run.signal).catch((err: unknown) => {
      if (!run.signal.aborted) console.warn('Sanctions Lens:', String(err));
    });
  };
  const onCommand = (message: unknown) => {
    if (parseContentCommand(message)?.type === 'notes/changed') start();
  };
  const onClick = (event: MouseEvent) => {
    if (placed.length === 0 || event.button !== 0) return;
    if (event.target instanceof Element && event.target.closest(`[${UI_ATTR}]`)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const hit = noteAt(placed, event.clientX, event.clientY);
    if (hit) openEditorFrame(`note=${encodeURIComponent(hit.id)}`);
  };
  browser.runtime.onMessage.addListener(onCommand);
  document.addEventListener('click', onClick, { signal });
  watchUrl(window, start, signal);
  signal.addEventListener(
    'abort',
    () => {
      current?.abort();
      clearDrawn();
      browser.runtime.onMessage.removeListener(onCommand);
      document.getElementById(STYLE_ID)?.remove();
    },
    { once: true },
  );
  start();
}
