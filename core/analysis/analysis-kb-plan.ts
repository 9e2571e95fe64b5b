// The costly part of compiling a knowledge base over precompiled matchers, as plain data that can be kept between
// service worker starts: each entity's contribution, and which precompiled terms are off and which terms are extra.
import { ENTITY_TYPES, type EntityType } from '../kb/entity';
import { baseIdentity, matcherFromPlan, planWithBase, type BasePlan } from '../match/base-matcher';
import { termsOf, type MatcherTerm } from '../match/matcher';
import {
  CONTEXT_ENTITIES,
  entityInfos,
  signalTable,
  type AnalysisKb,
  type AnalysisKbInput,
  type EntityInfo,
  type PrecompiledMatchers,
} from './analysis-kb';

/** The plan's format version: a kept plan of another version is not used. */
export const ANALYSIS_KB_PLAN_FORMAT = 1;

/** One entity's contribution: id, canonical name, type, anchor weight, 1 when it is about sanctions. */
type PlannedEntity = [id: string, name: string, type: EntityType, anchor: number, sanctions: 0 | 1];

/** A knowledge base compiled over precompiled matchers, as plain (structured-clone and JSON safe) data. */
export interface AnalysisKbPlan {
  format: typeof ANALYSIS_KB_PLAN_FORMAT;
  /** The precompiled matchers it was planned over ({@link baseIdentity} of each). */
  base: { entities: string; signals: string };
  entities: PlannedEntity[];
  entityPlan: BasePlan;
  signalPlan: BasePlan;
}

/** Plans the analysis knowledge base of `input` over `precompiled` (what {@link analysisKbFromPlan} makes). */
export function planAnalysisKb(input: AnalysisKbInput, precompiled: PrecompiledMatchers): AnalysisKbPlan {
  const entities: PlannedEntity[] = [];
  for (const [id, e] of entityInfos(input.entities)) entities.push([id, e.name, e.type, e.anchor, e.sanctions ? 1 : 0]);
  return {
    format: ANALYSIS_KB_PLAN_FORMAT,
    base: { entities: baseIdentity(precompiled.entities), signals: baseIdentity(precompiled.signals) },
    entities,
    entityPlan: planWithBase(precompiled.entities, termsOf([...input.entities])),
    signalPlan: planWithBase(precompiled.signals, signalTable(input.signals).terms),
  };
}

/**
 * The analysis knowledge base that `plan` describes over `precompiled`, with the signal terms `signals` (those it was
 * planned with): the same as prepareAnalysisKb's over the input it was planned from.
 */
export function analysisKbFromPlan(
  plan: AnalysisKbPlan,
  precompiled: PrecompiledMatchers,
  signals: AnalysisKbInput['signals'],
): AnalysisKb {
  const entities = new Map<string, EntityInfo>();
  for (const [id, name, type, anchor, sanctions] of plan.entities) {
    entities.set(id, { name, type, anchor, sanctions: sanctions === 1 });
  }
  return {
    kind: 'analysis-kb',
    entityMatcher: matcherFromPlan(precompiled.entities, plan.entityPlan, { contextEntityIds: CONTEXT_ENTITIES }),
    signalMatcher: matcherFromPlan(precompiled.signals, plan.signalPlan),
    entities,
    signals: signalTable(signals).signals,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isTerm(v: unknown): v is MatcherTerm {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    isString(t.entityId) &&
    isString(t.text) &&
    (t.lang === undefined || isString(t.lang)) &&
    (t.caseSensitive === undefined || typeof t.caseSensitive === 'boolean') &&
    (t.ambiguous === undefined || typeof t.ambiguous === 'boolean')
  );
}

function isBasePlan(v: unknown, termCount: number): v is BasePlan {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  if (!Array.isArray(p.disabled) || !Array.isArray(p.extra) || !p.extra.every(isTerm)) return false;
  let last = -1;
  for (const i of p.disabled) {
    if (!Number.isInteger(i) || (i as number) <= last || (i as number) >= termCount) return false;
    last = i as number;
  }
  return true;
}

function isPlannedEntity(v: unknown): v is PlannedEntity {
  return (
    Array.isArray(v) &&
    v.length === 5 &&
    isString(v[0]) &&
    isString(v[1]) &&
    (ENTITY_TYPES as readonly unknown[]).includes(v[2]) &&
    typeof v[3] === 'number' &&
    Number.isFinite(v[3]) &&
    (v[4] === 0 || v[4] === 1)
  );
}

/**
 * `value` as a plan over `precompiled` when it is one (a kept plan: of this format, planned over these very matchers,
 * well formed), else null.
 */
export function keptPlan(value: unknown, precompiled: PrecompiledMatchers): AnalysisKbPlan | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  const base = p.base as Record<string, unknown> | undefined;
  if (
    p.format !== ANALYSIS_KB_PLAN_FORMAT ||
    !base ||
    base.entities !== baseIdentity(precompiled.entities) ||
    base.signals !== baseIdentity(precompiled.signals) ||
    !Array.isArray(p.entities) ||
    !p.entities.every(isPlannedEntity) ||
    !isBasePlan(p.entityPlan, precompiled.entities.termCount) ||
    !isBasePlan(p.signalPlan, precompiled.signals.termCount)
  ) {
    return null;
  }
  return value as AnalysisKbPlan;
}
