// The background's page-analysis handlers: it compiles the knowledge base once (again only when it changes) and
// analyses and matches what content scripts read from their pages, so that no page compiles or decodes it.
import {
  prepareAnalysisKb,
  type AnalysisKb,
  type AnalysisKbInput,
  type PrecompiledMatchers,
} from '../../core/analysis/analysis-kb';
import { analysisKbFromPlan, keptPlan, planAnalysisKb } from '../../core/analysis/analysis-kb-plan';
import { analyzeContent } from '../../core/analysis/analyze-content';
import type { Entity, EntityName, EntityType } from '../../core/kb/entity';
import type { PackSignal } from '../../core/kb/pack';
import type { SanctionsLensDb } from '../../db/schema';
import { highlightsUnder } from '../../core/settings';
import { encodeSpans } from '../../messaging/match-spans';
import type { PageMatches } from '../../messaging/page-analysis';
import type { MessageType } from '../../messaging/protocol';
import { recordFound } from './found-entities';
import type { Handler, HandlerDeps } from './handlers';
import type { SessionStore } from './session-store';
import { contentTab } from './sender-page';

type AnalysisMessageType = Extract<MessageType, 'page/analyse' | 'page/match'>;

/**
 * What page analysis needs: every entity with the user's aliases merged into its names, without backgrounds and
 * sources (the card asks for those), and the signal terms per language.
 */
export async function analysisInput(
  db: SanctionsLensDb,
  signals: () => Record<string, PackSignal[]> = () => ({}),
): Promise<AnalysisKbInput> {
  const [rows, aliases] = await Promise.all([db.entities.toArray(), db.aliases.toArray()]);
  const extra = new Map<string, EntityName[]>();
  for (const a of aliases) {
    const name: EntityName = { text: a.text, lang: a.lang, ...(a.caseSensitive ? { caseSensitive: true } : {}) };
    extra.set(a.entityId, [...(extra.get(a.entityId) ?? []), name]);
  }
  const entities: Entity[] = rows.map((r) => ({
    id: r.id,
    type: r.type,
    origin: r.origin,
    name: r.name,
    names: [...r.names, ...(extra.get(r.id) ?? [])],
    relations: r.relations,
    background: '',
    dates: [],
    identifiers: [],
    sources: [],
  }));
  return { entities, signals: signals() };
}

/**
 * The compiled knowledge base as of now (a call reads the knowledge base's fingerprint first), and, when the cache
 * has one, `last()`: the one it compiled last, without that read.
 */
export type KbCache = (() => Promise<AnalysisKb>) & { last?(): Promise<AnalysisKb> | null };

/** The key of the kept plan of the compiled knowledge base (with the build and the fingerprint it was made for). */
export const KB_PLAN_KEY = 'analysis-kb-plan';

/**
 * The compiled knowledge base, built on first use and again when the knowledge base changed: each request first reads
 * a cheap fingerprint (the number of entities, the book-keeping of loaded packs and list refreshes, the user's own
 * entities, which can be edited in place, and the user's aliases) and compiles again only when it differs. Returns a
 * getter. With `precompiled` (the shipped knowledge base's matchers, loaded once), a compile reuses them for every
 * name they have and compiles only the others (the user's entities and aliases, names from a list refresh). With
 * `kept` (session storage, which no content script reads), that compile's costly part (analysis-kb-plan.ts: reading
 * every entity, comparing its names with the precompiled ones) is kept there for its fingerprint and for `build`, so
 * that a restarted service worker does it only when the knowledge base or the extension changed meanwhile (another
 * build may weigh entities otherwise with the same matchers).
 */
export function compiledKbCache(
  db: SanctionsLensDb,
  signals: () => Record<string, PackSignal[]>,
  precompiled: () => Promise<PrecompiledMatchers | null> = async () => null,
  kept: SessionStore | null = null,
  build = '',
): KbCache {
  let compiled: Promise<AnalysisKb> | null = null;
  let compiledFor = '';
  const compile = async (fingerprint: string): Promise<AnalysisKb> => {
    // The precompiled matchers load while the kept plan is read; without a plan for this knowledge base and build,
    // the entities are read meanwhile too (as before plans were kept), not after the matchers.
    const loading = precompiled();
    const held = await kept
      ?.get<{ build?: unknown; fingerprint?: unknown; plan?: unknown }>(KB_PLAN_KEY)
      .catch(() => undefined);
    const fits = held?.build === build && held.fingerprint === fingerprint;
    let reading = fits ? null : analysisInput(db, signals);
    // Its failure is met when it is awaited below (not reported as unhandled while the matchers load).
    reading?.catch(() => undefined);
    const read = () => (reading ??= analysisInput(db, signals));
    const pre = await loading;
    if (!pre) return prepareAnalysisKb(await read(), null);
    const plan = fits ? keptPlan(held.plan, pre) : null;
    if (plan) return analysisKbFromPlan(plan, pre, signals());
    const input = await read();
    const made = planAnalysisKb(input, pre);
    // Not kept (a full store): the next start compiles again.
    await kept?.set(KB_PLAN_KEY, { build, fingerprint, plan: made }).catch(() => undefined);
    return analysisKbFromPlan(made, pre, input.signals);
  };
  const current = async () => {
    const [count, meta, own, aliases] = await Promise.all([
      db.entities.count(),
      db.meta.toArray(),
      db.entities.where('origin').equals('user').toArray(),
      db.aliases.toArray(),
    ]);
    const fingerprint = JSON.stringify([count, meta, own, aliases]);
    if (!compiled || fingerprint !== compiledFor) {
      compiledFor = fingerprint;
      compiled = compile(fingerprint);
      compiled.catch(() => {
        compiled = null;
      });
    }
    return compiled;
  };
  return Object.assign(current, { last: () => compiled });
}

/** The compiled knowledge base: the background's cached one, or one compiled for this message (in tests). */
function kbOf(deps: HandlerDeps): Promise<AnalysisKb> {
  return deps.compiledKb?.() ?? analysisInput(deps.db, deps.signals).then(prepareAnalysisKb);
}

/**
 * `use` applied to the compiled knowledge base as it is when the request comes. The check for a change (the
 * fingerprint's IndexedDB reads, 5-10 ms) runs while `use` works with the one compiled last; only when the check
 * finds a change is `use` applied again, to the new one.
 */
export async function withKb<T>(deps: HandlerDeps, use: (kb: AnalysisKb) => T): Promise<T> {
  const last = deps.compiledKb?.last?.() ?? null;
  const checked = kbOf(deps);
  if (last) {
    // Met below when it is awaited (not reported as unhandled if `use` throws first).
    checked.catch(() => undefined);
    const early = await last.catch(() => null);
    if (early) {
      const result = use(early);
      const kb = await checked;
      return kb === early ? result : use(kb);
    }
  }
  return use(await checked);
}

/** The handlers, spread into the background's handler table. */
export const analysisHandlers: { [T in AnalysisMessageType]: Handler<T> } = {
  async 'page/analyse'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    const ask = req.highlight;
    const { analysis, matches } = await withKb(deps, (kb) => {
      const analysis = analyzeContent(req.content, kb);
      // The text for highlighting came along: matched now when the verdict calls for highlights (no second request).
      const matches =
        ask && highlightsUnder(ask.mode, analysis.verdict, analysis.entities.length)
          ? matchTexts(kb, [ask.text])
          : null;
      return { analysis, matches };
    });
    remember(deps, tabId, url, [...analysis.entities, ...(matches?.entities ?? [])]);
    return matches ? { analysis, matches } : { analysis };
  },

  async 'page/match'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    const matches = await withKb(deps, (kb) => matchTexts(kb, req.texts));
    remember(deps, tabId, url, matches.entities);
    return matches;
  },
};

/**
 * Records what the background found on a tab's page (found-entities.ts), without holding up the reply (a session
 * storage write, about 10 ms): the tab's questions about entities wait for its pending record (`foundOn`). A failed
 * write is logged, not passed on: the page still gets its analysis; only its cards cannot open those entities.
 */
function remember(deps: HandlerDeps, tabId: number, url: string, found: readonly { id: string }[]): void {
  void recordFound(
    deps.session,
    tabId,
    url,
    found.map((e) => e.id),
  ).catch((err: unknown) => console.warn('Sanctions Lens: could not record the entities found on a page', err));
}

/** The entity names in each text, each entity listed once, the spans in their compact form. */
export function matchTexts(kb: AnalysisKb, texts: readonly string[]): PageMatches {
  const entities: PageMatches['entities'] = [];
  const index = new Map<string, number>();
  const spans = texts.map((text) => {
    const flat: number[] = [];
    for (const m of kb.entityMatcher.find(text)) {
      const type: EntityType | undefined = kb.entities.get(m.entityId)?.type;
      if (!type) continue;
      let i = index.get(m.entityId);
      if (i === undefined) {
        i = entities.length;
        index.set(m.entityId, i);
        entities.push({ id: m.entityId, type });
      }
      flat.push(m.start, m.end, i);
    }
    return encodeSpans(flat);
  });
  return { entities, spans };
}
