// Tests of the OFAC sdn.csv parser on small inline lists.
import { describe, expect, it } from 'vitest';
import { extractAliases, ListFormatError, MAX_LIST_BYTES, parseOfacSdnCsv, splitPrograms } from './ofac-csv';
import { NKSR_REMARK, sdnCsv, sdnRow } from './test-fixtures';

const ROWS = [
  sdnRow({ ent: 306, name: 'BANCO NACIONAL DE CUBA', program: 'CUBA', remarks: "a.k.a. 'BNC'." }),
  sdnRow({
    ent: 9345,
    name: 'KOREA MINING DEVELOPMENT TRADING CORPORATION',
    program: 'NPWMD] [DPRK2',
    remarks: `${NKSR_REMARK}; a.k.a. 'KOMID'.`,
  }),
  sdnRow({
    ent: 12211,
    name: 'KIM, Yong Chol',
    type: 'individual',
    program: 'DPRK',
    title: 'Director, "Reconnaissance" Bureau',
    remarks: `DOB circa 1947; alt. DOB 15 Aug 1946; POB Pyongan-Pukto, North Korea; nationality Korea, North; Gender Male; ${NKSR_REMARK}; Passport 472410022 (Korea, North) expires 01 Jan 2020; Linked To: RECONNAISSANCE GENERAL BUREAU.`,
  }),
  sdnRow({
    ent: 17069,
    name: 'CHONG CHON GANG',
    type: 'vessel',
    program: 'DPRK',
    callSign: 'HMYF',
    vesselType: 'General Cargo',
    flag: "Democratic People's Republic of Korea",
    remarks: `${NKSR_REMARK}; Vessel Registration Identification IMO 7937317; f.k.a. 'SAM 5'; f.k.a. 'PEOPLE'S STAR'.`,
  }),
  sdnRow({
    ent: 19587,
    name: 'KOREAN BUYON SHIPPING CO. LTD.',
    program: 'DPRK3',
    remarks: `${NKSR_REMARK}; Vessel Registration Identification IMO 5057119; alt. Company Number IMO 5057120.`,
  }),
  sdnRow({ ent: 20540, name: 'P-532', type: 'aircraft', program: 'DPRK3', remarks: 'Aircraft Model AN24-RV.' }),
  sdnRow({ ent: 27307, name: 'LAZARUS GROUP', program: 'DPRK3] [CYBER2', remarks: "a.k.a. 'HIDDEN COBRA'" }),
  sdnRow({ ent: 9346, name: 'TANCHON COMMERCIAL BANK', program: 'NPWMD', remarks: `${NKSR_REMARK}.` }),
  sdnRow({ ent: 7000, name: 'SOME IRAN CO', program: 'NPWMD] [IRAN', remarks: 'Iranian Transactions.' }),
  sdnRow({ ent: 8000, name: 'NKSPEA PARTY', program: 'DPRK-NKSPEA' }),
];

function problemOf(input: string): string {
  try {
    parseOfacSdnCsv(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ListFormatError);
    expect((e as Error).message).toMatch(/^OFAC SDN list: /);
    return (e as ListFormatError).problem;
  }
  throw new Error('expected a ListFormatError');
}

describe('parseOfacSdnCsv', () => {
  const { entries, northKoreaLinked } = parseOfacSdnCsv(sdnCsv(ROWS));
  const byNum = (n: string) => entries.find((e) => e.entNum === n)!;

  it('keeps the rows of every DPRK programme, alone or combined with others', () => {
    expect(entries.map((e) => e.entNum)).toEqual(['9345', '12211', '17069', '19587', '20540', '27307', '8000']);
    expect(byNum('9345').programs).toEqual(['NPWMD', 'DPRK2']);
    expect(byNum('9345').dprkPrograms).toEqual(['DPRK2']);
    expect(byNum('27307').dprkPrograms).toEqual(['DPRK3']);
    expect(byNum('8000').dprkPrograms).toEqual(['DPRK-NKSPEA']);
  });

  it('sets aside other-programme rows that cite the North Korea regulations', () => {
    expect(northKoreaLinked.map((e) => e.entNum)).toEqual(['9346']);
    expect(northKoreaLinked[0]!.dprkPrograms).toEqual([]);
  });

  it('reads the type, with an empty type meaning an entity', () => {
    expect(entries.map((e) => e.type)).toEqual([
      'entity',
      'individual',
      'vessel',
      'entity',
      'aircraft',
      'entity',
      'entity',
    ]);
  });

  it("reads an individual's facts from the columns and Remarks", () => {
    expect(byNum('12211')).toMatchObject({
      name: 'KIM, Yong Chol',
      title: 'Director, "Reconnaissance" Bureau',
      datesOfBirth: ['circa 1947', '15 Aug 1946'],
      placesOfBirth: ['Pyongan-Pukto, North Korea'],
      nationalities: ['Korea, North'],
      gender: 'Male',
      passports: ['472410022'],
      linkedTo: ['RECONNAISSANCE GENERAL BUREAU'],
      remarksTruncated: false,
    });
    expect(byNum('12211').callSign).toBeUndefined();
  });

  it("reads a vessel's IMO number, flag, type and call sign, and former names", () => {
    expect(byNum('17069')).toMatchObject({
      imo: '7937317',
      vesselType: 'General Cargo',
      vesselFlag: "Democratic People's Republic of Korea",
      callSign: 'HMYF',
      companyImo: [],
      aliases: [
        { name: 'SAM 5', kind: 'f.k.a.' },
        { name: "PEOPLE'S STAR", kind: 'f.k.a.' },
      ],
    });
  });

  it("keeps a ship owner's IMO numbers as company numbers, not as a vessel IMO", () => {
    expect(byNum('19587').imo).toBeUndefined();
    expect(byNum('19587').companyImo).toEqual(['5057119', '5057120']);
  });

  it('rejects rows with the wrong number of columns, naming the line', () => {
    const bad = sdnCsv([ROWS[1]!, '9999,"SHORT ROW","DPRK"']);
    expect(problemOf(bad)).toBe('wrong-columns');
    expect(() => parseOfacSdnCsv(bad)).toThrow(/line 2 has 3 columns, expected 12/);
  });

  it('rejects an HTML page', () => {
    expect(problemOf('<!doctype html><html><body>Access Denied</body></html>')).toBe('html');
  });

  it('rejects an empty list', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('\r\n\u001a')).toBe('empty');
  });

  it('rejects a list without DPRK rows', () => {
    expect(problemOf(sdnCsv([ROWS[0]!]))).toBe('no-dprk-entries');
  });

  it('rejects a download cut inside a quoted field', () => {
    const text = sdnCsv(ROWS);
    expect(problemOf(text.slice(0, text.indexOf('Pyongan-Pukto')))).toBe('truncated');
  });

  it('rejects input over the size limit', () => {
    const huge = sdnCsv(ROWS) + ' '.repeat(50 * 1024 * 1024);
    expect(huge.length).toBeGreaterThan(MAX_LIST_BYTES);
    expect(problemOf(huge)).toBe('too-large');
  });

  it('skips a header row', () => {
    const header =
      'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks';
    expect(parseOfacSdnCsv(sdnCsv([header, ...ROWS])).entries).toHaveLength(7);
  });
});

describe('extractAliases', () => {
  it('reads a.k.a., f.k.a. and n.k.a. names, keeping apostrophes inside names', () => {
    const remarks = "a.k.a. 'KOGEN'; a.k.a. 'MINISTRY OF PEOPLE'S SECURITY'; f.k.a. 'OLD NAME'; n.k.a. 'NEW NAME'.";
    expect(extractAliases(remarks)).toEqual([
      { name: 'KOGEN', kind: 'a.k.a.' },
      { name: "MINISTRY OF PEOPLE'S SECURITY", kind: 'a.k.a.' },
      { name: 'OLD NAME', kind: 'f.k.a.' },
      { name: 'NEW NAME', kind: 'n.k.a.' },
    ]);
  });

  it('leaves out an alias cut off at the end of truncated Remarks', () => {
    const remarks = "a.k.a. 'HIDDEN COBRA'; a.k.a. 'WHOIS HACKIN";
    expect(extractAliases(remarks)).toEqual([{ name: 'HIDDEN COBRA', kind: 'a.k.a.' }]);
  });

  it('marks Remarks cut at 1,000 characters as truncated and ignores their last item', () => {
    const remarks = `${'x'.repeat(960)}; DOB 01 Jan 1970; a.k.a. 'WHOIS HACKING TE`.slice(0, 1000);
    const [entry] = parseOfacSdnCsv(sdnCsv([sdnRow({ ent: 1, name: 'X', program: 'DPRK3', remarks })])).entries;
    expect(entry!.remarksTruncated).toBe(true);
    expect(entry!.aliases).toEqual([]);
    expect(entry!.datesOfBirth).toEqual(['01 Jan 1970']);
  });
});

describe('splitPrograms', () => {
  it('splits combined programme tags', () => {
    expect(splitPrograms('DPRK3] [CYBER2')).toEqual(['DPRK3', 'CYBER2']);
    expect(splitPrograms('DPRK')).toEqual(['DPRK']);
  });
});
