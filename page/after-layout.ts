// Runs a callback once the page is laid out for its next frame, so that reading what it shows forces no layout.

/**
 * Calls `run` once, in a task after the browser's next animation frame: by then the frame's style and layout are
 * done, so `innerText` reads them instead of forcing a layout of its own in the caller's task (on a large table page
 * at `document_idle`, 40–120 ms of layout). Where no frame comes (a hidden tab draws none, a DOM without rendering
 * has no `requestAnimationFrame`), after `fallbackMs`. Nothing runs once `signal` aborts.
 */
export function afterNextFrame(run: () => void, signal: AbortSignal, fallbackMs = 200): void {
  let called = false;
  const once = () => {
    if (called || signal.aborted) return;
    called = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
