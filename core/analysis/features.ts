// Turns texts (title, main text, the rest of the page) into the features the topic classifier decides on.
import type { EntityMatch } from '../match/matcher';
import type { AnalysisKb } from './analysis-kb';
import { byCodeUnits } from '../code-unit-order';

/** What one stretch of text holds. */
export interface TextEvidence {
  /** Length in characters. */
  length: number;
  /** Mentions of entities that anchor the text to North Korea, each weighted by its anchor weight. */
  topic: number;
  /** Mentions of the topic-anchoring entities, unweighted. */
  topicMentions: number;
  /** Weighted signal-term hits, each term's repeats counting less and less. */
  signal: number;
  /** Signal-term hits per term (as written in the pack), with the term's weight. */
  signalTerms: Record<string, { count: number; weight: number }>;
  /** Weighted signal hits within {@link NEAR} characters of a topic anchor. */
  signalNearTopic: number;
  /** Mentions of sanctions bodies, laws and programmes. */
  sanctionsEntities: number;
  /** Lines (blocks: paragraphs, headlines, list items) that name North Korea and sanctions together. */
  linkedLines: number;
}

/** An entity found in a text. */
export interface EntityHit {
  id: string;
  count: number;
  /** The distinct names as written in the text, in order of first appearance. */
  matches: string[];
}

/** The features of a page that {@link classify} reads. */
export interface PageFeatures {
  pageType: 'article' | 'listing' | 'other';
  language: string;
  title: TextEvidence;
  /** The main content (as Readability finds it), or the whole visible text when there is none. */
  main: TextEvidence;
  /** The visible text outside the main content: navigation, sidebars, footers, teasers. */
  rest: TextEvidence;
  /** Whether a distinct main content was found. */
  hasMainContent: boolean;
}

/** How close (in characters) a signal term must be to a North Korea anchor to count as "near" it. */
export const NEAR = 400;

/** The value of `count` repeats of one signal term: 1, 1.5, 1.83, ... (harmonic), so one word said ten times is not ten signals. */
function repeatValue(count: number): number {
  let v = 0;
  for (let i = 1; i <= count; i++) v += 1 / i;
  return v;
}

/** An empty evidence record, for a text that is absent. */
export function emptyEvidence(): TextEvidence {
  return {
    length: 0,
    topic: 0,
    topicMentions: 0,
    signal: 0,
    signalTerms: {},
    signalNearTopic: 0,
    sanctionsEntities: 0,
    linkedLines: 0,
  };
}

/** Entity and signal matches of one text, before they are summed up. */
export interface TextMatches {
  text: string;
  entities: EntityMatch[];
  signals: EntityMatch[];
}

/** Runs both matchers over `text`. */
export function matchText(kb: AnalysisKb, text: string): TextMatches {
  return { text, entities: kb.entityMatcher.find(text), signals: kb.signalMatcher.find(text) };
}

/** Sums up the matches of one text into its evidence. */
export function evidenceOf(kb: AnalysisKb, m: TextMatches): TextEvidence {
  const ev = emptyEvidence();
  ev.length = m.text.length;
  const anchors: number[] = [];
  const lineOf = lineIndex(m.text);
  const anchorLines = new Set<number>();
  const sanctionsLines = new Set<number>();
  for (const e of m.entities) {
    const info = kb.entities.get(e.entityId);
    if (!info) continue;
    if (info.anchor > 0) {
      ev.topic += info.anchor;
      ev.topicMentions++;
      anchors.push(e.start);
      anchorLines.add(lineOf(e.start));
    }
    if (info.sanctions) {
      ev.sanctionsEntities++;
      sanctionsLines.add(lineOf(e.start));
    }
  }
  const perTerm = new Map<string, { count: number; near: number; weight: number }>();
  for (const s of m.signals) {
    const info = kb.signals.get(s.entityId);
    if (!info) continue;
    const t = perTerm.get(info.term) ?? { count: 0, near: 0, weight: info.weight };
    t.count++;
    if (isNear(anchors, s.start)) t.near++;
    perTerm.set(info.term, t);
    sanctionsLines.add(lineOf(s.start));
  }
  for (const line of anchorLines) if (sanctionsLines.has(line)) ev.linkedLines++;
  for (const [term, t] of perTerm) {
    ev.signalTerms[term] = { count: t.count, weight: t.weight };
    ev.signal += t.weight * repeatValue(t.count);
    ev.signalNearTopic += t.weight * repeatValue(t.near);
  }
  return ev;
}

/** A function from an offset in `text` to the number of its line. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Whether `offset` lies within {@link NEAR} characters of one of the sorted `anchors`. */
function isNear(anchors: number[], offset: number): boolean {
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = anchors[mid]!;
    if (Math.abs(a - offset) <= NEAR) return true;
    if (a < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The evidence of the part of a page outside its main content: the whole page's evidence less the main content's
 * (counts are subtracted, never below zero), since the main content is a subtree of the page.
 */
export function subtractEvidence(whole: TextEvidence, part: TextEvidence): TextEvidence {
  const d = (a: number, b: number) => Math.max(0, a - b);
  const signalTerms: TextEvidence['signalTerms'] = {};
  for (const [term, { count, weight }] of Object.entries(whole.signalTerms)) {
    const left = count - (part.signalTerms[term]?.count ?? 0);
    if (left > 0) signalTerms[term] = { count: left, weight };
  }
  return {
    length: d(whole.length, part.length),
    topic: d(whole.topic, part.topic),
    topicMentions: d(whole.topicMentions, part.topicMentions),
    signal: d(whole.signal, part.signal),
    signalTerms,
    signalNearTopic: d(whole.signalNearTopic, part.signalNearTopic),
    sanctionsEntities: d(whole.sanctionsEntities, part.sanctionsEntities),
    linkedLines: d(whole.linkedLines, part.linkedLines),
  };
}

/** Counts entity matches per entity, most frequent first, with the names as written. */
export function entityHits(matches: TextMatches[]): EntityHit[] {
  const byId = new Map<string, EntityHit>();
  for (const { text, entities } of matches) {
    for (const e of entities) {
      const hit = byId.get(e.entityId) ?? { id: e.entityId, count: 0, matches: [] };
      hit.count++;
      const written = text.slice(e.start, e.end).replace(/\s+/g, ' ');
      if (!hit.matches.includes(written)) hit.matches.push(written);
      byId.set(e.entityId, hit);
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id));
}
