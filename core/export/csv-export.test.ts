// Tests of the CSV export: RFC 4180 quoting, CRLF, byte-order mark and the formula-injection guard.
import { describe, expect, it } from 'vitest';
import { BOM, CSV_COLUMNS, csvCell, exportCsv } from './csv-export';
import { testEntityName, variedNotes } from './test-notes';

const options = { appVersion: '0.1.0', now: 0, entityName: testEntityName };

/** A strict RFC 4180 reader, to check what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r"\n]/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += cell.length;
      if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('guards against formula injection with a leading apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+7')).toBe("'+7");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('exportCsv', () => {
  const notes = variedNotes(40, 3);
  const text = exportCsv(notes, options);

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(text.startsWith(BOM + 'id,created,modified,page_title,url,quote,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('has a header and one row of 13 cells per note, which read back as written', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(notes.length + 1);
    const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
    notes.forEach((n, i) => {
      const cells = rows[i + 1]!.map(unguard);
      expect(cells).toHaveLength(13);
      expect(cells[0]).toBe(n.id);
      expect(cells[1]).toBe(new Date(n.created).toISOString());
      expect(cells[5]).toBe(n.target.quote.exact);
      expect(cells[8]).toBe(n.comment);
      expect(cells[9]).toBe(n.tags.join(';'));
      expect(cells[10]).toBe(n.entityIds.map((id) => testEntityName(id) ?? id).join(';'));
      expect(cells[11]).toBe(n.kind);
      expect(cells[12]).toBe(n.page.lang);
    });
  });

  it('never lets a cell start a formula', () => {
    const cells = parseCsv(text.slice(1)).flat();
    expect(cells.some((c) => c.startsWith("'="))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('is a header alone for no notes', () => {
    expect(exportCsv([], options)).toBe(BOM + CSV_COLUMNS.join(',') + '\r\n');
  });
});
