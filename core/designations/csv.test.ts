// Tests of the RFC 4180 CSV reader.
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain fields and records on CRLF, LF and CR', () => {
    expect(fields('a,b,c\r\nd,e,f\ng,h,i\rj,k,l')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
      ['j', 'k', 'l'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = '1,"CECOEX, S.A.","line one\r\nline two","say ""hi"""\r\n2,"",x,""""\r\n';
    expect(fields(text)).toEqual([
      ['1', 'CECOEX, S.A.', 'line one\r\nline two', 'say "hi"'],
      ['2', '', 'x', '"'],
    ]);
  });

  it('keeps empty fields and spaces, and skips empty lines', () => {
    expect(fields('a,,-0- ,\n\n\nb, c ,"d" ,e\n')).toEqual([
      ['a', '', '-0- ', ''],
      ['b', ' c ', 'd', 'e'],
    ]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const records = parseCsv('a,"x\ny"\nb,c\n\nd,e');
    expect(records.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('reports a quote that is never closed as unterminated', () => {
    try {
      parseCsv('1,"ok"\n2,"cut off here');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).unterminated).toBe(true);
      expect((e as CsvSyntaxError).line).toBe(2);
    }
  });

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('1,"abc"def,2')).toThrow(/after a closing quote/);
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\r\n')).toEqual([]);
  });
});
