// The ways the benchmark changes a page around a recorded quote, each with an undo, tracking where the quote went.
import { HIDDEN, type Quote } from './quotes';
import { pick, rand } from './random';

const BLOCK = 'p,li,blockquote,h1,h2,h3,h4,h5,h6,td,th,dd,dt,figcaption,pre,div,section,article,table,ul,ol,dl,tr';
const WORDS = ['sanctions', 'tanker', 'embassy', 'shipment', 'regime', 'network', 'ministry', 'vessel'];
/** Texts inserted as adverts, updates and read-more boxes. */
export const ADS = [
  'Advertisement. Subscribe now for unlimited access to our award-winning reporting.',
  'Update: this article has been revised to include comment from the Treasury Department.',
  'Read more: Inside the shadow fleet that keeps oil flowing to Pyongyang',
];

/**
 * Changes the page for one quote; returns the quote's place afterwards (null when gone) and an undo.
 * `nodes` are the page's text nodes in order (the undos restore the same nodes).
 */
export type Change = (body: HTMLElement, q: Quote, nodes: Text[]) => { track: Quote | null; undo: () => void } | null;

/** The smallest block element holding the whole quote, other than the body. */
function blockAround(q: Quote, body: HTMLElement): Element | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = q.sn; n; n = n.parentNode) ancestors.add(n);
  let common: Node | null = q.en;
  while (common && !ancestors.has(common)) common = common.parentNode;
  const el = (common?.nodeType === 1 ? common : common?.parentElement) as Element | null;
  const block = el?.closest(BLOCK);
  return block && block !== body && body.contains(block) ? block : null;
}

/** Replaces [from, to) of text node `node` with `insert`, moving the tracked offsets that follow. */
function edit(node: Text, from: number, to: number, insert: string, q: Quote): void {
  const delta = insert.length - (to - from);
  node.data = node.data.slice(0, from) + insert + node.data.slice(to);
  if (node === q.en && q.eo >= to) q.eo += delta;
  if (node === q.sn && q.so >= to) q.so += delta;
}

const restore = (saved: Map<Text, string>) => () => saved.forEach((data, node) => (node.data = data));

/** The changes, by the name their table row carries; (d) and (g) change the quote itself. */
export const CHANGES: Record<string, Change> = {
  '(a) unchanged': (_body, q) => ({ track: q, undo: () => undefined }),
  '(b) whitespace and line breaks': (_body, q, nodes) => {
    const track = { ...q };
    const saved = new Map<Text, string>();
    for (const node of nodes) {
      if (!/\s/.test(node.data) || node.parentElement?.closest(HIDDEN)) continue;
      saved.set(node, node.data);
      const blank = !/\S/.test(node.data);
      for (const m of [...node.data.matchAll(/\s+/g)].reverse()) {
        if (rand() < 0.5) continue;
        const to =
          blank && /\n/.test(m[0]) && rand() < 0.5 ? '' : pick([' ', '\n', '\n      ', '  ', '\n\t\t', '\u00a0']);
        edit(node, m.index, m.index + m[0].length, to, track);
      }
    }
    return { track, undo: restore(saved) };
  },
  '(c) paragraph or advert inserted before': (body, q) => {
    const block = blockAround(q, body) ?? q.sn.parentElement!.closest(BLOCK);
    const before: Node = block && block !== body ? block : q.sn;
    const advert = rand() < 0.5;
    const el = body.ownerDocument.createElement(
      advert || before.nodeType !== 1 ? 'div' : (before as Element).localName,
    );
    el.textContent = pick(ADS);
    before.parentNode!.insertBefore(el, before);
    return { track: q, undo: () => el.remove() };
  },
  '(d) word changed inside the quote': (_body, q, nodes) => {
    const spots: [Text, number, string][] = [];
    for (let i = nodes.indexOf(q.sn); i >= 0 && i <= nodes.indexOf(q.en); i++) {
      const n = nodes[i]!;
      for (const m of n.data.matchAll(/\p{L}{3,}/gu)) {
        if ((n !== q.sn || m.index >= q.so) && (n !== q.en || m.index + m[0].length <= q.eo))
          spots.push([n, m.index, m[0]]);
      }
    }
    if (!spots.length) return null;
    const [node, at, word] = pick(spots);
    const track = { ...q };
    const saved = new Map([[node, node.data]]);
    edit(node, at, at + word.length, pick(WORDS.filter((w) => w !== word.toLowerCase())), track);
    return { track, undo: restore(saved) };
  },
  "(e) quote's paragraph moved": (body, q) => {
    const block = blockAround(q, body);
    if (!block) return null;
    const all = [...body.querySelectorAll(BLOCK)].filter(
      (el) => !el.contains(block) && !block.contains(el) && el.nextElementSibling !== block && !el.closest(HIDDEN),
    );
    const same = all.filter((el) => el.localName === block.localName);
    if (!all.length) return null;
    const [parent, next] = [block.parentNode!, block.nextSibling];
    pick(same.length ? same : all).after(block);
    return { track: q, undo: () => parent.insertBefore(block, next) };
  },
  '(f) wrapper elements added': (body, q) => {
    const parent = blockAround(q, body)?.parentElement ?? body;
    const wrapper = body.ownerDocument.createElement('div');
    wrapper.append(...parent.childNodes);
    parent.append(wrapper);
    return { track: q, undo: () => wrapper.replaceWith(...wrapper.childNodes) };
  },
  '(g) quote deleted': (_body, q, nodes) => {
    const saved = new Map<Text, string>();
    const [first, last] = [nodes.indexOf(q.sn), nodes.indexOf(q.en)];
    for (let i = first; i <= last; i++) {
      const n = nodes[i]!;
      saved.set(n, n.data);
      n.data = n.data.slice(0, i === first ? q.so : 0) + (i === last ? n.data.slice(q.eo) : '');
    }
    return { track: null, undo: restore(saved) };
  },
};
