// Content-script feature: the entity card, opened by hovering, clicking or the keyboard (Alt+Shift+J / K) on a highlight.
import type { Entity } from '../../core/kb/entity';
import { liveRange, type HighlightEntry } from '../../page/highlight-index';
import { drawHighlights, type DrawnHighlights } from '../../page/highlight';
import { send } from '../../messaging/client';
import { CARD_CSS, placeCard, renderCard } from './card-view';
import { highlightIndex, openNote } from './shared-state';

/** Milliseconds the pointer rests on a highlight before its card opens. */
export const HOVER_DELAY = 350;
const LEAVE_DELAY = 300;

const entityCache = new Map<string, Promise<Entity | null>>();

function entity(id: string): Promise<Entity | null> {
  let cached = entityCache.get(id);
  if (!cached) {
    cached = send('entity/get', { id }).then((r) => r.entity);
    entityCache.set(id, cached);
  }
  return cached;
}

/** The box of a highlighted mention on screen (empty when the page removed its text meanwhile). */
function boxOf(entry: HighlightEntry): DOMRect {
  return liveRange(entry.range)?.getBoundingClientRect() ?? new DOMRect();
}

/** Starts the feature; removes the card and every listener when `signal` aborts. */
export function init(signal: AbortSignal): void {
  const doc = document;
  const host = doc.createElement('sanctions-lens-ui');
  host.id = 'sanctions-lens-card';
  host.setAttribute('data-sanctions-lens-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'sanctions-lens-card-title');
  card.tabIndex = -1;
  root.append(style, card);

  let current: HighlightEntry | undefined;
  let focusMark: DrawnHighlights | null = null;
  let hoverTimer = 0;
  let leaveTimer = 0;
  let returnFocus: Element | null = null;
  let lastPointed: HighlightEntry | undefined;

  const close = () => {
    window.clearTimeout(hoverTimer);
    window.clearTimeout(leaveTimer);
    host.remove();
    focusMark?.clear();
    focusMark = null;
    current = undefined;
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const open = async (entry: HighlightEntry, how: 'hover' | 'click' | 'keyboard') => {
    window.clearTimeout(leaveTimer);
    if (current === entry && host.isConnected) return;
    current = entry;
    const actions = {
      close,
      openInLens: () => void send('ui/open-entity', { id: entry.entityId }).catch(() => undefined),
      addNote: () => {
        const range = liveRange(entry.range)?.cloneRange();
        close();
        if (range) void openNote(range, [entry.entityId]);
      },
    };
    renderCard(card, 'Loading…', actions);
    if (!host.isConnected) doc.documentElement.append(host);
    placeCard(card, boxOf(entry), { width: window.innerWidth, height: window.innerHeight });
    const data = await entity(entry.entityId).catch(() => null);
    if (current !== entry || signal.aborted) return;
    renderCard(card, data ?? 'This entity is no longer in the knowledge base.', actions);
    placeCard(card, boxOf(entry), { width: window.innerWidth, height: window.innerHeight });
    if (how === 'keyboard') {
      returnFocus ??= doc.activeElement;
      card.focus({ preventScroll: true });
    }
  };

  const pointed = (event: MouseEvent) => highlightIndex.atPoint(doc, event.clientX, event.clientY);

  const onMove = (event: MouseEvent) => {
    if (event.composedPath().includes(host)) {
      window.clearTimeout(leaveTimer);
      return;
    }
    const entry = pointed(event);
    if (entry === lastPointed) return;
    lastPointed = entry;
    window.clearTimeout(hoverTimer);
    if (entry) hoverTimer = window.setTimeout(() => void open(entry, 'hover'), HOVER_DELAY);
    else if (host.isConnected && doc.activeElement !== host) leaveTimer = window.setTimeout(close, LEAVE_DELAY);
  };

  const onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(host)) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const entry = pointed(event);
    if (entry) void open(entry, 'click');
    else if (host.isConnected) close();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && host.isConnected) {
      close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'j' && key !== 'k') return;
    const next = highlightIndex.step(current, key === 'j' ? 1 : -1);
    if (!next) return;
    event.preventDefault();
    const target = next.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    focusMark?.clear();
    focusMark = drawHighlights(new Map([['focus', [next.range]]]));
    void open(next, 'keyboard');
  };

  doc.addEventListener('mousemove', onMove, { signal, passive: true });
  doc.addEventListener('click', onClick, { signal, capture: true });
  doc.addEventListener('keydown', onKey, { signal, capture: true });
  window.addEventListener(
    'scroll',
    () =>
      current &&
      host.isConnected &&
      placeCard(card, boxOf(current), { width: window.innerWidth, height: window.innerHeight }),
    { signal, passive: true },
  );
  signal.addEventListener('abort', close, { once: true });
}
