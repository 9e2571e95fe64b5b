// Tests of the refresh from the official lists, served by a local server: the diff, and every failure leaving data intact.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LIST_BYTES } from '../core/designations/errors';
import { NKSR_REMARK, sdnCsv, sdnRow, unXml, type UnFixture } from '../core/designations/test-fixtures';
import { createNote } from '../core/notes/note';
import { pageIdentity } from '../core/page-identity';
import {
  DEFAULT_OFAC_URL,
  DEFAULT_UN_URL,
  designationsStatus,
  loadListUrls,
  refreshDesignations,
  saveListUrls,
  type RefreshOptions,
  type RefreshProgress,
} from './designations-refresh';
import { startListServer, streamedBody, type ListServer } from './designations-test-server';
import { NotesRepo } from './notes-repo';
import { createDb, type SanctionsLensDb } from './schema';
import { seedStarter } from './seed';
import { UserKbRepo, aliasTerms } from './user-kb-repo';

const ILSIM: UnFixture = {
  kind: 'entity',
  ref: 'KPe.034',
  names: ['ILSIM INTERNATIONAL BANK'],
  listedOn: '2016-11-30',
};
const RI: UnFixture = { kind: 'individual', ref: 'KPi.001', names: ['RI', 'JE-SON'], listedOn: '2013-01-22' };
const KOMID: UnFixture = { kind: 'entity', ref: 'KPe.001', names: ['KOREA MINING DEVELOPMENT TRADING CORPORATION'] };
const UN_V1 = unXml([ILSIM, RI]);
const UN_V2 = unXml([{ ...ILSIM, aliases: [['a.k.a.', 'ILSIM BANK']] }, KOMID], '2025-06-02T23:00:00.000Z');
const ILSIM_ROW = sdnRow({
  ent: 19508,
  name: 'ILSIM INTERNATIONAL BANK',
  program: 'DPRK3',
  remarks: `${NKSR_REMARK}.`,
});
const VESSEL = (ent: number, name: string, imo: string) =>
  sdnRow({ ent, name, type: 'vessel', program: 'DPRK', remarks: `Vessel Registration Identification IMO ${imo}.` });
const OFAC_V1 = sdnCsv([ILSIM_ROW, VESSEL(17069, 'CHONG CHON GANG', '7937317')]);
const OFAC_V2 = sdnCsv([ILSIM_ROW, VESSEL(17070, 'NEW KONAN', '8660313')]);
/** The clock: after the starter pack's load, as in real use. */
const NOW = Date.now() + 60_000;
const V1_IDS = ['des-kpe-034', 'des-kpi-001', 'des-ofac-17069'];

let server: ListServer;
let db: SanctionsLensDb;
let options: RefreshOptions;

beforeAll(async () => {
  server = await startListServer();
});
afterAll(() => server.close());

function serve(un: string, ofac: string, ofacModified = 'Fri, 03 May 2024 14:00:00 GMT') {
  server.routes.set('/un.xml', { headers: { 'content-type': 'text/xml' }, body: un });
  server.routes.set('/sdn.csv', { headers: { 'content-type': 'text/csv', 'last-modified': ofacModified }, body: ofac });
}

beforeEach(async () => {
  db = createDb('refresh', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  serve(UN_V1, OFAC_V1);
  options = { unUrl: server.url('/un.xml'), ofacUrl: server.url('/sdn.csv'), fetch, now: () => NOW };
});
afterEach(() => db.close());

/** Everything stored, for before/after comparisons. */
async function dump() {
  return {
    entities: await db.entities.orderBy('id').toArray(),
    meta: await db.meta.orderBy('key').toArray(),
    aliases: await db.aliases.orderBy('id').toArray(),
    notes: await db.notes.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('refreshDesignations', () => {
  it('stores the parties of both lists, records the dates, and reports them all as added', async () => {
    const seen: RefreshProgress['phase'][] = [];
    const diff = await refreshDesignations(db, { ...options, onProgress: (p) => seen.push(p.phase) });
    expect(diff.added.map((e) => e.id)).toEqual(V1_IDS);
    expect(diff.added[0]).toEqual({ id: 'des-kpe-034', name: 'ILSIM INTERNATIONAL BANK' });
    expect(diff).toMatchObject({ removed: [], changed: [], unchanged: 0, total: 3, skipped: [], orphanedAliases: 0 });
    expect(diff.lists).toEqual({ un: { new: '2025-04-19', entries: 2 }, us: { new: '2024-05-03', entries: 2 } });
    expect(new Set(seen)).toEqual(new Set(['download', 'parse', 'save']));
    const [ilsim] = await db.entities.bulkGet(['des-kpe-034']);
    expect(ilsim?.designations?.map((d) => d.list)).toEqual(['un', 'us']);
    expect((await db.meta.get('kb:designations-refresh'))?.value).toEqual({
      unListDate: '2025-04-19',
      ofacListDate: '2024-05-03',
      refreshedAt: NOW,
      unEntries: 2,
      ofacEntries: 2,
      entities: 3,
    });
    expect(await designationsStatus(db)).toEqual({
      unListDate: '2025-04-19',
      ofacListDate: '2024-05-03',
      refreshedAt: NOW,
      entities: 3,
      un: 2,
      us: 2,
    });
  });

  it('reports added, removed and changed parties and the old and new list dates', async () => {
    await refreshDesignations(db, options);
    serve(UN_V2, OFAC_V2, 'Mon, 02 Jun 2025 10:00:00 GMT');
    const diff = await refreshDesignations(db, options);
    expect(diff.added).toEqual([
      { id: 'des-kpe-001', name: 'KOREA MINING DEVELOPMENT TRADING CORPORATION' },
      { id: 'des-ofac-17070', name: 'NEW KONAN' },
    ]);
    expect(diff.removed).toEqual([
      { id: 'des-kpi-001', name: 'RI JE-SON' },
      { id: 'des-ofac-17069', name: 'CHONG CHON GANG' },
    ]);
    expect(diff.changed).toEqual([
      { id: 'des-kpe-034', name: 'ILSIM INTERNATIONAL BANK', fields: ['background', 'names'] },
    ]);
    expect(diff.lists).toEqual({
      un: { old: '2025-04-19', new: '2025-06-02', entries: 2 },
      us: { old: '2024-05-03', new: '2025-06-02', entries: 2 },
    });
    expect((await db.entities.where('origin').equals('designation').primaryKeys()).sort()).toEqual([
      'des-kpe-001',
      'des-kpe-034',
      'des-ofac-17070',
    ]);
  });

  it('keeps pack entities, user entities, user aliases and notes', async () => {
    await refreshDesignations(db, options);
    const kb = new UserKbRepo(db);
    const mine = await kb.addEntity({
      type: 'vessel',
      name: 'Sea Star',
      identifiers: [{ scheme: 'imo', value: '8660313' }],
    });
    await kb.addAlias({ entityId: 'north-korea', text: 'Hermit Kingdom' });
    await kb.addAlias({ entityId: 'des-kpi-001', text: 'Ri the banker' });
    const note = createNote({
      page: pageIdentity({ url: 'https://ex.com/a' }),
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 1 },
      },
      comment: 'kept',
      now: 1,
    });
    await new NotesRepo(db).put(note);
    const others = async () => (await dump()).entities.filter((e) => e.origin !== 'designation');
    const before = { others: await others(), aliases: (await dump()).aliases, notes: (await dump()).notes };
    expect((await refreshDesignations(db, options)).unchanged).toBe(3);
    serve(UN_V2, OFAC_V2);
    const diff = await refreshDesignations(db, options);
    expect(diff.orphanedAliases).toBe(1);
    const after = await dump();
    expect(await others()).toEqual(before.others);
    expect(after.aliases).toEqual(before.aliases);
    expect(after.notes).toEqual(before.notes);
    expect((await kb.listEntities()).map((e) => e.id)).toEqual([mine.id]);
    expect(Object.keys(await aliasTerms(db)).sort()).toEqual(['des-kpi-001', 'north-korea']);
  });

  it('never overwrites a pack or user entity that has the id of a listed party', async () => {
    const pack = { ...(await db.entities.get('msmt'))!, id: 'des-kpe-034' };
    await db.entities.put(pack);
    const diff = await refreshDesignations(db, options);
    expect(diff.skipped).toEqual([{ id: 'des-kpe-034', name: 'ILSIM INTERNATIONAL BANK' }]);
    expect(await db.entities.get('des-kpe-034')).toEqual(pack);
  });

  it('dates the OFAC list by the download day when the server sends no Last-Modified', async () => {
    server.routes.set('/sdn.csv', { body: OFAC_V1 });
    expect((await refreshDesignations(db, options)).lists.us.new).toBe(new Date(NOW).toISOString().slice(0, 10));
  });
});

describe('refreshDesignations rejects bad downloads and keeps the old data', () => {
  let before: Awaited<ReturnType<typeof dump>>;
  beforeEach(async () => {
    await refreshDesignations(db, options);
    before = await dump();
  });
  afterEach(async () => expect(await dump()).toEqual(before));

  const fails = (problem: string, list: 'un' | 'us', message: RegExp) =>
    expect(refreshDesignations(db, options)).rejects.toMatchObject({ name: 'RefreshError', problem, list, message });

  it('a truncated XML file', async () => {
    serve(UN_V2.slice(0, UN_V2.length / 2), OFAC_V1);
    await fails('truncated', 'un', /^UN Consolidated List: the XML ends early/);
  });

  it('an HTML error page, short or long, served with status 200', async () => {
    serve('<!DOCTYPE html><html><body>Service unavailable</body></html>', OFAC_V1);
    await fails('html', 'un', /^UN Consolidated List: .*HTML page/);
    serve(
      UN_V1,
      `<html lang="en"><head><title>Maintenance</title></head><body>${'<p>Sorry</p>'.repeat(500)}</body></html>`,
    );
    await fails('html', 'us', /^OFAC SDN list: the server sent an HTML page/);
  });

  it('a CSV with the wrong columns', async () => {
    serve(UN_V1, 'ent_num,name,type\r\n1,"A","individual"\r\n');
    await fails('wrong-columns', 'us', /^OFAC SDN list: line 2 has 3 columns, expected 12/);
  });

  it('a 50 MB body, streamed without a length: reading stops at the cap', async () => {
    const { route, stats } = streamedBody(50 * 1024 * 1024);
    server.routes.set('/sdn.csv', route);
    await fails('too-large', 'us', /^OFAC SDN list: the download is more than the 40 MB limit/);
    await stats.closed;
    expect(stats.finished).toBe(false);
    expect(stats.sent).toBeLessThan(50 * 1024 * 1024);
    expect(stats.sent).toBeGreaterThan(MAX_LIST_BYTES);
  });

  it('a 50 MB body announced by Content-Length: rejected before reading', async () => {
    const { route, stats } = streamedBody(50 * 1024 * 1024, true);
    server.routes.set('/un.xml', route);
    await fails('too-large', 'un', /^UN Consolidated List: the download is announced as 50.0 MB/);
    await stats.closed;
    expect(stats.finished).toBe(false);
    expect(stats.sent).toBeLessThan(MAX_LIST_BYTES);
  });

  it('an empty download, and a list without DPRK entries', async () => {
    serve('', OFAC_V1);
    await fails('empty', 'un', /^UN Consolidated List: the download is empty/);
    serve(unXml([{ ...RI, ref: 'QDi.001', listType: 'Al-Qaida' }]), OFAC_V1);
    await fails('no-dprk-entries', 'un', /^UN Consolidated List: no DPRK entries among 1/);
    serve(UN_V1, sdnCsv([sdnRow({ ent: 1, name: 'X', program: 'IRAN' })]));
    await fails('no-dprk-entries', 'us', /^OFAC SDN list: none of 1 rows/);
  });

  it('a 500 status', async () => {
    server.routes.set('/sdn.csv', { status: 500, body: 'oops' });
    await fails('http', 'us', /^OFAC SDN list: the server answered 500 Internal Server Error for http:\/\/127/);
  });

  it('a server that cannot be reached, and a cancelled refresh', async () => {
    const closed = await startListServer();
    const unreachable = closed.url('/un.xml');
    await closed.close();
    await expect(refreshDesignations(db, { ...options, unUrl: unreachable })).rejects.toMatchObject({
      problem: 'network',
      list: 'un',
      message: expect.stringMatching(/^UN Consolidated List: could not download http:\/\/127/),
    });
    const { route, stats } = streamedBody(30 * 1024 * 1024);
    server.routes.set('/un.xml', route);
    const controller = new AbortController();
    const run = refreshDesignations(db, {
      ...options,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'download' && p.received > 1024 * 1024 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ problem: 'aborted', message: /the download was cancelled/ });
    await stats.closed;
    expect(stats.finished).toBe(false);
  });
});

describe('list URL settings', () => {
  it('defaults to the official URLs and saves others as a versioned setting', async () => {
    expect(await loadListUrls(db)).toEqual({ unUrl: DEFAULT_UN_URL, ofacUrl: DEFAULT_OFAC_URL });
    await saveListUrls(db, { unUrl: 'https://scsanctions.un.org/x.xml', ofacUrl: DEFAULT_OFAC_URL });
    expect((await loadListUrls(db)).unUrl).toBe('https://scsanctions.un.org/x.xml');
    expect(await db.settings.get('designation-list-urls')).toMatchObject({ version: 1 });
  });
});
