// Compiles a knowledge base (entities plus a pack's signal terms) once into the matchers and weights page analysis uses.
import type { Entity, EntityType } from '../kb/entity';
import type { PackSignal } from '../kb/pack';
import { matcherWithBase } from '../match/base-matcher';
import { foldCase, termsOf, type CompiledMatcher, type Matcher, type MatcherTerm } from '../match/matcher';

/** The raw input: every entity to find and the detection vocabulary per language (a pack's `signals`). */
export interface AnalysisKbInput {
  entities: readonly Entity[];
  signals: Readonly<Record<string, readonly PackSignal[]>>;
}

/** A signal term, merged over languages. */
export interface SignalInfo {
  term: string;
  weight: number;
}

/** What an entity contributes to the topic decision. */
export interface EntityInfo {
  name: string;
  type: EntityType;
  /** How much one mention shows that the text is about North Korea (0 = not at all). */
  anchor: number;
  /** Whether a mention shows that the text is about sanctions (sanctions bodies, laws, programmes). */
  sanctions: boolean;
}

/** A compiled knowledge base, ready to analyse any number of pages. */
export interface AnalysisKb {
  readonly kind: 'analysis-kb';
  entityMatcher: Matcher;
  signalMatcher: Matcher;
  entities: ReadonlyMap<string, EntityInfo>;
  /** Signal key (as in `signalMatcher`'s entity ids) → term and weight. */
  signals: ReadonlyMap<string, SignalInfo>;
}

/** The entity that the topic is about. */
export const TOPIC_ENTITY = 'north-korea';

/** Entities whose plain mention makes ambiguous names (e.g. "Panel of Experts") count, as in the content script. */
export const CONTEXT_ENTITIES = ['north-korea', 'pyongyang', 'kim-jong-un'];

/** Anchor weight of the topic entity and of entities tied to it through their relations. */
const ANCHOR_TOPIC = 1;
const ANCHOR_RELATED = 0.8;
/** Entries of the DPRK designations lists: North Korean by origin, but with less common names. */
const ANCHOR_DESIGNATION = 0.5;
/** Types whose entities are, by nature, about sanctions. */
const SANCTIONS_TYPES: ReadonlySet<EntityType> = new Set(['sanctions-authority', 'legal-instrument', 'programme']);
/** Relations that tie an entity to the one it points at (a treaty's other party is not enough: see below). */
const TYING = new Set(['part-of', 'member-of', 'related-to', 'designated-under', 'created-by', 'successor-of']);

function reaches(start: string, goal: (id: string) => boolean, byId: Map<string, Entity>, maxDepth = 4): boolean {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of byId.get(id)?.relations ?? []) {
        if (!TYING.has(r.type) || seen.has(r.target)) continue;
        if (goal(r.target)) return true;
        seen.add(r.target);
        next.push(r.target);
      }
    }
    frontier = next;
  }
  return false;
}

/**
 * How much each entity anchors a text to North Korea: the topic entity fully; an entity whose relations lead to it
 * (Pyongyang part-of North Korea, Lazarus part-of RGB part-of North Korea, a resolution related-to North Korea)
 * strongly, unless it is itself a state (Russia, a treaty partner, is not North Korean); entries of the DPRK
 * designations lists half. Everything else (other states, the UN, the Treasury) does not anchor at all.
 */
function anchorWeight(e: Entity, byId: Map<string, Entity>): number {
  if (e.id === TOPIC_ENTITY) return ANCHOR_TOPIC;
  if (e.type === 'state') return 0;
  if (reaches(e.id, (id) => id === TOPIC_ENTITY, byId)) return ANCHOR_RELATED;
  return e.origin === 'designation' ? ANCHOR_DESIGNATION : 0;
}

/** Whether an entity is about sanctions by type, or is a body created by or succeeding a sanctions instrument. */
function isSanctionsEntity(e: Entity, byId: Map<string, Entity>): boolean {
  if (SANCTIONS_TYPES.has(e.type)) return true;
  if (e.type !== 'international-body') return false;
  return reaches(e.id, (id) => SANCTIONS_TYPES.has(byId.get(id)?.type ?? 'state'), byId, 2);
}

/** The key of a signal term in the signal matcher: its case-folded text (or exact text when case-sensitive). */
function signalKey(s: PackSignal): string {
  return s.caseSensitive ? `signal:c:${s.term}` : `signal:f:${foldCase(s.term.normalize('NFC'))}`;
}

/** Where the extension ships the bundled knowledge base's {@link PrecompiledMatchers} (binary, core/match/binary.ts). */
export const PRECOMPILED_MATCHER_FILES = {
  entities: 'matchers/entities.bin',
  signals: 'matchers/signals.bin',
} as const;

/** A knowledge base's two matchers, compiled ahead (the shipped one's, at build time: scripts/kb-matchers.ts). */
export interface PrecompiledMatchers {
  entities: CompiledMatcher;
  signals: CompiledMatcher;
}

/** What each entity contributes to the topic decision (the first of two entities with one id counts). */
export function entityInfos(list: readonly Entity[]): Map<string, EntityInfo> {
  const byId = new Map(list.map((e) => [e.id, e]));
  const entities = new Map<string, EntityInfo>();
  for (const e of list) {
    if (entities.has(e.id)) continue;
    entities.set(e.id, {
      name: e.name,
      type: e.type,
      anchor: anchorWeight(e, byId),
      sanctions: isSanctionsEntity(e, byId),
    });
  }
  return entities;
}

/**
 * The signal terms of every language, merged (a term listed in several languages keeps its highest weight), keyed
 * as in the signal matcher's entity ids.
 */
export function signalTable(input: AnalysisKbInput['signals']): {
  signals: Map<string, SignalInfo>;
  terms: MatcherTerm[];
} {
  const signals = new Map<string, SignalInfo>();
  const terms: MatcherTerm[] = [];
  for (const list of Object.values(input)) {
    for (const s of list) {
      const key = signalKey(s);
      const known = signals.get(key);
      if (known) {
        known.weight = Math.max(known.weight, s.weight);
        continue;
      }
      signals.set(key, { term: s.term, weight: s.weight });
      terms.push({ entityId: key, text: s.term, caseSensitive: s.caseSensitive });
    }
  }
  return { signals, terms };
}

/** The terms of a knowledge base's two matchers (what {@link PrecompiledMatchers} are compiled from). */
export function analysisMatcherTerms(input: AnalysisKbInput): { entities: MatcherTerm[]; signals: MatcherTerm[] } {
  return { entities: termsOf([...input.entities]), signals: signalTable(input.signals).terms };
}

/**
 * Compiles a knowledge base for page analysis: one matcher over every entity name (ambiguous names count only next
 * to {@link CONTEXT_ENTITIES}), one over the signal terms of every language (a page's declared language is often
 * wrong and quotes cross languages), and each entity's anchor weight and sanctions flag, derived from its type, origin
 * and relations so that a new pack needs no code. With `precompiled` matchers (the shipped knowledge base's), only
 * the terms they lack (the user's own entities and aliases) are compiled, and their terms that the knowledge base
 * no longer has (e.g. after a list refresh) are switched off.
 */
export function prepareAnalysisKb(input: AnalysisKbInput, precompiled: PrecompiledMatchers | null = null): AnalysisKb {
  const entities = entityInfos(input.entities);
  const { signals, terms: signalTerms } = signalTable(input.signals);
  const entityTerms = termsOf([...input.entities]);
  return {
    kind: 'analysis-kb',
    entityMatcher: matcherWithBase(precompiled?.entities ?? null, entityTerms, { contextEntityIds: CONTEXT_ENTITIES })
      .matcher,
    signalMatcher: matcherWithBase(precompiled?.signals ?? null, signalTerms).matcher,
    entities,
    signals,
  };
}
