// An RFC 4180 CSV reader: quoted fields, doubled quotes, and commas and line breaks inside quotes.

/** One record of a CSV file, with the line it starts on (1-based) for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Why {@link parseCsv} gave up. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';

  constructor(
    readonly line: number,
    message: string,
    /** True when the text ended inside a quoted field, as a truncated download does. */
    readonly unterminated = false,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Splits CSV text into records. Records end with CRLF, LF or CR; a final record needs no line break; empty lines are
 * skipped. Fields are returned as written (unquoted, with `""` turned into `"`), without trimming.
 * @throws CsvSyntaxError for text after a closing quote or a quote that is never closed
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;

  while (i <= n) {
    let field: string;
    if (text[i] === '"') {
      // A quoted field: read to the closing quote, keeping commas and line breaks; `""` is one quote.
      const startLine = line;
      field = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new CsvSyntaxError(startLine, 'a quoted field is never closed', true);
        const chunk = text.slice(i, close);
        line += countLineBreaks(chunk);
        field += chunk;
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Tolerate spaces between the closing quote and the separator.
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (i < n && !isSeparator(text[i])) {
        throw new CsvSyntaxError(line, `unexpected ${JSON.stringify(text[i])} after a closing quote`);
      }
    } else {
      let end = i;
      while (end < n && !isSeparator(text[end])) end++;
      field = text.slice(i, end);
      i = end;
    }
    fields.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text. Empty lines are skipped.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    if (i >= n) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    recordLine = line;
  }
  return records;
}

function isSeparator(c: string | undefined): boolean {
  return c === ',' || c === '\n' || c === '\r';
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === '\n' || (c === '\r' && s[k + 1] !== '\n')) count++;
  }
  return count;
}
