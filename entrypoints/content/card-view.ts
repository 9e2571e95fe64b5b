// Builds the entity card's DOM (text only, never HTML from data) inside the card's shadow root.
import type { Designation, Entity } from '../../core/kb/entity';

/** What the card's buttons do. */
export interface CardActions {
  close(): void;
  openInLens(): void;
  addNote(): void;
}

const LIST: Record<Designation['list'], string> = { un: 'UN', us: 'US (OFAC)', eu: 'EU', uk: 'UK' };

/** The card's style sheet (scoped to its shadow root, so page styles cannot reach it). */
export const CARD_CSS = `
  :host { all: initial; }
  .card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
    max-height: min(420px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; border-radius: 10px;
    font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #111827; background: #fff;
    box-shadow: 0 10px 30px rgba(0,0,0,.3); border: 1px solid #d1d5db; text-align: left; }
  @media (prefers-color-scheme: dark) { .card { color: #f3f4f6; background: #1f2937; border-color: #374151; } }
  .card:focus { outline: 3px solid #93c5fd; outline-offset: 1px; }
  header { display: flex; align-items: baseline; gap: 8px; }
  h2 { font-size: 15px; margin: 0; flex: 1; }
  .type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; opacity: .7; }
  button { font: inherit; cursor: pointer; border-radius: 6px; }
  .close { border: 0; background: none; color: inherit; font-size: 18px; line-height: 1; padding: 0 4px; }
  p { margin: 6px 0; }
  h3 { font-size: 11px; text-transform: uppercase; opacity: .7; margin: 10px 0 2px; }
  ul { margin: 0; padding-left: 16px; }
  a { color: #2563eb; }
  @media (prefers-color-scheme: dark) { a { color: #93c5fd; } }
  footer { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
  footer button { border: 1px solid #9ca3af; background: transparent; color: inherit; padding: 5px 10px; }
  footer button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function list(doc: Document, title: string, items: (string | Node)[]): Node[] {
  if (items.length === 0) return [];
  const ul = el(doc, 'ul');
  for (const item of items) {
    const li = el(doc, 'li');
    li.append(item);
    ul.append(li);
  }
  return [el(doc, 'h3', title), ul];
}

/** Renders the card for `entity` (or a loading or error line) into `card`, replacing what was there. */
export function renderCard(card: HTMLElement, entity: Entity | string, actions: CardActions): void {
  const doc = card.ownerDocument;
  card.replaceChildren();
  const header = el(doc, 'header');
  const title = el(doc, 'h2', typeof entity === 'string' ? entity : entity.name);
  title.id = 'sanctions-lens-card-title';
  const close = el(doc, 'button', '×', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', actions.close);
  header.append(title);
  if (typeof entity !== 'string') header.append(el(doc, 'span', entity.type.replace(/-/g, ' '), 'type'));
  header.append(close);
  card.append(header);
  if (typeof entity === 'string') return;

  card.append(el(doc, 'p', entity.background, 'background'));
  card.append(
    ...list(
      doc,
      'Key dates',
      entity.dates.map((d) => `${d.date}: ${d.label}`),
    ),
  );
  card.append(
    ...list(
      doc,
      'Identifiers',
      entity.identifiers.map((i) => `${i.scheme.toUpperCase()} ${i.value}`),
    ),
  );
  const designations = entity.designations ?? [];
  if (designations.length > 0 || ['person', 'organisation', 'vessel'].includes(entity.type)) {
    const lines = designations.map(
      (d) => `${LIST[d.list]}${d.reference ? ` ${d.reference}` : ''}${d.listedOn ? `, listed ${d.listedOn}` : ''}`,
    );
    card.append(...list(doc, 'Designation status', lines.length ? lines : ['Not on the loaded UN or US lists']));
  }
  const sources = entity.sources.slice(0, 4).map((s) => {
    const a = el(doc, 'a', s.title);
    a.href = s.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  });
  card.append(...list(doc, 'Sources', sources));
  const footer = el(doc, 'footer');
  const open = el(doc, 'button', 'Open in Sanctions Lens', 'primary');
  open.type = 'button';
  open.addEventListener('click', actions.openInLens);
  const note = el(doc, 'button', 'Add note about this');
  note.type = 'button';
  note.addEventListener('click', actions.addNote);
  footer.append(open, note);
  card.append(footer);
}

/** Places the card next to a rectangle, inside the viewport: below when there is room, else above. */
export function placeCard(card: HTMLElement, anchor: DOMRect, viewport: { width: number; height: number }): void {
  const width = Math.min(380, viewport.width - 16);
  const height = Math.min(card.offsetHeight || 260, viewport.height - 16);
  const below = anchor.bottom + 8;
  const top = below + height <= viewport.height - 8 ? below : Math.max(8, anchor.top - 8 - height);
  const left = Math.min(Math.max(8, anchor.left), viewport.width - width - 8);
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}
