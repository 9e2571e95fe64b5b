// Lazy full rows: grown for deep states met often, they change no report.
import { describe, expect, it } from 'vitest';
import { exitEntry, MAX_DENSE_STATES, withFullRows } from './automaton';
import { lastSymbol, lazyRows, PROMOTE_AFTER } from './lazy-rows';
import { compileTerms } from './matcher';
import { scanTables, scanText } from './scan';

function scanned(names: string[], texts: string[], grow: boolean) {
  const c = compileTerms(names.map((n, i) => ({ entityId: `e${i}`, text: n, lang: 'en' })));
  const t = scanTables(c.automaton, c.alphabet);
  if (!grow) {
    t.lazy = lazyRows(c.automaton);
    t.lazy.slots = MAX_DENSE_STATES;
  }
  const out = texts.map((text) => {
    scanText(text, t, false);
    return Array.from(t.reports.subarray(0, t.reportCount));
  });
  // Entries that still step into a grown row's state by an exit (the growth points them all at its row).
  const z = t.lazy!;
  let rowsIntoGrown = 0;
  for (let slot = c.automaton.denseStates; slot < z.slots; slot++) {
    const index = z.exitOf.get(z.stateOf[slot]! << 1);
    if (index === undefined) continue;
    const old = exitEntry(index);
    for (let k = 0; k < z.slots << 6; k++) if (z.rows[k] === old) rowsIntoGrown++;
  }
  return { out, grown: z.slotOf.filter((slot) => slot !== 0).length, rowsIntoGrown };
}

describe('lazy rows', () => {
  it('grow for deep states met often and leave every report as it was', () => {
    // 3,000 long names: far more states than full rows; the texts repeat some names, prefixes and near misses.
    const names = Array.from({ length: 3000 }, (_, i) => `ministry ${i.toString(36)} of foreign trade ${i % 7}`);
    names.push('millimetre', 'ministerial council', '조선민주주의인민공화국', 'Kim Jong Un');
    const pieces = [
      'the ministry said',
      'ministry 1a of foreign trade 2',
      'ministry 1b of foreign trade 9',
      'millimetres and ministerial councils',
      'a ministerial council,',
      '조선민주주의인민공화국은',
      'Kim Jong-un',
      'ministry zz of foreign',
    ];
    const texts = Array.from({ length: 6 }, (_, k) =>
      Array.from({ length: 40 }, (_, j) => pieces[(j * 7 + k) % pieces.length]).join(j0(k)),
    );
    const plain = scanned(names, texts, false);
    const lazy = scanned(names, texts, true);
    expect(lazy.rowsIntoGrown).toBe(0);
    expect(plain.grown).toBe(0);
    expect(lazy.grown).toBeGreaterThan(0);
    expect(lazy.out).toEqual(plain.out);
    expect(plain.out.flat().length).toBeGreaterThan(40);
    expect(PROMOTE_AFTER).toBeGreaterThan(1);
  });

  it('give rare symbols met only deep in names the column of the root, and no row to states with edges by them', () => {
    // 3,100 names of three Han characters out of 300 (far beyond the rows' 63 columns): only the first 50 start a
    // name, and the third characters of the last 100 names follow states without full rows only.
    const han = (k: number) => String.fromCharCode(0x4e00 + k);
    const names = Array.from({ length: 3000 }, (_, i) => `${han(i % 50)}${han(50 + (i % 47))}${han(100 + (i % 97))}`);
    names.push(...Array.from({ length: 100 }, (_, k) => `${han(k % 50)}${han(100 + k)}${han(200 + k)}`));
    const pieces = [
      `${han(3)}${han(53)}${han(103)}`,
      `${han(3)}${han(103)}${han(203)}`,
      `${han(103)}${han(203)}${han(3)}${han(53)}${han(103)}`,
      `x${han(203)}${han(103)} ${han(7)}${han(107)}${han(207)}${han(207)}`,
    ];
    const texts = Array.from({ length: 12 }, (_, k) =>
      Array.from({ length: 30 }, (_, j) => pieces[(j * 5 + k) % pieces.length]).join(j0(k)),
    );
    const plain = scanned(names, texts, false);
    const lazy = scanned(names, texts, true);
    expect(lazy.out).toEqual(plain.out);
    expect(lazy.grown).toBeGreaterThan(0);
    expect(plain.out.flat().length).toBeGreaterThan(200);
    const c = compileTerms(names.map((n, i) => ({ entityId: `e${i}`, text: n, lang: 'en' })));
    const t = scanTables(c.automaton, c.alphabet);
    for (const text of texts) scanText(text, t, false);
    const { rootOnly, slotOf } = t.lazy!;
    const a = c.automaton;
    expect(rootOnly[c.alphabet.get(0x4e00 + 203)!]).toBe(1);
    expect(rootOnly[c.alphabet.get(0x4e00 + 3)!]).toBe(0);
    // No state with a lazy row has an edge by such a symbol.
    for (let s = 0; s < a.states; s++) {
      if (slotOf[s] === 0) continue;
      for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++) expect(rootOnly[a.edgeSymbol[e]!]).toBe(0);
    }
  });

  it('find the symbol that enters each state from its parent', () => {
    const names = ['ministry of trade', 'ministerial', 'millimetre', '조선민주주의', 'Kim Jong Un', 'kimchi'];
    const a = compileTerms(names.map((n, i) => ({ entityId: `e${i}`, text: n, lang: 'en' }))).automaton;
    expect(lastSymbol(a, 0)).toBe(-1);
    for (let e = 0; e < a.edgeStart[a.states]!; e++) expect(lastSymbol(a, a.edgeTarget[e]!)).toBe(a.edgeSymbol[e]);
  });

  it('keep no more rows than the automaton has states, and grow no further', () => {
    const c = compileTerms([{ entityId: 'e', text: 'abcdefgh', lang: 'en' }]);
    // Only the root has a static full row.
    const { rows: _rows, exits: _exits, ...core } = c.automaton;
    const a = withFullRows({ ...core, denseStates: 1 });
    const t = scanTables(a, c.alphabet);
    for (let k = 0; k < 20; k++) scanText('abcdefgh abcdefgx abcdefgh', t, false);
    expect(t.reportCount).toBe(4);
    expect(t.lazy!.rows.length).toBe(a.states << 6);
    // Every state but those where a pattern ends (h) got a row, and no slot is beyond the rows.
    expect(t.lazy!.slots).toBe(a.states - 1);
  });
});

/** Separators of the texts: spaces, line breaks with indentation, punctuation. */
function j0(k: number): string {
  return [' ', '\n    ', '; ', ' - '][k % 4]!;
}
