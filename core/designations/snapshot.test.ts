// Tests of the snapshot's build, file-name dates, JSON layout and the stats on entities without designations.
import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { buildSnapshot, listDateFromFileName, serializeSnapshot } from './snapshot';
import { designationStats } from './stats';
import { NKSR_REMARK, sdnCsv, sdnRow, unXml } from './test-fixtures';

const UN_TEXT = unXml([
  { kind: 'entity', ref: 'KPe.034', names: ['ILSIM INTERNATIONAL BANK'], listedOn: '2016-11-30' },
]);
const OFAC_TEXT = sdnCsv([
  sdnRow({ ent: 19508, name: 'ILSIM INTERNATIONAL BANK', program: 'DPRK3', remarks: `${NKSR_REMARK}.` }),
  sdnRow({ ent: 17069, name: 'CHONG CHON GANG', type: 'vessel', program: 'DPRK' }),
]);

describe('buildSnapshot', () => {
  const { snapshot, report } = buildSnapshot(
    { file: 'un.xml', text: UN_TEXT, sha256: 'aa' },
    { file: 'ofac-sdn-2024-05-03.csv', text: OFAC_TEXT, sha256: 'bb' },
  );

  it('records the sources, with the OFAC date from the file name', () => {
    expect(snapshot.formatVersion).toBe(1);
    expect(snapshot.generatedAt).toBe('2025-04-19');
    expect(snapshot.sources).toEqual([
      { list: 'un', file: 'un.xml', listDate: '2025-04-19', sha256: 'aa', entries: 1 },
      { list: 'us', file: 'ofac-sdn-2024-05-03.csv', listDate: '2024-05-03', sha256: 'bb', entries: 2 },
    ]);
    expect(snapshot.entities.map((e) => e.id)).toEqual(['des-kpe-034', 'des-ofac-17069']);
    expect(report.matches).toHaveLength(1);
  });

  it('needs a date for an OFAC file whose name has none', () => {
    const ofac = { file: 'sdn.csv', text: OFAC_TEXT, sha256: 'bb' };
    expect(() => buildSnapshot({ file: 'un.xml', text: UN_TEXT, sha256: 'aa' }, ofac)).toThrow(/No date/);
    const dated = buildSnapshot({ file: 'un.xml', text: UN_TEXT, sha256: 'aa' }, { ...ofac, listDate: '2024-06-01' });
    expect(dated.snapshot.sources[1]?.listDate).toBe('2024-06-01');
  });

  it('serialises one entity per line, as JSON that reads back the same', () => {
    const text = serializeSnapshot(snapshot);
    expect(JSON.parse(text)).toEqual(snapshot);
    const entityLines = text.split('\n').filter((l) => l.startsWith('    {"id":'));
    expect(entityLines).toHaveLength(2);
    expect(text.endsWith('  ]\n}\n')).toBe(true);
    expect(serializeSnapshot(snapshot)).toBe(text);
  });
});

describe('listDateFromFileName', () => {
  it('finds an ISO date in a file name', () => {
    expect(listDateFromFileName('ofac-sdn-2024-05-03.csv')).toBe('2024-05-03');
    expect(listDateFromFileName('sdn.csv')).toBeUndefined();
  });
});

describe('designationStats', () => {
  it('ignores entities without designations', () => {
    expect(designationStats(STARTER_ENTITIES)).toEqual({
      entities: 0,
      byList: {},
      byType: {},
      byProgram: {},
      unAndUs: 0,
    });
  });
});
