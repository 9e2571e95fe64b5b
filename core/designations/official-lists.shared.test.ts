// Checks the parsers and the committed snapshot against the real UN and OFAC lists in ../shared.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOfacSdnCsv } from './ofac-csv';
import { buildSnapshot, serializeSnapshot, type DesignationsSnapshot } from './snapshot';
import { parseUnConsolidatedList } from './un-xml';

const LISTS = fileURLToPath(new URL('../../../shared/data/official-lists/', import.meta.url));
const UN_FILE = 'un-consolidated-list-2025-04-19.xml';
const OFAC_FILE = 'ofac-sdn-2024-05-03.csv';
const SNAPSHOT = fileURLToPath(new URL('./snapshot.json', import.meta.url));

function readList(file: string) {
  const bytes = readFileSync(LISTS + file);
  return { file, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** IMO numbers end with a check digit: the sum of the first six digits times 7…2, modulo 10. */
function imoCheckDigitOk(imo: string): boolean {
  const d = [...imo].map(Number);
  const sum = d.slice(0, 6).reduce((s, x, i) => s + x * (7 - i), 0);
  return sum % 10 === d[6];
}

describe.skipIf(!existsSync(LISTS + UN_FILE))('UN Consolidated List 2025-04-19', () => {
  const list = parseUnConsolidatedList(readList(UN_FILE).text);

  it('yields the 155 DPRK entries: 80 individuals and 75 entities, with 214 aliases', () => {
    expect(list.generated).toBe('2025-04-19');
    expect(list.entries).toHaveLength(155);
    expect(list.entries.filter((e) => e.kind === 'individual')).toHaveLength(80);
    expect(list.entries.filter((e) => e.kind === 'entity')).toHaveLength(75);
    expect(list.entries.reduce((n, e) => n + e.aliases.length, 0)).toBe(214);
  });

  it('has every reference KPi.001–080 and KPe.001–075 once, with a name and a listing date', () => {
    const refs = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}.${String(i + 1).padStart(3, '0')}`);
    const expected = [...refs('KPi', 80), ...refs('KPe', 75)].sort();
    expect(list.entries.map((e) => e.reference).sort()).toEqual(expected);
    for (const e of list.entries) {
      expect(e.name, e.reference).not.toBe('');
      expect(e.listedOn, e.reference).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe.skipIf(!existsSync(LISTS + OFAC_FILE))('OFAC SDN list 2024-05-03', () => {
  const { entries } = parseOfacSdnCsv(readList(OFAC_FILE).text);
  const ofType = (type: string) => entries.filter((e) => e.type === type);

  it('yields the 484 DPRK rows: 164 individuals, 199 entities, 105 vessels, 16 aircraft', () => {
    expect(entries).toHaveLength(484);
    expect([ofType('individual'), ofType('entity'), ofType('vessel'), ofType('aircraft')].map((l) => l.length)).toEqual(
      [164, 199, 105, 16],
    );
    expect(new Set(entries.map((e) => e.entNum)).size).toBe(484);
  });

  it('finds the IMO numbers of 104 vessels, all with a valid check digit', () => {
    const withImo = ofType('vessel').filter((e) => e.imo);
    expect(withImo).toHaveLength(104);
    expect(withImo.filter((e) => !imoCheckDigitOk(e.imo!)).map((e) => e.imo)).toEqual([]);
    expect(entries.filter((e) => e.type !== 'vessel' && e.imo)).toEqual([]);
  });

  it('reads the a.k.a. aliases in Remarks', () => {
    const lazarus = entries.find((e) => e.name === 'LAZARUS GROUP');
    expect(lazarus?.aliases.map((a) => a.name)).toEqual([
      'HIDDEN COBRA',
      'OFFICE 91',
      'GUARDIANS OF PEACE',
      'THE NEW ROMANTIC CYBER ARMY TEAM',
    ]);
    expect(entries.find((e) => e.name === 'KOREA MINING DEVELOPMENT TRADING CORPORATION')?.aliases).toEqual([
      { name: 'KOMID', kind: 'a.k.a.' },
    ]);
  });
});

describe.skipIf(!existsSync(LISTS + UN_FILE) || !existsSync(LISTS + OFAC_FILE))('the committed snapshot', () => {
  const { snapshot, report } = buildSnapshot(readList(UN_FILE), readList(OFAC_FILE));
  const committedText = readFileSync(SNAPSHOT, 'utf8');
  const committed = JSON.parse(committedText) as DesignationsSnapshot;

  it('has the entity ids that the build script would produce now', () => {
    expect(committed.entities.map((e) => e.id)).toEqual(snapshot.entities.map((e) => e.id));
  });

  it('is byte for byte what the build script would write now', () => {
    expect(committed.sources).toEqual(snapshot.sources);
    const stale = snapshot.entities.find((e, i) => JSON.stringify(e) !== JSON.stringify(committed.entities[i]));
    expect(stale?.id, 'snapshot.json is stale: run npx tsx scripts/build-designations.ts').toBeUndefined();
    expect(committedText === serializeSnapshot(snapshot), 'snapshot.json layout differs: rebuild it').toBe(true);
  });

  it('has one entity per UN entry, unique ids, and every party on both lists merged once', () => {
    const ids = snapshot.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^des-kp[ei]-\d{3}$/.test(id))).toHaveLength(155);
    expect(report.matches).toHaveLength(149);
    expect(report.ambiguous).toEqual([]);
    const usRefs = snapshot.entities.flatMap((e) => (e.designations ?? []).filter((d) => d.list === 'us'));
    expect(new Set(usRefs.map((d) => d.reference)).size).toBe(usRefs.length);
    // 484 rows, less 16 aircraft; 86 of the 149 merges are with DPRK rows, the rest with NPWMD rows.
    expect(report.mergedWithDprkRow).toBe(86);
    expect(snapshot.entities).toHaveLength(155 + 484 - 16 - 86);
  });

  it('merges a known party and writes its background from the lists', () => {
    const ilsim = snapshot.entities.find((e) => e.id === 'des-kpe-034');
    expect(ilsim?.designations).toEqual([
      { list: 'un', reference: 'KPe.034', listedOn: '2016-11-30' },
      { list: 'us', reference: '19508', program: 'DPRK3' },
    ]);
    expect(ilsim?.background).toContain(
      'Listed by the UN Security Council on 2016-11-30 (KPe.034). Also designated by the U.S. Treasury (OFAC, DPRK3).',
    );
  });
});
