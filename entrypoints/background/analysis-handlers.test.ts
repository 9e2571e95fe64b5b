import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageContent } from '../../core/analysis/analyze-content';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import type { MessageType, Response } from '../../messaging/protocol';
import { UserKbRepo } from '../../db/user-kb-repo';
import { analysisMatcherTerms } from '../../core/analysis/analysis-kb';
import { matcherToBinary } from '../../core/match/binary';
import { compileTerms } from '../../core/match/matcher';
import { analysisInput, compiledKbCache, KB_PLAN_KEY, withKb, type KbCache } from './analysis-handlers';
import type { AnalysisKb } from '../../core/analysis/analysis-kb';
import { handleMessage, type HandlerDeps } from './handlers';
import type { Sender } from './sender';
import { memoryStore } from './session-store';
import { shippedMatchers } from './shipped-matchers';
import { decodeSpans } from '../../messaging/match-spans';

let db: SanctionsLensDb;
let deps: HandlerDeps;
const content: Sender = { kind: 'content', tabId: 3, url: 'https://news.example/a' };
const popup: Sender = { kind: 'extension' };

beforeEach(async () => {
  db = createDb('a', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  deps = { db, session: memoryStore(), setBadge: async () => undefined };
});
afterEach(() => db.close());

async function ask<T extends MessageType>(msg: { type: T } & Record<string, unknown>, sender = content) {
  const reply = await handleMessage(msg, sender, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Response<T>;
}

const text = 'The MSMT said that North Korea sent arms to Russia.';

function pageContent(over: Partial<PageContent> = {}): PageContent {
  const body = `${text} `.repeat(12);
  return {
    title: 'MSMT report: North Korea sanctions evasion',
    description: '',
    mainText: body,
    pageText: body,
    htmlLang: 'en',
    contentLanguage: null,
    typeClues: {
      ogType: 'article',
      jsonLdTypes: [],
      readerable: true,
      mainLength: body.length,
      mainDenseChars: 0,
      pageLength: body.length,
      linkLength: 0,
      teaserLinks: 0,
      mainLinkLength: 0,
    },
    ...over,
  };
}

describe('page analysis in the background', () => {
  it('finds the entity names in each text, as compact spans with each entity once', async () => {
    const { entities, spans } = await ask({ type: 'page/match', texts: [text, 'nothing here', 'MSMT'] });
    const found = spans.map((compact) => {
      const flat = decodeSpans(compact);
      const out: string[] = [];
      for (let i = 0; i < flat.length; i += 3) out.push(`${entities[flat[i + 2]!]!.id}@${flat[i]}-${flat[i + 1]}`);
      return out;
    });
    expect(found[0]).toEqual(expect.arrayContaining(['msmt@4-8', 'north-korea@19-30']));
    expect(found[1]).toEqual([]);
    expect(found[2]).toEqual(['msmt@0-4']);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    expect(entities.find((e) => e.id === 'msmt')?.type).toBe('international-body');
  });

  it('analyses a page’s content with the knowledge base', async () => {
    const { analysis } = await ask({ type: 'page/analyse', content: pageContent() });
    expect(analysis.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['msmt', 'north-korea']));
    expect(analysis.language).toBe('en');
  });

  it('still answers when the session store cannot record what it found', async () => {
    deps.session = { ...memoryStore(), set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => void warned.push(args[0]);
    try {
      const { entities } = await ask({ type: 'page/match', texts: ['The MSMT said'] });
      expect(entities.map((e) => e.id)).toEqual(['msmt']);
      // The record is written after the reply; the tab's question waits for it.
      expect((await ask({ type: 'entity/get', id: 'msmt' })).entity).toBeNull();
    } finally {
      console.warn = warn;
    }
    expect(warned).toEqual(['Sanctions Lens: could not record the entities found on a page']);
  });

  it('answers before the record of what it found is written, and the tab’s questions wait for that record', async () => {
    let write: () => void = () => undefined;
    const store = memoryStore();
    deps.session = {
      ...store,
      set: (key, value) => new Promise<void>((done) => (write = () => void store.set(key, value).then(done))),
    };
    const { entities } = await ask({ type: 'page/match', texts: ['The MSMT said'] });
    expect(entities.map((e) => e.id)).toEqual(['msmt']);
    const asked = ask({ type: 'entity/get', id: 'msmt' });
    write();
    expect((await asked).entity?.id).toBe('msmt');
  });

  it('lets the content script read the entities found on its page, and no others', async () => {
    await ask({ type: 'page/analyse', content: pageContent({ title: 'Report' }) });
    await ask({
      type: 'page/analyse',
      content: pageContent({ title: 'Report' }),
      highlight: { text: 'Pyongyang answered the UN Security Council', mode: 'entities' },
    });
    const get = async (id: string) => (await ask({ type: 'entity/get', id })).entity?.id ?? null;
    expect(await get('msmt')).toBe('msmt');
    expect(await get('north-korea')).toBe('north-korea');
    expect(await get('russia')).toBe('russia');
    // Found in the text for highlighting only.
    expect(await get('pyongyang')).toBe('pyongyang');
    expect(await get('unsc')).toBe('unsc');
    expect(await get('panel-of-experts')).toBeNull();
  });

  it('matches the text for highlighting in the same reply when the verdict calls for highlights', async () => {
    const page = pageContent();
    const { analysis } = await ask({ type: 'page/analyse', content: page });
    const verdict = analysis.verdict;
    const highlight = { text: 'The MSMT said', mode: 'entities' };
    const withText = await ask({ type: 'page/analyse', content: page, highlight });
    expect(withText.analysis).toEqual(analysis);
    expect(withText.matches?.entities.map((e) => e.id)).toEqual(['msmt']);
    expect(decodeSpans(withText.matches!.spans[0]!)).toEqual([4, 8, 0]);
    // "about" pages only: matched only if this page is about the topic.
    const aboutOnly = await ask({ type: 'page/analyse', content: page, highlight: { ...highlight, mode: 'about' } });
    expect(aboutOnly.matches !== undefined).toBe(verdict === 'about');
    // No text, no matches.
    expect((await ask({ type: 'page/analyse', content: page })).matches).toBeUndefined();
    const bad = await handleMessage(
      { type: 'page/analyse', content: page, highlight: { text: 'x', mode: 'off' } },
      content,
      deps,
    );
    expect(bad).toEqual({ ok: false, error: 'highlight.mode must be one of about, entities' });
  });

  it('refuses these messages from extension pages and bad content', async () => {
    expect((await handleMessage({ type: 'page/match', texts: [text] }, popup, deps)).ok).toBe(false);
    const bad = await handleMessage({ type: 'page/match', texts: [1] }, content, deps);
    expect(bad).toEqual({ ok: false, error: 'texts[0] must be a string' });
    const clues = await handleMessage(
      { type: 'page/analyse', content: { ...pageContent(), typeClues: { ogType: '' } } },
      content,
      deps,
    );
    expect(clues.ok).toBe(false);
  });

  it('keeps the compiled knowledge base until the aliases change', async () => {
    const cached = compiledKbCache(db, () => ({}));
    deps.compiledKb = cached;
    const first = await cached();
    expect(await cached()).toBe(first);
    await db.aliases.put({ id: 'a1', entityId: 'msmt', text: 'Monitoring Team', lang: 'en', created: 1 });
    const { spans } = await ask({ type: 'page/match', texts: ['The Monitoring Team said'] });
    expect(decodeSpans(spans[0]!).slice(0, 2)).toEqual([4, 19]);
    expect(await cached()).not.toBe(first);
  });

  it('compiles again when one of the user’s own entities is edited in place (same number of entities)', async () => {
    const kb = new UserKbRepo(db);
    const vessel = await kb.addEntity({ type: 'vessel', name: 'Sea Example' });
    deps.compiledKb = compiledKbCache(db, () => ({}));
    const before = await ask({ type: 'page/match', texts: ['The Blue Lantern docked'] });
    expect(before.spans[0]).toEqual('');
    await kb.updateEntity(vessel.id, { type: 'vessel', name: 'Sea Example', names: [{ text: 'Blue Lantern' }] });
    const { spans } = await ask({ type: 'page/match', texts: ['The Blue Lantern docked'] });
    expect(decodeSpans(spans[0]!).slice(0, 2)).toEqual([4, 16]);
  });
});

describe('the shipped matchers, precompiled', () => {
  // The "shipped" knowledge base here is the seeded starter one, compiled and serialized as the build does.
  async function precompiledFromDb() {
    const input = await analysisInput(db, () => ({}));
    const terms = analysisMatcherTerms(input);
    const binary = {
      entities: matcherToBinary(compileTerms(terms.entities)),
      signals: matcherToBinary(compileTerms(terms.signals)),
    };
    const reads: string[] = [];
    const load = shippedMatchers(async (path) => {
      reads.push(path);
      const bytes = path.includes('entities') ? binary.entities : binary.signals;
      return bytes.slice().buffer;
    });
    return { load, reads };
  }

  it('are loaded once and used while the knowledge base changes (aliases, own entities, refreshed lists)', async () => {
    const { load, reads } = await precompiledFromDb();
    deps.compiledKb = compiledKbCache(db, () => ({}), load);
    const match = async (t: string) => {
      const { entities, spans } = await ask({ type: 'page/match', texts: [t] });
      const flat = decodeSpans(spans[0]!);
      const out: string[] = [];
      for (let i = 0; i < flat.length; i += 3)
        out.push(`${entities[flat[i + 2]!]!.id}:${t.slice(flat[i], flat[i + 1])}`);
      return out;
    };
    expect(await match('The MSMT said that North Korea')).toEqual(['msmt:MSMT', 'north-korea:North Korea']);
    // An alias: compiled at run time, found together with the precompiled names.
    await db.aliases.put({ id: 'a1', entityId: 'msmt', text: 'Monitoring Team', lang: 'en', created: 1 });
    expect(await match('The Monitoring Team and the MSMT')).toEqual(['msmt:Monitoring Team', 'msmt:MSMT']);
    // The user's own entity.
    const kb = new UserKbRepo(db);
    await kb.addEntity({ type: 'vessel', name: 'Blue Lantern' });
    expect(await match('The Blue Lantern and the MSMT')).toEqual([
      expect.stringMatching(/:Blue Lantern$/),
      'msmt:MSMT',
    ]);
    // A refresh that renames an entity: the precompiled old name is switched off, the new one compiled.
    const msmt = (await db.entities.get('msmt'))!;
    await db.entities.put({ ...msmt, names: [{ text: 'Sanctions Monitoring Team X', lang: 'en' }] });
    await db.meta.put({ key: 'kb:designations-refresh', value: { at: 2 } } as never);
    const after = await match('The MSMT and the Sanctions Monitoring Team X and the Monitoring Team');
    expect(after).toEqual(['msmt:Sanctions Monitoring Team X', 'msmt:Monitoring Team']);
    expect(reads).toEqual(['matchers/entities.bin', 'matchers/signals.bin']);
  });

  it('keep the compile in the session: a restarted service worker reads no entity unless the knowledge base changed', async () => {
    const { load } = await precompiledFromDb();
    const session = memoryStore();
    let tableReads = 0;
    const toArray = db.entities.toArray.bind(db.entities);
    db.entities.toArray = (() => (tableReads++, toArray())) as typeof db.entities.toArray;
    const match = async (t: string) => (await ask({ type: 'page/match', texts: [t] })).entities.map((e) => e.id);
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session);
    expect(await match('The MSMT said')).toEqual(['msmt']);
    expect(tableReads).toBe(1);
    expect(await session.get(KB_PLAN_KEY)).toMatchObject({ plan: { format: 1 } });
    // A new worker: the same knowledge base, compiled from the kept plan.
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session);
    expect(await match('The MSMT said that North Korea')).toEqual(['msmt', 'north-korea']);
    expect(tableReads).toBe(1);
    // The knowledge base changed meanwhile: compiled again (and kept again).
    await db.aliases.put({ id: 'a1', entityId: 'msmt', text: 'Monitoring Team', lang: 'en', created: 1 });
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session);
    expect(await match('The Monitoring Team said')).toEqual(['msmt']);
    expect(tableReads).toBe(2);
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session);
    expect(await match('The Monitoring Team said')).toEqual(['msmt']);
    expect(tableReads).toBe(2);
    // Another build of the extension (it may weigh entities otherwise) plans again.
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session, 'next build');
    expect(await match('The Monitoring Team said')).toEqual(['msmt']);
    expect(tableReads).toBe(3);
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session, 'next build');
    expect(await match('The Monitoring Team said')).toEqual(['msmt']);
    expect(tableReads).toBe(3);
    // A kept plan that is not one (over other matchers, damaged) is not used.
    const held = (await session.get<{ fingerprint: string; plan: { base: object } }>(KB_PLAN_KEY))!;
    await session.set(KB_PLAN_KEY, { ...held, plan: { ...held.plan, base: { entities: '1:x', signals: '1:y' } } });
    deps.compiledKb = compiledKbCache(db, () => ({}), load, session, 'next build');
    expect(await match('The Monitoring Team said')).toEqual(['msmt']);
    expect(tableReads).toBe(4);
  });

  it('fall back to compiling everything when the files are missing or corrupt', async () => {
    const logged: string[] = [];
    const missing = shippedMatchers(
      async () => {
        throw new Error('HTTP 404');
      },
      (m) => logged.push(m),
    );
    expect(await missing()).toBeNull();
    const corrupt = shippedMatchers(
      async () => new Uint8Array(100).buffer,
      (m) => logged.push(m),
    );
    expect(await corrupt()).toBeNull();
    expect(logged).toEqual([expect.stringContaining('HTTP 404'), expect.stringContaining('Binary matcher')]);
    deps.compiledKb = compiledKbCache(db, () => ({}), corrupt);
    const { spans } = await ask({ type: 'page/match', texts: ['MSMT'] });
    expect(decodeSpans(spans[0]!).slice(0, 2)).toEqual([0, 4]);
  });
});

describe('withKb', () => {
  const kbA = { name: 'a' } as unknown as AnalysisKb;
  const kbB = { name: 'b' } as unknown as AnalysisKb;
  const cache = (now: AnalysisKb, last: AnalysisKb | null): KbCache =>
    Object.assign(async () => now, { last: () => (last ? Promise.resolve(last) : null) });
  const used = (kbs: AnalysisKb[]) => (kb: AnalysisKb) => {
    kbs.push(kb);
    return (kb as unknown as { name: string }).name;
  };

  it('works with the last compiled knowledge base while it checks for a change, once when there is none', async () => {
    const kbs: AnalysisKb[] = [];
    expect(await withKb({ ...deps, compiledKb: cache(kbA, kbA) }, used(kbs))).toBe('a');
    expect(kbs).toEqual([kbA]);
  });

  it('works again with the new knowledge base when the check finds a change', async () => {
    const kbs: AnalysisKb[] = [];
    expect(await withKb({ ...deps, compiledKb: cache(kbB, kbA) }, used(kbs))).toBe('b');
    expect(kbs).toEqual([kbA, kbB]);
  });

  it('waits for the check when nothing was compiled yet', async () => {
    const kbs: AnalysisKb[] = [];
    expect(await withKb({ ...deps, compiledKb: cache(kbB, null) }, used(kbs))).toBe('b');
    expect(kbs).toEqual([kbB]);
  });
});
