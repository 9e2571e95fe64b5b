// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HighlightIndex } from './highlight-index';

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
