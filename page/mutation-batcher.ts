// Collects the parts of a page that change, and hands them over in bounded batches at a bounded rate.

/** Options of {@link watchMutations}. */
export interface MutationWatchOptions {
  /** Wait this long after the last change before handing a batch over (ms). */
  quietMs?: number;
  /** Hand a batch over at least this often while changes keep coming (ms). */
  maxWaitMs?: number;
  /** At most this many roots per batch; the rest waits for the next batch. */
  maxRoots?: number;
  /** Ignore changes inside elements that match this (e.g. the extension's own UI). */
  ignore?: (el: Element) => boolean;
}

/**
 * Watches `root` for added or changed content and calls `onBatch` with the topmost changed elements (each once,
 * none inside another), after a quiet period or `maxWaitMs` at the latest. Stops when `signal` aborts.
 */
export function watchMutations(
  root: Node,
  onBatch: (roots: Element[]) => void,
  signal: AbortSignal,
  options: MutationWatchOptions = {},
): void {
  const { quietMs = 150, maxWaitMs = 1000, maxRoots = 200, ignore = () => false } = options;
  const pending = new Set<Element>();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const flush = () => {
    quietTimer = undefined;
    firstPending = 0;
    const all = new Set([...pending].filter((el) => el.isConnected));
    // Keep only the topmost: an element inside another pending element is covered by it (ancestors looked up in the
    // set: linear in the batch, where comparing every pair would be quadratic on a page that edits thousands).
    const covered = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (all.has(p)) return true;
      return false;
    };
    const top = [...all].filter((el) => !covered(el));
    const batch = top.slice(0, maxRoots);
    pending.clear();
    for (const rest of top.slice(maxRoots)) pending.add(rest);
    if (pending.size) schedule();
    if (batch.length) onBatch(batch);
  };

  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    const wait = Math.min(quietMs, Math.max(0, firstPending + maxWaitMs - now));
    quietTimer = setTimeout(flush, wait);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      if (!target || ignore(target)) continue;
      if (r.type === 'characterData') {
        pending.add(target);
        continue;
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !ignore(node as Element)) pending.add(node as Element);
        else if (node.nodeType === Node.TEXT_NODE) pending.add(target);
      }
    }
    if (pending.size) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (quietTimer !== undefined) clearTimeout(quietTimer);
      pending.clear();
    },
    { once: true },
  );
}

/**
 * Calls `onChange` once `doc` has been quiet (no node added, removed or changed) for `quietMs`, or after `maxMs` at the
 * latest; returns a function that cancels it. A single-page app shows its new view after the URL changes: in the
 * event's other listeners (which may run after the content script's), or after fetching it.
 */
export function whenSettled(doc: Document, quietMs: number, maxMs: number, onSettled: () => void): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    cancel();
    onSettled();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(quiet);
    quiet = setTimeout(done, quietMs);
  });
  const latest = setTimeout(done, maxMs);
  const cancel = () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(latest);
  };
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  quiet = setTimeout(done, quietMs);
  return cancel;
}

/** How long the page must be quiet after a history-API navigation before its new view is read (ms). */
const SETTLE_MS = 100;
/** The longest wait for it (ms). */
const SETTLE_MAX_MS = 1000;

/**
 * Calls `onChange` when the page's URL changes without a page load (history API navigation), once the page has shown
 * its new view ({@link whenSettled}), until `signal` aborts. Where the browser has the Navigation API, its
 * `currententrychange` event (which a content script hears for the page's own `pushState`) tells; elsewhere the URL is
 * polled every `pollMs`. A poll is a task every second on every page, and one that runs in the old document while the
 * tab navigates on: the benchmark saw it take 50-160 ms there.
 */
export function watchUrl(win: Window, onChange: (url: string) => void, signal: AbortSignal, pollMs = 500): void {
  let last = win.location.href;
  let settling: (() => void) | null = null;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    settling?.();
    settling = whenSettled(win.document, SETTLE_MS, SETTLE_MAX_MS, () => {
      settling = null;
      onChange(last);
    });
  };
  win.addEventListener('popstate', check, { signal });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  let timer: ReturnType<typeof setInterval> | undefined;
  if (nav) nav.addEventListener('currententrychange', check, { signal });
  else timer = setInterval(check, pollMs);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      settling?.();
    },
    { once: true },
  );
}
