// Content-script feature: an "Add note" button by a text selection, opening the extension-origin note editor.
import { browser } from 'wxt/browser';
import { describeRange } from '../../page/selection';
import { send } from '../../messaging/client';
import { entitiesIn } from './knowledge';
import { currentPage } from './page-info';
import { setNoteOpener } from './shared-state';

const UI_ATTR = 'data-sanctions-lens-ui';

function makeHost(doc: Document, id: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('sanctions-lens-ui');
  host.id = id;
  host.setAttribute(UI_ATTR, '');
  host.style.cssText = 'all: initial; position: absolute; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

/** Starts the feature; removes its UI and listeners when `signal` aborts. */
export function init(signal: AbortSignal): void {
  const doc = document;
  const { host, root } = makeHost(doc, 'sanctions-lens-note-button');
  const style = doc.createElement('style');
  style.textContent = `
    button { font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #1d4ed8; border: 0; border-radius: 6px;
      padding: 7px 10px; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
    button:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Add note';
  button.setAttribute('aria-label', 'Add a Sanctions Lens note on the selected text');
  root.append(style, button);
  let frame: HTMLIFrameElement | null = null;
  let pending: Range | null = null;

  const hideButton = () => host.remove();
  const closeEditor = () => {
    frame?.remove();
    frame = null;
  };

  const onSelectionEnd = (event: Event) => {
    if (event.target instanceof Node && host.contains(event.target)) return;
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return hideButton();
    const range = sel.getRangeAt(0);
    if (!doc.body.contains(range.commonAncestorContainer)) return hideButton();
    pending = range.cloneRange();
    const rect = range.getBoundingClientRect();
    host.style.left = `${Math.max(0, rect.right + window.scrollX - 40)}px`;
    host.style.top = `${rect.bottom + window.scrollY + 6}px`;
    if (!host.isConnected) doc.documentElement.append(host);
  };

  const openEditorOn = async (range: Range, linked: string[]) => {
    const target = describeRange(range, doc.body);
    hideButton();
    if (!target) return;
    const found = await entitiesIn(target.context ?? target.quote.exact);
    const entityIds = [...new Set([...linked, ...found])];
    const { draftId } = await send('note/draft', { draft: { page: currentPage(), target, entityIds } });
    closeEditor();
    frame = doc.createElement('iframe');
    frame.setAttribute(UI_ATTR, '');
    frame.id = 'sanctions-lens-note-editor';
    frame.title = 'Sanctions Lens note editor';
    frame.src = browser.runtime.getURL(`/note-editor.html?draft=${encodeURIComponent(draftId)}`);
    frame.style.cssText =
      'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; width: 380px; height: 360px;' +
      'border: 0; border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.35); background: #fff;';
    doc.documentElement.append(frame);
  };

  const openEditor = async () => {
    if (pending) await openEditorOn(pending, []);
  };
  setNoteOpener(openEditorOn);

  const onMessage = (event: MessageEvent) => {
    // Only the editor frame itself can be the source; the page cannot forge that.
    if (!frame || event.source !== frame.contentWindow) return;
    if ((event.data as { type?: string } | null)?.type === 'sanctions-lens:close-editor') closeEditor();
  };

  button.addEventListener(
    'click',
    () => void openEditor().catch((err: unknown) => console.warn('Sanctions Lens:', err)),
  );
  doc.addEventListener('mouseup', onSelectionEnd, { signal });
  doc.addEventListener('keyup', onSelectionEnd, { signal });
  window.addEventListener('message', onMessage, { signal });
  signal.addEventListener(
    'abort',
    () => {
      hideButton();
      closeEditor();
      setNoteOpener(null);
    },
    { once: true },
  );
}
