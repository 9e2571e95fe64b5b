// Content-script feature: an "Add note" button by a text selection (also the context menu and the keyboard shortcut).
import { browser } from 'wxt/browser';
import { describeRange } from '../../page/selection';
import { send } from '../../messaging/client';
import { parseContentCommand } from '../../messaging/protocol';
import { openEditorFrame, UI_ATTR } from './editor-frame';
import { entitiesIn } from './knowledge';
import { currentPage } from './page-info';
import { setNoteOpener } from './shared-state';

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
  let pending: Range | null = null;

  const hideButton = () => host.remove();

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
    openEditorFrame(`draft=${encodeURIComponent(draftId)}`);
  };

  const openEditor = async () => {
    if (pending) await openEditorOn(pending, []);
  };
  setNoteOpener(openEditorOn);

  // The context menu item and the keyboard shortcut: the background asks for a note on the current selection.
  const onCommand = (message: unknown) => {
    if (parseContentCommand(message)?.type !== 'note/from-selection') return;
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return;
    const range = sel.getRangeAt(0);
    if (!doc.body.contains(range.commonAncestorContainer)) return;
    void openEditorOn(range.cloneRange(), []).catch((err: unknown) => console.warn('Sanctions Lens:', String(err)));
  };

  button.addEventListener(
    'click',
    () => void openEditor().catch((err: unknown) => console.warn('Sanctions Lens:', String(err))),
  );
  doc.addEventListener('mouseup', onSelectionEnd, { signal });
  doc.addEventListener('keyup', onSelectionEnd, { signal });
  // Injected because of a selection (the bootstrap content script asked): the button shows for it at once.
  if (doc.getSelection()?.isCollapsed === false) onSelectionEnd(new Event('mouseup'));
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener(
    'abort',
    () => {
      hideButton();
      browser.runtime.onMessage.removeListener(onCommand);
      setNoteOpener(null);
    },
    { once: true },
  );
}
