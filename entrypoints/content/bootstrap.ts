// The bootstrap content script's logic: the fast path on every page, and the full content script only when needed.
import { fastPathCheck } from '../../core/analysis/fast-path';
import type { WakeReason } from '../../messaging/protocol';
import { probeText, readFastPathSample, type FastPathSample } from '../../page/fast-path-sample';
import { watchUrl } from '../../page/mutation-batcher';
import { markTrigger, takeTrigger } from '../../platform/wake';
import { benchMark } from './bench-marks';

/** Content added later is checked at most this often (ms)... */
export const CHECK_EVERY_MS = 1000;
/** ...from at most this many added nodes (past it, the fast path's sample of the whole page is checked instead)... */
export const MAX_ADDED_NODES = 200;
/** ...and at most this many characters of their text. */
export const MAX_ADDED_CHARS = 64 * 1024;

/** The fast path's sample of this page as the browser shows it (see `readFastPathSample`). */
const pageSample = (): FastPathSample => readFastPathSample(document, undefined, true);

/** Where the browser fires no event a content script hears for a history-API navigation, the URL is polled. */
const URL_POLL_MS = 1000;

/**
 * Asks for the full content script, with the page's whole text as `sample` when the bootstrap read it; resolves
 * false when the background ruled the page out instead, true when the script is injected (or runs already); rejects
 * when the extension's context is gone.
 */
export type Wake = (reason: WakeReason, sample?: string) => Promise<boolean>;

/**
 * Runs the fast path on the page now. When it finds a trigger, asks for the full content script at once, with the
 * page's text for the background's second stage, which may rule the page out; then, or when the fast path finds no
 * trigger, waits cheaply for a reason to ask (again): a trigger in content added later or after a single-page-app
 * navigation, or a text selection (for the "Add note" button). `present()` says whether the full script runs
 * already (injected by the background for a site with notes, or before a note command): then the bootstrap stops.
 * Everything stops when `signal` aborts or once the full script is coming.
 */
export function init(signal: AbortSignal, wake: Wake, present: () => boolean): void {
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const done = stop.signal;
  let asking = false;
  /** A reason that came up while the background was answering. */
  let queued: WakeReason | null = null;
  const ask = (reason: WakeReason, sample = reason === 'selection' ? null : pageSample()) => {
    if (done.aborted) return;
    if (present()) return stop.abort();
    if (asking) {
      if (queued !== 'selection') queued = reason;
      return;
    }
    asking = true;
    // A selection needs the full script whatever the page is about; otherwise the background may rule the page out.
    const text = sample ? probeText(document, sample) : undefined;
    if (reason === 'topic') markTrigger();
    wake(reason, text).then(
      (coming) => {
        asking = false;
        if (coming) return stop.abort();
        takeTrigger();
        if (reason === 'topic') benchMark('done');
        const next = queued;
        queued = null;
        if (next) ask(next);
      },
      (err: unknown) => {
        stop.abort();
        // The extension was updated or removed: this script's world is orphaned, and nothing of it is left running.
        if (!signal.aborted) console.debug('Sanctions Lens:', String(err));
      },
    );
  };

  /** The whole page is read again (a navigation, or more added nodes than kept) and checked. */
  const askIfTriggered = () => {
    const sample = pageSample();
    if (fastPathCheck(sample.text).maybe) ask('content', sample);
  };

  benchMark('boot');
  const sample = pageSample();
  const quick = fastPathCheck(sample.text);
  benchMark('boot-fast-path');
  if (!quick.maybe) benchMark('done');

  // A selection may become a note: the full script shows the "Add note" button for it.
  const onSelectionEnd = () => {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed && sel.toString().trim()) ask('selection');
  };
  document.addEventListener('mouseup', onSelectionEnd, { signal: done, passive: true });
  document.addEventListener('keyup', onSelectionEnd, { signal: done, passive: true });

  // Single-page-app navigation: the new view's text is checked (what arrives later, by the observer).
  watchUrl(
    window,
    () => {
      if (present()) stop.abort();
      else askIfTriggered();
    },
    done,
    URL_POLL_MS,
  );

  watchAdded(done, (text) => {
    if (present()) stop.abort();
    else if (text === null) askIfTriggered();
    else if (fastPathCheck(text).maybe) ask('content');
  });

  if (quick.maybe) ask('topic', sample);
}

/**
 * Collects the nodes added to the body and hands their text over at most once per {@link CHECK_EVERY_MS}, bounded
 * in nodes and characters; `null` when more nodes were added than kept (then the caller samples the whole page).
 * The observer's callback only keeps references: a page that mutates constantly pays for little more than that.
 */
function watchAdded(signal: AbortSignal, check: (text: string | null) => void): void {
  const body = document.body;
  if (!body) return;
  let added: Node[] = [];
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const flush = () => {
    timer = undefined;
    last = performance.now();
    const nodes = added;
    const all = overflow;
    added = [];
    overflow = false;
    if (all) return check(null);
    let text = '';
    for (const node of nodes) {
      if (text.length >= MAX_ADDED_CHARS) break;
      if (node.isConnected) text += `${node.textContent ?? ''}\n`;
    }
    check(text.slice(0, MAX_ADDED_CHARS));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (added.length < MAX_ADDED_NODES) added.push(node);
        else overflow = true;
      }
    }
    if (timer === undefined && (added.length || overflow)) {
      timer = setTimeout(flush, Math.max(0, last + CHECK_EVERY_MS - performance.now()));
    }
  });
  observer.observe(body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      added = [];
    },
    { once: true },
  );
}
