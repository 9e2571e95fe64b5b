// Test fixtures for the importers: a Hypothesis client export and annotations as other tools write them.

/** A row as the Hypothesis API returns it, with a quote, a comment and tags. */
export const HYPOTHESIS_ROW = {
  id: 'Bf9eCNzYEe-abc123',
  created: '2024-05-03T09:42:48.316632+00:00',
  updated: '2024-05-04T10:00:00.000000+00:00',
  user: 'acct:researcher@hypothes.is',
  uri: 'https://www.38north.org/2024/05/report/',
  text: 'Compare with the **MSMT** findings <b>here</b>',
  tags: ['oil', 'ship to ship', 'oil'],
  group: '__world__',
  permissions: { read: ['group:__world__'] },
  target: [
    {
      source: 'https://www.38north.org/2024/05/report/',
      selector: [
        {
          type: 'RangeSelector',
          endOffset: 120,
          startOffset: 95,
          endContainer: '/div[1]/article[1]/p[3]',
          startContainer: '/div[1]/article[1]/p[3]',
        },
        { type: 'TextPositionSelector', start: 1840, end: 1865 },
        { type: 'TextQuoteSelector', exact: 'ship-to-ship transfers', prefix: 'documented ', suffix: ' near Nampo' },
      ],
    },
  ],
  document: { title: ['North Korea’s oil imports'] },
  links: { html: 'https://hypothes.is/a/Bf9eCNzYEe-abc123' },
  flagged: false,
  hidden: false,
};

/** What the Hypothesis client's "Export" writes: the rows of a highlight, a page note, a reply and an annotation. */
export const HYPOTHESIS_EXPORT = {
  export_date: '2024-06-01T12:00:00.000Z',
  export_userid: 'acct:researcher@hypothes.is',
  client_version: '1.1443.0',
  annotations: [
    HYPOTHESIS_ROW,
    {
      ...HYPOTHESIS_ROW,
      id: 'highlight-1',
      text: '',
      tags: [],
      target: [
        {
          source: 'https://www.38north.org/2024/05/report/',
          selector: [{ type: 'TextQuoteSelector', exact: 'Nampo', prefix: 'near ', suffix: '.' }],
        },
      ],
    },
    { ...HYPOTHESIS_ROW, id: 'page-note-1', text: 'About the whole page', target: [{ source: HYPOTHESIS_ROW.uri }] },
    {
      ...HYPOTHESIS_ROW,
      id: 'reply-1',
      text: 'Agreed',
      references: ['Bf9eCNzYEe-abc123'],
      target: [{ source: HYPOTHESIS_ROW.uri }],
    },
  ],
};

/** An annotation as Hypothesis renders it in JSON-LD: Hypothesis-style RangeSelector, Markdown text body, no motivation. */
export const HYPOTHESIS_JSONLD = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://hypothes.is/a/Bf9eCNzYEe-abc123',
  created: '2024-05-03T09:42:48.316632+00:00',
  modified: '2024-05-04T10:00:00.000000+00:00',
  creator: 'acct:researcher@hypothes.is',
  body: [
    { type: 'TextualBody', value: 'Compare with the **MSMT** findings', format: 'text/markdown' },
    { type: 'TextualBody', purpose: 'tagging', value: 'oil' },
  ],
  target: HYPOTHESIS_ROW.target,
};

/** An annotation in the style of the W3C model's examples: bodyValue, a single selector, a language list. */
export const W3C_EXAMPLE = {
  '@context': ['http://www.w3.org/ns/anno.jsonld', { ex: 'http://example.org/ns#' }],
  id: 'http://example.org/anno23',
  type: 'Annotation',
  motivation: ['questioning'],
  bodyValue: 'Is this the same vessel as CHON MA SAN?',
  target: {
    source: { id: 'http://example.org/page1', language: ['ru', 'en'], title: 'Судно' },
    selector: { type: 'TextQuoteSelector', exact: 'танкер «Чонмасан»' },
  },
};
