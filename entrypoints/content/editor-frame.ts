// Content-script feature: the one extension-origin note editor iframe on the page (a new note or a saved one).
import { browser } from 'wxt/browser';

/** Marks the extension's own elements on the page (features ignore changes inside them). */
export const UI_ATTR = 'data-sanctions-lens-ui';
const FRAME_ID = 'sanctions-lens-note-editor';

let frame: HTMLIFrameElement | null = null;

/**
 * Opens the note editor with this query (`draft=<id>` for a new note, `note=<id>` for a saved one), replacing any
 * editor already open. The note's text stays inside the frame: the page sees only an extension-origin iframe.
 */
export function openEditorFrame(query: string): void {
  closeEditorFrame();
  const doc = document;
  frame = doc.createElement('iframe');
  frame.setAttribute(UI_ATTR, '');
  frame.id = FRAME_ID;
  frame.title = 'Sanctions Lens note editor';
  frame.src = browser.runtime.getURL(`/note-editor.html?${query}`);
  frame.style.cssText =
    'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; width: 400px; height: 480px;' +
    'max-height: calc(100vh - 32px); border: 0; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.35);' +
    'background: #fff;';
  doc.documentElement.append(frame);
}

/** Removes the editor, if open. */
export function closeEditorFrame(): void {
  frame?.remove();
  frame = null;
}

/** Starts the feature: the editor may ask to be closed; removes it when `signal` aborts. */
export function init(signal: AbortSignal): void {
  const onMessage = (event: MessageEvent) => {
    // Only the editor frame itself can be the source; the page cannot forge that.
    if (!frame || event.source !== frame.contentWindow) return;
    if ((event.data as { type?: string } | null)?.type === 'sanctions-lens:close-editor') closeEditorFrame();
  };
  window.addEventListener('message', onMessage, { signal });
  signal.addEventListener('abort', closeEditorFrame, { once: true });
}
