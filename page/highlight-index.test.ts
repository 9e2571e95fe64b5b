// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { comparePoints, HighlightIndex, liveRange } from './highlight-index';

function setup() {
  document.body.innerHTML = '<p>The MSMT said <b>North Korea</b> sent arms to Russia.</p>';
  const p = document.querySelector('p')!;
  const t1 = p.firstChild as Text;
  const t2 = p.querySelector('b')!.firstChild as Text;
  const t3 = p.lastChild as Text;
  const range = (node: Text, a: number, b: number) => {
    const r = document.createRange();
    r.setStart(node, a);
    r.setEnd(node, b);
    return r;
  };
  const index = new HighlightIndex();
  // Added out of order: the index sorts them.
  index.add([
    { range: range(t3, 14, 20), entityId: 'russia', type: 'state' },
    { range: range(t1, 4, 8), entityId: 'msmt', type: 'international-body' },
    { range: range(t2, 0, 11), entityId: 'north-korea', type: 'state' },
  ]);
  return { index, t1, t2, t3 };
}

describe('HighlightIndex', () => {
  it('keeps document order and finds the entry at a point', () => {
    const { index, t1, t2, t3 } = setup();
    expect(index.all().map((e) => e.entityId)).toEqual(['msmt', 'north-korea', 'russia']);
    expect(index.at(t1, 5)?.entityId).toBe('msmt');
    expect(index.at(t2, 3)?.entityId).toBe('north-korea');
    expect(index.at(t3, 16)?.entityId).toBe('russia');
    expect(index.at(t1, 1)).toBeUndefined();
    expect(index.at(t3, 2)).toBeUndefined();
  });

  it('steps forward and back, wrapping around', () => {
    const { index } = setup();
    const first = index.step(undefined, 1);
    expect(first?.entityId).toBe('msmt');
    expect(index.step(first, 1)?.entityId).toBe('north-korea');
    expect(index.step(first, -1)?.entityId).toBe('russia');
    expect(index.step(undefined, -1)?.entityId).toBe('russia');
  });

  it('removes the entries inside a subtree', () => {
    const { index } = setup();
    index.removeWithin(document.querySelector('b')!);
    expect(index.all().map((e) => e.entityId)).toEqual(['msmt', 'russia']);
  });

  it('prunes entries whose text left the page', () => {
    const { index } = setup();
    document.querySelector('b')!.remove();
    index.prune();
    expect(index.all().map((e) => e.entityId)).toEqual(['msmt', 'russia']);
  });
});

describe('HighlightIndex with static spans', () => {
  function spans() {
    document.body.innerHTML = '<p>The MSMT said <b>North Korea</b> sent arms to Russia.</p><p>More on Russia.</p>';
    const [p1, p2] = [...document.querySelectorAll('p')];
    const t1 = p1!.firstChild as Text;
    const t2 = p1!.querySelector('b')!.firstChild as Text;
    const t4 = p2!.firstChild as Text;
    const span = (node: Text, a: number, b: number) =>
      new StaticRange({ startContainer: node, startOffset: a, endContainer: node, endOffset: b });
    return { p1: p1!, p2: p2!, t1, t2, t4, span };
  }

  it('orders, finds by point, and inserts a re-matched block in place', () => {
    const { p2, t1, t2, t4, span } = spans();
    const index = new HighlightIndex();
    index.add([
      { range: span(t4, 8, 14), entityId: 'russia', type: 'state' },
      { range: span(t1, 4, 8), entityId: 'msmt', type: 'international-body' },
    ]);
    index.add([{ range: span(t2, 0, 11), entityId: 'north-korea', type: 'state' }]);
    expect(index.all().map((e) => e.entityId)).toEqual(['msmt', 'north-korea', 'russia']);
    expect(index.at(t2, 5)?.entityId).toBe('north-korea');
    expect(index.at(t1, 2)).toBeUndefined();
    expect(index.at(document.createTextNode('detached'), 0)).toBeUndefined();
    const gone = index.removeWithin(p2);
    expect(gone.map((e) => e.entityId)).toEqual(['russia']);
    index.add([{ range: span(t4, 8, 14), entityId: 'russia', type: 'state' }], { ordered: true });
    expect(index.all().map((e) => e.entityId)).toEqual(['msmt', 'north-korea', 'russia']);
  });

  it('prunes spans that no longer fit their text, and gives a live range for the others', () => {
    const { t1, t4, span } = spans();
    const index = new HighlightIndex();
    index.add([
      { range: span(t1, 4, 8), entityId: 'msmt', type: 'international-body' },
      { range: span(t4, 8, 14), entityId: 'russia', type: 'state' },
    ]);
    t4.data = 'Gone';
    expect(index.prune().map((e) => e.entityId)).toEqual(['russia']);
    expect(liveRange(index.all()[0]!.range)?.toString()).toBe('MSMT');
    expect(liveRange(span(t4, 8, 14))).toBeNull();
  });

  it('compares boundary points across containers', () => {
    const { p1, t1, t2 } = spans();
    expect(comparePoints(t1, 0, t2, 0)).toBe(-1);
    expect(comparePoints(t2, 3, t1, 9)).toBe(1);
    expect(comparePoints(p1, 0, t2, 0)).toBe(-1);
    expect(comparePoints(p1, 3, t1, 2)).toBe(1);
    expect(comparePoints(t1, 2, t1, 2)).toBe(0);
  });
});

describe('HighlightIndex.addRuns (changed parts matched again)', () => {
  function page(n: number) {
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>North Korea ${i} and Russia ${i}</p>`).join('');
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const entry = (i: number, at: number) => ({
      range: new StaticRange({
        startContainer: texts[i]!,
        startOffset: at,
        endContainer: texts[i]!,
        endOffset: at + 3,
      }),
      entityId: `${i}:${at}`,
      type: 'state',
    });
    // Two mentions per paragraph, in text order.
    const run = (i: number) => [entry(i, 0), entry(i, 16)];
    return { run };
  }
  const ids = (index: HighlightIndex) => index.all().map((e) => e.entityId);
  const order = (ps: number[]) => ps.flatMap((i) => [`${i}:0`, `${i}:16`]);

  it('puts runs of parts anywhere in the page in document order, given in any order', () => {
    const { run } = page(8);
    const index = new HighlightIndex();
    index.add([...run(0), ...run(2), ...run(4), ...run(7)], { ordered: true });
    index.addRuns([run(6), run(1), [], run(3), run(5)]);
    expect(ids(index)).toEqual(order([0, 1, 2, 3, 4, 5, 6, 7]));
  });

  it('orders two runs that land at the same place, and runs before the first and after the last entry', () => {
    const { run } = page(8);
    const index = new HighlightIndex();
    index.add([...run(3), ...run(4)], { ordered: true });
    index.addRuns([run(7), run(2), run(0), run(6), run(1)]);
    expect(ids(index)).toEqual(order([0, 1, 2, 3, 4, 6, 7]));
  });

  it('sorts in a run that does not fit between two entries', () => {
    const { run } = page(6);
    const index = new HighlightIndex();
    index.add([...run(2), ...run(4)], { ordered: true });
    // One run over parts 1 and 3 (around an existing entry), one that fits.
    index.addRuns([[...run(1), ...run(3)], run(5)]);
    expect(ids(index)).toEqual(order([1, 2, 3, 4, 5]));
  });

  it('fills an empty index', () => {
    const { run } = page(3);
    const index = new HighlightIndex();
    index.addRuns([run(2), run(0)]);
    expect(ids(index)).toEqual(order([0, 2]));
  });
});
