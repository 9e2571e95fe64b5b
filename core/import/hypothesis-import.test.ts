// Tests of reading Hypothesis exports (client export, API result, bare rows) and Hypothesis JSON-LD.
import { describe, expect, it } from 'vitest';
import { importNotesFile } from './import-file';
import { HYPOTHESIS_EXPORT, HYPOTHESIS_JSONLD, HYPOTHESIS_ROW } from './test-fixtures';

const read = (text: string) => importNotesFile(text, { now: 0 });

describe('Hypothesis exports', () => {
  it('reads the client export: annotations and highlights, with replies and page notes reported', () => {
    const r = read(JSON.stringify(HYPOTHESIS_EXPORT));
    expect(r.format).toBe('hypothesis');
    expect(r.notes.map((n) => n.id)).toEqual([
      'https://hypothes.is/a/Bf9eCNzYEe-abc123',
      'https://hypothes.is/a/highlight-1',
    ]);
    expect(r.invalid).toEqual([
      { section: 'notes', index: 2, reason: 'no TextQuoteSelector: a page note, not a note on the page text' },
      { section: 'notes', index: 3, reason: 'a reply to another annotation, not a note on the page text' },
    ]);
    expect(r.notes[0]).toEqual({
      id: 'https://hypothes.is/a/Bf9eCNzYEe-abc123',
      page: {
        url: 'https://www.38north.org/2024/05/report/',
        normalizedUrl: 'https://www.38north.org/2024/05/report/',
        title: 'North Korea’s oil imports',
        lang: '',
        site: '38north.org',
      },
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'ship-to-ship transfers',
          prefix: 'documented ',
          suffix: ' near Nampo',
        },
        position: { type: 'TextPositionSelector', start: 1840, end: 1865 },
        range: {
          type: 'RangeSelector',
          startContainer: '/div[1]/article[1]/p[3]',
          startOffset: 95,
          endContainer: '/div[1]/article[1]/p[3]',
          endOffset: 120,
        },
      },
      kind: 'comment',
      comment: 'Compare with the **MSMT** findings <b>here</b>',
      tags: ['oil', 'ship to ship'],
      entityIds: [],
      created: Date.UTC(2024, 4, 3, 9, 42, 48, 316),
      modified: Date.UTC(2024, 4, 4, 10),
    });
    expect(r.notes[1]).toMatchObject({ kind: 'highlight', comment: '', target: { position: { start: 0, end: 0 } } });
  });

  it('reads an API search result and a bare list of rows', () => {
    expect(read(JSON.stringify({ total: 1, rows: [HYPOTHESIS_ROW] })).notes).toHaveLength(1);
    expect(read(JSON.stringify([HYPOTHESIS_ROW])).format).toBe('hypothesis');
  });

  it('finds the same note id in Hypothesis JSON and in Hypothesis JSON-LD', () => {
    const fromJsonLd = read(JSON.stringify(HYPOTHESIS_JSONLD));
    expect(fromJsonLd.format).toBe('w3c-web-annotation');
    expect(fromJsonLd.notes[0]).toMatchObject({
      id: 'https://hypothes.is/a/Bf9eCNzYEe-abc123',
      kind: 'comment',
      comment: 'Compare with the **MSMT** findings',
      tags: ['oil'],
      target: { range: { startOffset: 95, endOffset: 120 } },
    });
  });
});
