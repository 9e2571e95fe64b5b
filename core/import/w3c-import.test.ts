// Tests of reading W3C Web Annotations written by other tools: single, list, page; invalid items and entity links.
import { describe, expect, it } from 'vitest';
import { importNotesFile } from './import-file';
import { W3C_EXAMPLE } from './test-fixtures';

const NOW = Date.UTC(2026, 10, 25);
const read = (text: string) => importNotesFile(text, { now: NOW });

describe('W3C annotations from other tools', () => {
  it('reads a single annotation with bodyValue, a motivation list and a source object', () => {
    const r = read(JSON.stringify(W3C_EXAMPLE));
    expect(r.invalid).toEqual([]);
    expect(r.notes[0]).toEqual({
      id: 'http://example.org/anno23',
      page: {
        url: 'http://example.org/page1',
        normalizedUrl: 'http://example.org/page1',
        title: 'Судно',
        lang: 'ru',
        site: 'example.org',
      },
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'танкер «Чонмасан»', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
      },
      kind: 'question',
      comment: 'Is this the same vessel as CHON MA SAN?',
      tags: [],
      entityIds: [],
      created: NOW,
      modified: NOW,
    });
  });

  it('reads a list and a page, reporting each item that cannot be a note', () => {
    const items = [
      W3C_EXAMPLE,
      'http://example.org/anno9',
      { ...W3C_EXAMPLE, id: 'http://example.org/whole-page', target: 'http://example.org/page1' },
      {
        ...W3C_EXAMPLE,
        id: 'http://example.org/pdf',
        target: { source: 'urn:x-pdf:abc', selector: W3C_EXAMPLE.target.selector },
      },
      { ...W3C_EXAMPLE, id: 'http://example.org/bad-time', created: 'yesterday' },
      { ...W3C_EXAMPLE, type: 'Collection' },
    ];
    for (const data of [items, { type: 'AnnotationPage', items }]) {
      const r = read(JSON.stringify(data));
      expect(r.notes).toHaveLength(1);
      expect(r.invalid.map((i) => [i.index, i.reason])).toEqual([
        [1, 'the item is a link to an annotation, not an annotation'],
        [2, expect.stringContaining('no target has a TextQuoteSelector')],
        [3, 'page.url is not a web page (http or https) URL: "urn:x-pdf:abc"'],
        [4, 'created is not an ISO 8601 date-time'],
        [5, 'the item is not an Annotation (type "Collection")'],
      ]);
    }
  });

  it('keeps only entity links to Sanctions Lens entities', () => {
    const a = {
      ...W3C_EXAMPLE,
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: 'https://sanctions-lens.org/entity/komid' },
        { purpose: 'identifying', id: 'https://www.wikidata.org/wiki/Q423' },
      ],
      bodyValue: undefined,
    };
    expect(read(JSON.stringify(a)).notes[0]!.entityIds).toEqual(['komid']);
  });
});
