// Test fixtures for export and import: a seeded random generator and varied notes in many scripts and shapes.
import type { Entity } from '../kb/entity';
import { NOTE_LIMITS, cleanTags, type Note } from '../notes/note';
import { pageIdentity } from '../page-identity';
import { seededRandom } from '../seeded-random';
import type { BackupData } from './backup';

/** Entity names for the exports' lookup. */
export const TEST_ENTITY_NAMES: Readonly<Record<string, string>> = {
  msmt: 'Multilateral Sanctions Monitoring Team',
  komid: 'Korea Mining Development Trading Corporation (KOMID)',
  'north-korea': 'North Korea',
  'user-chon-ma-san': 'CHON MA SAN',
};

/** A lookup over {@link TEST_ENTITY_NAMES}. */
export const testEntityName = (id: string): string | undefined => TEST_ENTITY_NAMES[id];

const TEXTS = [
  '북한은 안보리 결의 2397호를 위반했다',
  'Группа экспертов ООН по КНДР прекратила работу',
  'Ship-to-ship transfers 🚢➡️🚢 near Nampo 👨‍👩‍👧',
  'first line\nsecond line\r\nthird line',
  'He said "no" — and <script>alert(1)</script> & more',
  '=HYPERLINK("http://evil.example","click")',
  '-2+3 @SUM(A1:A2)',
  '“Curly quotes”, commas, and a tab\there',
  'МИД КНДР: «санкции незаконны»',
  '朝鮮民主主義人民共和国 🇰🇵',
  'A literal backslash \\ and *stars* _under_ [link](x) #notatag',
  '   indented text with trailing spaces   ',
];
const TAG_POOL = ['arms', 'oil', 'ship-to-ship', '선박', 'санкции', 'MSMT report', '2397', '🚢', 'a;b', '=cmd'];
const ENTITY_POOL = ['msmt', 'komid', 'north-korea', 'user-chon-ma-san', 'unknown-entity'];
const URLS = [
  'https://www.nknews.org/2025/05/msmt-report/?utm_source=x&id=7',
  'https://www.yna.co.kr/view/AKR20250529',
  'https://ria.ru/20240328/kndr-1936437.html',
  'https://ko.wikipedia.org/wiki/%EB%B6%81%ED%95%9C',
  'https://example.com/path with space/北韓',
  'http://news.example.org/a(b)c#frag',
];
const LANGS = ['ko', 'ru', 'en', '', 'zh-Hans', 'EN-us', 'x'];

/**
 * A valid note built from a seed, with every optional part sometimes present: canonical URL, range, context, copies;
 * comments sometimes empty; up to 50 tags; entity links; all three kinds.
 */
export function randomNote(rand: () => number, index: number): Note {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const url = pick(URLS);
  const canonical = rand() < 0.4 ? 'https://canonical.example.com/story/' + index : null;
  const page = pageIdentity({ url, canonical, title: rand() < 0.9 ? pick(TEXTS).slice(0, 60) : '', lang: pick(LANGS) });
  const exact = pick(TEXTS);
  const start = Math.floor(rand() * 5000);
  const created = Date.UTC(2024, 0, 1) + Math.floor(rand() * 3e10);
  const tagCount = rand() < 0.1 ? 50 : Math.floor(rand() * 4);
  const tags = cleanTags(Array.from({ length: tagCount }, (_, i) => (tagCount > 10 ? `tag ${i}` : pick(TAG_POOL))));
  const entityIds = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(ENTITY_POOL)))];
  const comment = rand() < 0.3 ? '' : pick(TEXTS) + (rand() < 0.3 ? '\n\n' + pick(TEXTS) : '');
  const kind = rand() < 0.2 ? 'question' : comment.trim() ? 'comment' : 'highlight';
  const note: Note = {
    id: rand() < 0.9 ? uuid(rand) : `imported-${index}`,
    page,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: rand() < 0.2 ? '' : pick(TEXTS).slice(-20),
        suffix: rand() < 0.2 ? '' : pick(TEXTS).slice(0, 20),
      },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    kind,
    comment,
    tags,
    entityIds,
    created,
    modified: rand() < 0.5 ? created : created + Math.floor(rand() * 1e9),
  };
  if (rand() < 0.6) {
    note.target.range = {
      type: 'RangeSelector',
      startContainer: '/main[1]/article[1]/p[' + (1 + Math.floor(rand() * 20)) + ']',
      startOffset: Math.floor(rand() * 300),
      endContainer: '/main[1]/article[1]/p[' + (1 + Math.floor(rand() * 20)) + ']/text()[1]',
      endOffset: Math.floor(rand() * 300),
    };
  }
  if (rand() < 0.5) note.target.context = pick(TEXTS) + ' ' + exact + ' ' + pick(TEXTS);
  // The copy count, from the index (not the seeded stream, so that the other fields stay as they were).
  if (index % 3 === 0) note.target.copies = 1 + (index % 4);
  return note;
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** `count` varied notes from a seed. */
export function variedNotes(count = 60, seed = 2397): Note[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => randomNote(rand, i));
}

/** A user entity as the options page creates it. */
export const TEST_USER_ENTITY: Entity = {
  id: 'user-chon-ma-san',
  type: 'vessel',
  origin: 'user',
  name: 'CHON MA SAN',
  names: [
    { text: 'CHON MA SAN', lang: 'en' },
    { text: '천마산', lang: 'ko' },
  ],
  background: 'A tanker I follow.',
  dates: [],
  identifiers: [{ scheme: 'imo', value: '8660313' }],
  relations: [],
  sources: [],
};

/** A backup's worth of data: varied notes, a user entity, aliases and settings. */
export function testBackupData(count = 30, seed = 7): BackupData {
  return {
    notes: variedNotes(count, seed),
    userEntities: [TEST_USER_ENTITY],
    userAliases: [
      { id: 'a1', entityId: 'msmt', text: 'МГМС', lang: 'ru', created: 1_750_000_000_000 },
      { id: 'a2', entityId: 'komid', text: 'KOMID', lang: 'en', caseSensitive: true, created: 1_750_000_000_001 },
    ],
    settings: [
      { key: 'highlight', value: 'about', version: 1 },
      { key: 'designation-list-urls', value: { un: 'https://un.example/x.xml', us: null }, version: 1 },
    ],
  };
}

/**
 * Notes at the edges: empty everything, non-UUID and IRI ids, odd languages and URLs, the latest time, 50 tags,
 * the longest quote and comment, 200 entity links with odd ids.
 */
export function edgeNotes(): Note[] {
  const base = (id: string, url: string, lang: string): Note => ({
    id,
    page: pageIdentity({ url, title: '', lang }),
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
    },
    kind: 'highlight',
    comment: '',
    tags: [],
    entityIds: [],
    created: 0,
    modified: 0,
  });
  return [
    base('plain-id with spaces/and slashes', 'https://example.com/', ''),
    base('https://hypothes.is/a/abc123', 'https://example.com/a b?q=한국#x', 'zh-Hant-TW'),
    base('urn:uuid:not-a-uuid', 'http://127.0.0.1:8080/%zz', 'EN'),
    {
      ...base('6f1c2a9e-0b1d-4c3e-9f8a-7b6c5d4e3f2a', 'https://example.org/', 'ko'),
      kind: 'question',
      comment: '<script>alert(1)</script>',
      tags: cleanTags(Array.from({ length: 50 }, (_, i) => `t${i}`)),
      entityIds: ['a/b', 'ü', '%'],
      created: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      modified: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    },
    {
      ...base('longest', 'https://example.org/long', 'ru'),
      kind: 'comment',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'Ж'.repeat(NOTE_LIMITS.quote),
          prefix: 'п'.repeat(200),
          suffix: '🚢'.repeat(100),
        },
        position: { type: 'TextPositionSelector', start: 0, end: NOTE_LIMITS.quote },
        range: {
          type: 'RangeSelector',
          startContainer: '/html[1]',
          startOffset: 0,
          endContainer: '/html[1]',
          endOffset: 0,
        },
        context: '\n'.repeat(NOTE_LIMITS.context),
      },
      comment: '한'.repeat(NOTE_LIMITS.comment),
      entityIds: Array.from({ length: NOTE_LIMITS.entities }, (_, i) => `e${i}%2F/${i}`),
    },
  ];
}
