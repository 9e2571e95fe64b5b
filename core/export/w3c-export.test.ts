// Tests of the W3C Web Annotation export: the shape of each annotation and of the collection.
import { describe, expect, it } from 'vitest';
import type { Note } from '../notes/note';
import { pageIdentity } from '../page-identity';
import { testEntityName } from './test-notes';
import { exportW3c, noteToAnnotation, notesToAnnotationCollection, type JsonObject } from './w3c-export';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const options = { appVersion: '0.1.0', now: NOW, entityName: testEntityName };

const note: Note = {
  id: '6f1c2a9e-0b1d-4c3e-9f8a-7b6c5d4e3f2a',
  page: pageIdentity({
    url: 'https://www.nknews.org/2025/05/msmt/?utm_source=x',
    canonical: 'https://www.nknews.org/2025/05/msmt/',
    title: 'MSMT report',
    lang: 'en',
  }),
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'MSMT', prefix: 'the ', suffix: ' said' },
    position: { type: 'TextPositionSelector', start: 4, end: 8 },
    range: {
      type: 'RangeSelector',
      startContainer: '/main[1]/p[2]',
      startOffset: 4,
      endContainer: '/main[1]/p[2]',
      endOffset: 8,
    },
    context: 'Yesterday the MSMT said so.',
  },
  kind: 'comment',
  comment: 'Check the annex',
  tags: ['oil', 'ship-to-ship'],
  entityIds: ['msmt', 'no-name'],
  created: Date.UTC(2025, 4, 29, 8, 0, 0, 123),
  modified: Date.UTC(2025, 4, 30),
};

describe('W3C annotation of a note', () => {
  const a = noteToAnnotation(note, options);

  it('has the context, urn:uuid id, type, times, generator and motivation', () => {
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:6f1c2a9e-0b1d-4c3e-9f8a-7b6c5d4e3f2a',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-05-29T08:00:00.123Z',
      modified: '2025-05-30T00:00:00.000Z',
      generator: { id: 'https://sanctions-lens.org/', type: 'Software', name: 'Sanctions Lens 0.1.0' },
      generated: '2026-11-25T09:30:00.000Z',
    });
    expect(a).not.toHaveProperty('bodyValue');
  });

  it('maps each kind to its W3C motivation', () => {
    expect(noteToAnnotation({ ...note, kind: 'highlight' }, options).motivation).toBe('highlighting');
    expect(noteToAnnotation({ ...note, kind: 'question' }, options).motivation).toBe('questioning');
  });

  it('targets the page with quote, position and a W3C RangeSelector keeping XPaths and offsets', () => {
    expect(a.target).toEqual({
      type: 'SpecificResource',
      source: {
        id: 'https://www.nknews.org/2025/05/msmt/?utm_source=x',
        type: 'Text',
        label: 'MSMT report',
        language: 'en',
        canonical: 'https://www.nknews.org/2025/05/msmt/',
      },
      selector: [
        { type: 'TextQuoteSelector', exact: 'MSMT', prefix: 'the ', suffix: ' said' },
        { type: 'TextPositionSelector', start: 4, end: 8 },
        {
          type: 'RangeSelector',
          startSelector: {
            type: 'XPathSelector',
            value: '/main[1]/p[2]',
            refinedBy: { type: 'TextPositionSelector', start: 4, end: 4 },
          },
          endSelector: {
            type: 'XPathSelector',
            value: '/main[1]/p[2]',
            refinedBy: { type: 'TextPositionSelector', start: 8, end: 8 },
          },
        },
      ],
    });
  });

  it('has bodies for the comment, each tag and each entity (named when the lookup knows it)', () => {
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Check the annex', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'oil', purpose: 'tagging' },
      { type: 'TextualBody', value: 'ship-to-ship', purpose: 'tagging' },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: { id: 'https://sanctions-lens.org/entity/msmt', label: 'Multilateral Sanctions Monitoring Team' },
      },
      { type: 'SpecificResource', purpose: 'identifying', source: 'https://sanctions-lens.org/entity/no-name' },
    ]);
  });

  it('marks the comment language only when told it, and a question with purpose questioning', () => {
    const q = noteToAnnotation({ ...note, kind: 'question' }, { ...options, commentLanguage: 'ko' });
    expect((q.body as JsonObject[])[0]).toMatchObject({ purpose: 'questioning', language: 'ko' });
  });

  it('has no body for a bare highlight, and no empty prefix or suffix', () => {
    const bare = noteToAnnotation(
      {
        ...note,
        kind: 'highlight',
        comment: '',
        tags: [],
        entityIds: [],
        target: { ...note.target, quote: { ...note.target.quote, prefix: '', suffix: '' } },
      },
      options,
    );
    expect(bare).not.toHaveProperty('body');
    expect((bare.target as { selector: JsonObject[] }).selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'MSMT',
    });
  });

  it('keeps what the model has no term for in the sanctionsLens property', () => {
    expect(a.sanctionsLens).toEqual({
      page: { normalizedUrl: 'https://www.nknews.org/2025/05/msmt/', site: 'nknews.org' },
      context: 'Yesterday the MSMT said so.',
    });
    const odd = noteToAnnotation({ ...note, page: { ...note.page, url: 'https://x.org/a b', lang: 'EN' } }, options);
    expect(odd.target).toMatchObject({ source: { id: 'https://x.org/a%20b', language: 'en' } });
    expect(odd.sanctionsLens).toMatchObject({ page: { url: 'https://x.org/a b', lang: 'EN' } });
  });
});

describe('W3C collection', () => {
  it('is an AnnotationCollection with a label, the total and one embedded page', () => {
    const c = notesToAnnotationCollection([note, { ...note, id: 'second' }], options);
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Sanctions Lens notes, exported 2026-11-25',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0, partOf: c.id },
    });
    const items = (c.first as { items: JsonObject[] }).items;
    expect(items.map((i) => i.id)).toEqual([
      'urn:uuid:6f1c2a9e-0b1d-4c3e-9f8a-7b6c5d4e3f2a',
      'https://sanctions-lens.org/note/second',
    ]);
  });

  it('serializes as indented JSON that parses back to the same object', () => {
    const text = exportW3c([note], options);
    expect(text).toContain('\n  "type": "AnnotationCollection"');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(notesToAnnotationCollection([note], options))));
  });
});
