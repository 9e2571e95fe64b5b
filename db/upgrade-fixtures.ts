// Data as each schema version stored it, for the upgrade tests: one fixture per version, never edited afterwards.
import { SCHEMA_V1, SCHEMA_V2 } from './schema';

/** One version's schema and a database's worth of rows, table by table. */
export interface VersionFixture {
  version: number;
  schema: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
}

const target = (exact: string) => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: 'the ', suffix: ' said' },
  position: { type: 'TextPositionSelector', start: 4, end: 4 + exact.length },
});
const page = (url: string, title: string, lang: string) => ({
  url,
  normalizedUrl: url,
  title,
  lang,
  site: new URL(url).hostname.replace(/^www\./, ''),
});
const entity = (id: string, name: string, origin: string) => ({
  id,
  type: 'organisation',
  origin,
  name,
  names: [{ text: name, lang: 'en' }],
  background: '',
  dates: [],
  identifiers: [],
  relations: [],
  sources: [],
  allNames: [name.toLowerCase()],
});

const V1_ROWS: VersionFixture['rows'] = {
  notes: [
    {
      id: 'v1-note-a',
      page: { ...page('https://www.nknews.org/a', 'KOMID', 'en'), canonicalUrl: 'https://www.nknews.org/a' },
      target: { ...target('KOMID'), context: 'the KOMID said' },
      kind: 'comment',
      comment: 'Arms dealer',
      tags: ['arms', '선박'],
      entityIds: ['komid'],
      created: 1_700_000_000_000,
      modified: 1_700_000_000_500,
    },
    {
      id: 'v1-note-b',
      page: page('https://ria.ru/b', 'КНДР', 'ru'),
      target: target('КНДР'),
      kind: 'highlight',
      comment: '',
      tags: [],
      entityIds: [],
      created: 1_700_000_001_000,
      modified: 1_700_000_001_000,
    },
  ],
  entities: [entity('komid', 'KOMID', 'bundled'), entity('user-chon-ma-san', 'CHON MA SAN', 'user')],
  pages: [
    {
      normalizedUrl: 'https://www.nknews.org/a',
      title: 'KOMID',
      lang: 'en',
      site: 'nknews.org',
      verdict: 'about',
      entities: [{ id: 'komid', count: 2 }],
      seen: 1_700_000_000_000,
    },
  ],
  settings: [{ key: 'designation-list-urls', value: { un: 'https://un.example/x.xml' }, version: 1 }],
  meta: [{ key: 'pack', value: { version: '2025.1' } }],
};

/** Every schema version's fixture, oldest first. */
export const VERSION_FIXTURES: readonly VersionFixture[] = [
  { version: 1, schema: SCHEMA_V1, rows: V1_ROWS },
  {
    version: 2,
    schema: SCHEMA_V2,
    rows: {
      ...V1_ROWS,
      notes: [
        ...V1_ROWS.notes!,
        {
          id: 'v2-note-c',
          page: page('https://yna.co.kr/c', '북한', 'ko'),
          target: target('북한'),
          kind: 'question',
          comment: 'Who?',
          tags: ['q'],
          entityIds: ['user-chon-ma-san'],
          created: 1_710_000_000_000,
          modified: 1_710_000_000_000,
        },
      ],
      aliases: [{ id: 'alias-1', entityId: 'komid', text: 'Korea Mining', lang: 'en', created: 1_710_000_000_000 }],
    },
  },
];
