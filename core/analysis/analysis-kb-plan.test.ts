// Tests the kept plan of a compiled knowledge base: the same analysis knowledge base as compiling it, and no plan of
// another format or base, or a malformed one, is taken.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/entity';
import { STARTER_ENTITIES } from '../kb/starter';
import { compileTerms } from '../match/matcher';
import { analysisMatcherTerms, prepareAnalysisKb, type AnalysisKb, type PrecompiledMatchers } from './analysis-kb';
import { analysisKbFromPlan, keptPlan, planAnalysisKb } from './analysis-kb-plan';

const signals = { en: [{ term: 'sanctions', weight: 0.6 }], id: [{ term: 'sanksi', weight: 0.6 }] };

/** Precompiled matchers of the starter knowledge base, as the build makes them for the shipped one. */
function precompiled(entities: readonly Entity[] = STARTER_ENTITIES): PrecompiledMatchers {
  const terms = analysisMatcherTerms({ entities, signals });
  return { entities: compileTerms(terms.entities), signals: compileTerms(terms.signals) };
}

/** The knowledge base now: the starter one less Russia, with the user's vessel and an alias of the MSMT. */
function changed(): Entity[] {
  const vessel: Entity = {
    id: 'user-blue-lantern',
    type: 'vessel',
    origin: 'user',
    name: 'Blue Lantern',
    names: [{ text: 'Blue Lantern', lang: 'en' }],
    relations: [{ type: 'related-to', target: 'north-korea' }],
    background: '',
    dates: [],
    identifiers: [],
    sources: [],
  };
  return [
    ...STARTER_ENTITIES.filter((e) => e.id !== 'russia').map((e) =>
      e.id === 'msmt' ? { ...e, names: [...e.names, { text: 'Monitoring Team', lang: 'en' }] } : e,
    ),
    vessel,
  ];
}

const texts = [
  'The MSMT said that North Korea sent arms to Russia; the Monitoring Team tracked the Blue Lantern.',
  'Tim Pemantauan Sanksi Multilateral (MSMT) menyebut Korea Utara; sanksi PBB, the Panel of Experts.',
  'Nothing to see here, only sanctions on Iran.',
];

function sameKb(a: AnalysisKb, b: AnalysisKb): void {
  expect([...a.entities]).toEqual([...b.entities]);
  expect([...a.signals]).toEqual([...b.signals]);
  for (const t of texts) {
    expect(a.entityMatcher.find(t)).toEqual(b.entityMatcher.find(t));
    expect(a.signalMatcher.find(t)).toEqual(b.signalMatcher.find(t));
  }
}

describe('the plan of a compiled knowledge base', () => {
  it('makes the same knowledge base as compiling it, with or without precompiled matchers', () => {
    const pre = precompiled();
    const input = { entities: changed(), signals };
    const plan = planAnalysisKb(input, pre);
    expect(plan.entityPlan.extra.map((t) => t.text)).toEqual(['Monitoring Team', 'Blue Lantern']);
    expect(plan.entityPlan.disabled.length).toBe(STARTER_ENTITIES.find((e) => e.id === 'russia')!.names.length);
    const fromPlan = analysisKbFromPlan(plan, pre, signals);
    sameKb(fromPlan, prepareAnalysisKb(input, pre));
    sameKb(fromPlan, prepareAnalysisKb(input, null));
    expect(fromPlan.entityMatcher.find(texts[0]!).map((m) => m.entityId)).toEqual([
      'msmt',
      'north-korea',
      'msmt',
      'user-blue-lantern',
    ]);
  });

  it('is kept as plain data: taken back after a JSON or structured-clone round trip over the same matchers', () => {
    const pre = precompiled();
    const plan = planAnalysisKb({ entities: changed(), signals }, pre);
    for (const copy of [JSON.parse(JSON.stringify(plan)) as unknown, structuredClone(plan)]) {
      const kept = keptPlan(copy, pre);
      expect(kept).toEqual(plan);
      sameKb(analysisKbFromPlan(kept!, pre, signals), analysisKbFromPlan(plan, pre, signals));
    }
  });

  it('is not taken over other matchers, in another format, or malformed', () => {
    const pre = precompiled();
    const plan = planAnalysisKb({ entities: changed(), signals }, pre);
    expect(keptPlan(plan, precompiled(changed()))).toBeNull();
    /** A copy of the plan whose fields can be set to anything. */
    type Loose = { [K in keyof typeof plan]: unknown } & {
      base: { entities: unknown; signals: unknown };
      entityPlan: { disabled: unknown[]; extra: unknown[] };
      signalPlan: { disabled: unknown[]; extra: unknown[] };
      entities: unknown[][];
    };
    const broken: [string, (p: Loose) => void][] = [
      ['format', (p) => (p.format = 2)],
      ['base', (p) => (p.base.entities = 'x')],
      ['index past the base', (p) => p.entityPlan.disabled.push(pre.entities.termCount)],
      ['indices out of order', (p) => p.entityPlan.disabled.unshift(p.entityPlan.disabled.at(-1))],
      ['extra term', (p) => p.signalPlan.extra.push({ entityId: 'x', text: 7 })],
      ['entity type', (p) => (p.entities[0]![2] = 'planet')],
      ['entity flag', (p) => (p.entities[0]![4] = true)],
      ['entities', (p) => (p.entities = [[], ...p.entities])],
    ];
    for (const [what, breakIt] of broken) {
      const copy = structuredClone(plan) as unknown as Loose;
      breakIt(copy);
      expect(keptPlan(copy, pre), what).toBeNull();
    }
    expect(keptPlan(null, pre)).toBeNull();
    expect(keptPlan('plan', pre)).toBeNull();
  });
});
