// Tests of merging UN and OFAC designations into knowledge-base entities.
import { describe, expect, it } from 'vitest';
import { buildDesignations, buildDesignationsWithReport } from './merge';
import { parseOfacSdnCsv } from './ofac-csv';
import { designationStats } from './stats';
import { NKSR_REMARK, sdnCsv, sdnRow, unXml } from './test-fixtures';
import { parseUnConsolidatedList } from './un-xml';

const UN = parseUnConsolidatedList(
  unXml([
    {
      kind: 'entity',
      ref: 'KPe.034',
      names: ['ILSIM INTERNATIONAL BANK'],
      listedOn: '2016-11-30',
      comments: 'Ilsim International Bank is affiliated with the DPRK military. SWIFT: ILSIKPPY',
    },
    {
      kind: 'entity',
      ref: 'KPe.025',
      names: ['KOREA KWANGSON BANKING CORPORATION (KKBC)'],
      aliases: [['a.k.a.', 'KKBC']],
    },
    {
      kind: 'entity',
      ref: 'KPe.022',
      names: ['CHONGCHONGANG SHIPPING COMPANY'],
      comments: 'IMO Number: 5342883. Operates vessels.',
    },
    { kind: 'entity', ref: 'KPe.099', names: ['KOREA TWIN TRADING CORPORATION'] },
    {
      kind: 'individual',
      ref: 'KPi.001',
      names: ['YUN', 'HO-JIN'],
      dob: '1944-10-13',
      designation: ['Director of Namchongang Trading Corporation'],
    },
    { kind: 'individual', ref: 'KPi.050', names: ['PAK', 'TO CHUN'], aliases: [['Good', 'Pak Do Chun']] },
    { kind: 'individual', ref: 'KPi.090', names: ['KIM', 'CHOL'], dob: '1960-01-01' },
    { kind: 'individual', ref: 'KPi.095', names: ['RI', 'WON HO'], passport: '381310014' },
  ]),
);

const OFAC = parseOfacSdnCsv(
  sdnCsv([
    sdnRow({ ent: 19508, name: 'ILSIM INTERNATIONAL BANK', program: 'DPRK3', remarks: `${NKSR_REMARK}.` }),
    sdnRow({ ent: 11581, name: 'KOREA KWANGSON BANKING CORP', program: 'NPWMD', remarks: `${NKSR_REMARK}.` }),
    sdnRow({
      ent: 17067,
      name: 'CHONG CHON GANG SHIPPING CO LTD',
      program: 'DPRK',
      remarks: 'Identification Number IMO 5342883.',
    }),
    sdnRow({ ent: 30001, name: 'KOREA TWIN TRADING CORP', program: 'DPRK2' }),
    sdnRow({ ent: 30002, name: 'KOREA TWIN TRADING CORPORATION', program: 'DPRK4' }),
    sdnRow({
      ent: 12218,
      name: 'YUN, Ho-Jin',
      type: 'individual',
      program: 'NPWMD',
      remarks: `DOB 13 Oct 1944; ${NKSR_REMARK}.`,
    }),
    sdnRow({ ent: 19490, name: 'PAK, Do Chun', type: 'individual', program: 'DPRK2] [CYBER2' }),
    sdnRow({ ent: 30003, name: 'KIM, Chol', type: 'individual', program: 'DPRK3', remarks: 'DOB 1975.' }),
    sdnRow({ ent: 19609, name: 'RI, Won Ho', type: 'individual', program: 'DPRK2', remarks: 'Passport 381310014.' }),
    sdnRow({
      ent: 21746,
      name: 'KIM, Nam Ung',
      type: 'individual',
      program: 'DPRK3',
      title: 'Ilsim International Bank representative',
      remarks: 'DOB 01 Jan 1970; Linked To: ILSIM INTERNATIONAL BANK.',
    }),
    sdnRow({
      ent: 17069,
      name: 'CHONG CHON GANG',
      type: 'vessel',
      program: 'DPRK',
      vesselType: 'General Cargo',
      flag: "Democratic People's Republic of Korea",
      remarks: 'Vessel Registration Identification IMO 7937317.',
    }),
    sdnRow({ ent: 20540, name: 'P-532', type: 'aircraft', program: 'DPRK3' }),
  ]),
);

const META = { unListDate: '2025-04-19', ofacListDate: '2024-05-03' };
const { entities, report } = buildDesignationsWithReport(UN, OFAC, META);
const byId = (id: string) => entities.find((e) => e.id === id)!;

describe('buildDesignations', () => {
  it('merges each party listed by both, and says how', () => {
    const pairs = Object.fromEntries(report.matches.map((m) => [m.un, [m.ofac, m.method]]));
    expect(pairs).toEqual({
      'KPe.022': ['17067', 'imo-number'],
      'KPe.025': ['11581', 'same-name'],
      'KPe.034': ['19508', 'same-name'],
      'KPi.001': ['12218', 'same-name'],
      'KPi.050': ['19490', 'name-alias'],
      'KPi.095': ['19609', 'passport'],
    });
    expect(report.mergedWithDprkRow).toBe(4);
    expect(report.mergedWithOtherProgramRow).toBe(2);
  });

  it('keeps people apart when their birth years conflict', () => {
    expect(report.matches.some((m) => m.un === 'KPi.090')).toBe(false);
    expect(byId('des-kpi-090').designations).toEqual([{ list: 'un', reference: 'KPi.090', listedOn: '2016-03-02' }]);
    expect(byId('des-ofac-30003').name).toBe('KIM, Chol');
  });

  it('merges nothing when a party has two equally good candidates', () => {
    expect(report.ambiguous.map((m) => m.ofac).sort()).toEqual(['30001', '30002']);
    expect(byId('des-kpe-099').designations).toHaveLength(1);
    expect(entities.filter((e) => e.id === 'des-ofac-30001' || e.id === 'des-ofac-30002')).toHaveLength(2);
  });

  it('orders UN entries by reference, then OFAC-only rows by number, and skips aircraft', () => {
    expect(entities.map((e) => e.id)).toEqual([
      'des-kpe-022',
      'des-kpe-025',
      'des-kpe-034',
      'des-kpe-099',
      'des-kpi-001',
      'des-kpi-050',
      'des-kpi-090',
      'des-kpi-095',
      'des-ofac-17069',
      'des-ofac-21746',
      'des-ofac-30001',
      'des-ofac-30002',
      'des-ofac-30003',
    ]);
    expect(report.skippedAircraft).toEqual(['20540']);
  });

  it('builds a merged entity from both lists', () => {
    expect(byId('des-kpe-034')).toEqual({
      id: 'des-kpe-034',
      type: 'organisation',
      origin: 'designation',
      name: 'ILSIM INTERNATIONAL BANK',
      names: [{ text: 'ILSIM INTERNATIONAL BANK', lang: 'en' }],
      background:
        'Ilsim International Bank is affiliated with the DPRK military. ' +
        'Listed by the UN Security Council on 2016-11-30 (KPe.034). Also designated by the U.S. Treasury (OFAC, DPRK3).',
      dates: [{ date: '2016-11-30', label: 'Listed by the UN Security Council (KPe.034)' }],
      identifiers: [
        { scheme: 'un', value: 'KPe.034' },
        { scheme: 'ofac', value: '19508' },
      ],
      relations: [{ type: 'designated-under', target: 'unsc' }],
      sources: [
        {
          title: 'UN Security Council Consolidated List, KPe.034',
          publisher: 'United Nations Security Council',
          url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
          date: '2025-04-19',
        },
        {
          title: 'Specially Designated Nationals and Blocked Persons List, entry 19508',
          publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
          url: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=19508',
          date: '2024-05-03',
        },
      ],
      designations: [
        { list: 'un', reference: 'KPe.034', listedOn: '2016-11-30' },
        { list: 'us', reference: '19508', program: 'DPRK3' },
      ],
    });
  });

  it('gives every programme of the OFAC row, and the IMO company number', () => {
    expect(byId('des-kpi-050').designations?.[1]).toEqual({ list: 'us', reference: '19490', program: 'DPRK2, CYBER2' });
    expect(byId('des-kpe-022').identifiers).toContainEqual({ scheme: 'imo', value: '5342883' });
  });

  it('collects names from both lists, flagging acronyms and people', () => {
    expect(byId('des-kpe-025').names).toEqual([
      { text: 'KOREA KWANGSON BANKING CORPORATION', lang: 'en' },
      { text: 'KKBC', lang: 'en', caseSensitive: true, ambiguous: true },
      { text: 'KOREA KWANGSON BANKING CORP', lang: 'en' },
    ]);
    // "YUN Ho-Jin" is "YUN HO-JIN" to the case-insensitive matcher, so it is not repeated.
    expect(byId('des-kpi-001').names.map((n) => n.text)).toEqual(['YUN HO-JIN', 'YUN, Ho-Jin', 'Ho-Jin YUN']);
    expect(byId('des-kpi-001').names.every((n) => n.ambiguous && n.lang === 'en')).toBe(true);
  });

  it('describes people by role and vessels by their particulars', () => {
    expect(byId('des-kpi-001').background).toBe(
      'Director of Namchongang Trading Corporation. Listed by the UN Security Council on 2016-03-02 (KPi.001). ' +
        'Also designated by the U.S. Treasury (OFAC, NPWMD).',
    );
    expect(byId('des-kpi-001').dates).toContainEqual({ date: '1944-10-13', label: 'Born' });
    const ship = byId('des-ofac-17069');
    expect(ship.type).toBe('vessel');
    expect(ship.background).toBe(
      "A vessel (General Cargo) under the flag of Democratic People's Republic of Korea, IMO 7937317. " +
        'Designated by the U.S. Treasury (OFAC, DPRK).',
    );
    expect(ship.identifiers).toEqual([
      { scheme: 'ofac', value: '17069' },
      { scheme: 'imo', value: '7937317' },
    ]);
  });

  it("links OFAC's Linked To: names to the entity they name", () => {
    const kim = byId('des-ofac-21746');
    expect(kim.relations).toEqual([{ type: 'related-to', target: 'des-kpe-034' }]);
    expect(kim.background).toContain('Linked by OFAC to ILSIM INTERNATIONAL BANK.');
    expect(kim.dates).toEqual([{ date: '1970-01-01', label: 'Born' }]);
    expect(report.unresolvedLinks).toEqual([]);
  });

  it('is the entities of the report version, and is counted by the stats', () => {
    expect(buildDesignations(UN, OFAC, META)).toEqual(entities);
    expect(designationStats(entities)).toEqual({
      entities: 13,
      byList: { un: 8, us: 11 },
      byType: { organisation: 6, person: 6, vessel: 1 },
      byProgram: { CYBER2: 1, DPRK: 2, DPRK2: 3, DPRK3: 3, DPRK4: 1, NPWMD: 2 },
      unAndUs: 6,
    });
  });
});
