// Tests of the UN Consolidated List parser on small inline documents.
import { describe, expect, it } from 'vitest';
import { unXml } from './test-fixtures';
import { ListFormatError, MAX_LIST_BYTES, parseUnConsolidatedList } from './un-xml';

const SAMPLE = unXml([
  {
    kind: 'individual',
    ref: 'KPi.001',
    names: ['YUN', 'HO-JIN'],
    listedOn: '2009-07-16',
    aliases: [['Good', 'Yun Ho-chin']],
    designation: ['Director of Namchongang\n   Trading Corporation'],
    nationality: "Democratic People's Republic of Korea",
    comments: 'Director of Namchongang Trading Corporation; oversees imports.',
    dob: '1944-10-13',
    passport: '381420754',
    address: { city: 'Pyongyang', country: "Democratic People's Republic of Korea" },
  },
  { kind: 'individual', ref: 'TAi.005', names: ['MUHAMMAD', 'TAHER', 'ANWARI'], listType: 'Taliban' },
  {
    kind: 'entity',
    ref: 'KPe.035',
    names: ['KOREA DAESONG BANK'],
    listedOn: '2016-11-30',
    aliases: [
      ['a.k.a.', 'Choson Taesong Unhaeng'],
      ['a.k.a.', 'Taesong Bank'],
      ['f.k.a.', 'Korea Daesong & Co'],
    ],
  },
  { kind: 'entity', ref: 'KPe.034', names: ['ILSIM INTERNATIONAL BANK'] },
]);

function problemOf(input: string): string {
  try {
    parseUnConsolidatedList(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ListFormatError);
    expect((e as Error).message).toMatch(/^UN Consolidated List: /);
    return (e as ListFormatError).problem;
  }
  throw new Error('expected a ListFormatError');
}

describe('parseUnConsolidatedList', () => {
  it('keeps only DPRK entries, individuals first, with the generation date', () => {
    const list = parseUnConsolidatedList(SAMPLE);
    expect(list.generated).toBe('2025-04-19');
    expect(list.entries.map((e) => e.reference)).toEqual(['KPi.001', 'KPe.035', 'KPe.034']);
    expect(list.entries.map((e) => e.kind)).toEqual(['individual', 'entity', 'entity']);
  });

  it('joins the name parts and reads the facts of an individual', () => {
    const yun = parseUnConsolidatedList(SAMPLE).entries[0]!;
    expect(yun).toMatchObject({
      name: 'YUN HO-JIN',
      listedOn: '2009-07-16',
      aliases: [{ name: 'Yun Ho-chin', quality: 'Good' }],
      designations: ['Director of Namchongang Trading Corporation'],
      nationalities: ["Democratic People's Republic of Korea"],
      addresses: ["Pyongyang, Democratic People's Republic of Korea"],
      datesOfBirth: ['1944-10-13'],
      comments: 'Director of Namchongang Trading Corporation; oversees imports.',
    });
    // The list repeats documents in French and Spanish: one per number, in English.
    expect(yun.documents).toEqual(['Passport 381420754']);
  });

  it('reads entity aliases with their quality, decodes entities, and skips empty aliases', () => {
    const [, daesong, ilsim] = parseUnConsolidatedList(SAMPLE).entries;
    expect(daesong!.aliases).toEqual([
      { name: 'Choson Taesong Unhaeng', quality: 'a.k.a.' },
      { name: 'Taesong Bank', quality: 'a.k.a.' },
      { name: 'Korea Daesong & Co', quality: 'f.k.a.' },
    ]);
    expect(ilsim!.aliases).toEqual([]);
    expect(ilsim!.reference).toBe('KPe.034');
  });

  it('accepts a byte-order mark and leading whitespace', () => {
    expect(parseUnConsolidatedList(`\uFEFF\n  ${SAMPLE}`).entries).toHaveLength(3);
  });

  it('rejects input over the size limit before parsing it', () => {
    const huge = SAMPLE + ' '.repeat(50 * 1024 * 1024);
    expect(huge.length).toBeGreaterThan(MAX_LIST_BYTES);
    const started = Date.now();
    expect(problemOf(huge)).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(MAX_LIST_BYTES).toBe(40 * 1024 * 1024);
  });

  it('rejects an HTML error page', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body><p>Try later<br></body></html>';
    expect(problemOf(page)).toBe('html');
    expect(problemOf('<html lang="en"><body>Not found</body></html>')).toBe('html');
  });

  it('rejects a truncated download', () => {
    expect(problemOf(SAMPLE.slice(0, Math.floor(SAMPLE.length * 0.6)))).toBe('truncated');
    expect(problemOf(SAMPLE.slice(0, SAMPLE.length - 5))).toBe('truncated');
  });

  it('rejects text that is not XML, and empty text', () => {
    expect(problemOf('{"error": "rate limited"}')).toBe('not-xml');
    expect(problemOf('')).toBe('empty');
    expect(problemOf('  \n ')).toBe('empty');
  });

  it('rejects XML without a CONSOLIDATED_LIST root', () => {
    expect(problemOf('<?xml version="1.0"?><rss><channel></channel></rss>')).toBe('wrong-root');
  });

  it('rejects malformed XML that is complete', () => {
    const broken = SAMPLE.replace('<SORT_KEY/>', '<SORT_KEY>');
    expect(problemOf(broken)).toBe('malformed');
  });

  it('rejects entity declarations', () => {
    const bomb = SAMPLE.replace('<CONSOLIDATED_LIST', '<!DOCTYPE x [<!ENTITY a "aaaa">]><CONSOLIDATED_LIST');
    expect(problemOf(bomb)).toBe('malformed');
  });

  it('rejects a list with no DPRK entries', () => {
    const other = unXml([{ kind: 'individual', ref: 'TAi.005', names: ['MUHAMMAD'], listType: 'Taliban' }]);
    expect(problemOf(other)).toBe('no-dprk-entries');
  });
});
