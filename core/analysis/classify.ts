// Decides whether a page is about North Korea sanctions, merely mentions them, or neither, and says why.
import type { PageFeatures, TextEvidence } from './features';
import { byCodeUnits } from '../code-unit-order';

/** The topic verdict: the main text is about North Korea sanctions; they appear but are not its subject; neither. */
export type Verdict = 'about' | 'mentions' | 'none';

/** The outcome of {@link classify}. */
export interface Classification {
  verdict: Verdict;
  /** How strongly the main text is about North Korea sanctions, 0..1 (about from {@link ABOUT_THRESHOLD}). */
  score: number;
  /** Human-readable reasons, strongest first. */
  reasons: string[];
}

/** The score from which a page is "about" the topic. */
export const ABOUT_THRESHOLD = 0.5;

/** Tunable weights of the classifier (tuned on the evaluation corpus, see scripts/eval.ts). */
export const WEIGHTS = {
  /** A North Korea anchor in the title counts as this many in the main text. */
  titleTopic: 3,
  /** A signal term in the title counts this many times its weight. */
  titleSignal: 2,
  /** North Korea strength at which the topic factor reaches 1 − 1/e. */
  topicScale: 2,
  /** Anchors per 1,000 characters of main text below which the text is taken as only touching on North Korea. */
  minTopicDensity: 0.6,
  /** Weight of signal terms far from any North Korea anchor, relative to those near one. */
  farSignal: 0.35,
  /** Weight of one mention of a sanctions body, law or programme, as a signal. */
  sanctionsEntity: 0.5,
  /** Signal strength at which the sanctions factor reaches 1 − 1/e. */
  signalScale: 1.5,
  /** Multiplier of the score by page type: a listing's "main text" is a pile of teasers. */
  listing: 0.55,
  other: 0.9,
};

const round = (x: number) => Math.round(x * 100) / 100;
const saturate = (x: number, scale: number) => 1 - Math.exp(-Math.max(0, x) / scale);

/** The strongest signal terms of a text (by weight, then hits), e.g. "sanctions evasion, sanctions ×3". */
function topTerms(ev: TextEvidence, n = 5): string {
  const terms = Object.entries(ev.signalTerms).sort(
    ([ta, a], [tb, b]) => b.weight - a.weight || b.count - a.count || byCodeUnits(ta, tb),
  );
  const shown = terms.slice(0, n).map(([t, { count }]) => (count > 1 ? `${t} ×${count}` : t));
  return shown.join(', ') + (terms.length > n ? ', ...' : '');
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * How strongly the main text is about North Korea (0..1): anchors in the title count {@link WEIGHTS}.titleTopic
 * times; in the main text they count fully only when dense enough for North Korea to be a subject rather than an aside.
 */
export function topicStrength(f: PageFeatures): number {
  const kChars = Math.max(1, f.main.length / 1000);
  const density = f.main.topicMentions / kChars;
  const densityFactor = Math.min(1, density / WEIGHTS.minTopicDensity);
  return saturate(f.title.topic * WEIGHTS.titleTopic + f.main.topic * densityFactor, WEIGHTS.topicScale);
}

/** How strongly the main text is about sanctions (0..1): signal terms, most of all those near North Korea. */
export function sanctionsStrength(f: PageFeatures): number {
  const far = Math.max(0, f.main.signal - f.main.signalNearTopic);
  const raw =
    f.main.signalNearTopic +
    WEIGHTS.farSignal * far +
    WEIGHTS.titleSignal * f.title.signal +
    WEIGHTS.sanctionsEntity * f.main.sanctionsEntities;
  return saturate(raw, WEIGHTS.signalScale);
}

/**
 * Classifies a page from its features. "about" needs North Korea and sanctions in the main text (or title) and a
 * score of at least {@link ABOUT_THRESHOLD}. "mentions" needs North Korea and sanctions named together in one line
 * (a headline, a teaser, a paragraph) somewhere on the page: a front page's one sanctions story, a sidebar link.
 * Everything else is "none", including pages about North Korea with no word of sanctions (a marathon in Pyongyang)
 * and pages about other sanctions (Iran, Russia). Drop-down options are not text, so they never count.
 */
export function classify(f: PageFeatures): Classification {
  const topic = topicStrength(f);
  const sanctions = sanctionsStrength(f);
  const typeFactor = f.pageType === 'listing' ? WEIGHTS.listing : f.pageType === 'other' ? WEIGHTS.other : 1;
  const inMain = f.title.topicMentions + f.main.topicMentions > 0;
  const mainSignals = f.title.signal + f.main.signal + f.main.sanctionsEntities > 0;
  const score = inMain && mainSignals ? topic * sanctions * typeFactor : 0;
  const reasons = explain(f, topic, sanctions);
  const linked = f.title.linkedLines + f.main.linkedLines + f.rest.linkedLines > 0;
  const verdict: Verdict = score >= ABOUT_THRESHOLD ? 'about' : linked ? 'mentions' : 'none';
  if (verdict !== 'about' && inMain && mainSignals) {
    reasons.push(`score ${round(score)} is below ${ABOUT_THRESHOLD}: North Korea sanctions are not the main subject`);
  }
  if (verdict === 'mentions') {
    const lines = f.title.linkedLines + f.main.linkedLines + f.rest.linkedLines;
    reasons.push(`North Korea and sanctions named together in ${count(lines, 'line')} (headline, teaser or paragraph)`);
  } else if (verdict === 'none' && (inMain || f.rest.topicMentions > 0)) {
    reasons.push('North Korea is named, but never together with sanctions');
  }
  return { verdict, score: round(score), reasons };
}

function explain(f: PageFeatures, topic: number, sanctions: number): string[] {
  const reasons: string[] = [];
  const where = f.hasMainContent ? 'the main text' : 'the page text';
  if (f.title.topicMentions > 0) reasons.push('title names North Korea');
  if (f.title.signal > 0) reasons.push(`title has sanctions signal terms: ${topTerms(f.title)}`);
  if (f.main.topicMentions > 0) {
    const perK = f.main.topicMentions / Math.max(1, f.main.length / 1000);
    reasons.push(
      `${count(f.main.topicMentions, 'North Korea mention')} in ${where} (${round(perK)} per 1,000 characters)`,
    );
  }
  const nTerms = Object.values(f.main.signalTerms).reduce((a, b) => a + b.count, 0);
  if (nTerms > 0) reasons.push(`${count(nTerms, 'sanctions signal term')} in ${where}: ${topTerms(f.main)}`);
  if (f.main.sanctionsEntities > 0) {
    reasons.push(`${count(f.main.sanctionsEntities, 'mention')} of sanctions bodies, laws or programmes`);
  }
  const inMain = f.title.topicMentions + f.main.topicMentions > 0;
  if (!inMain && f.rest.topicMentions > 0) {
    reasons.push('North Korea only outside the main text (navigation/sidebar)');
  } else if (f.rest.topicMentions > 0) {
    reasons.push(`${count(f.rest.topicMentions, 'more North Korea mention')} outside ${where}`);
  }
  if (!inMain && f.rest.topicMentions === 0) reasons.push('North Korea is not named on the page');
  if (inMain && nTerms === 0 && f.title.signal === 0 && f.main.sanctionsEntities === 0) {
    reasons.push(`no sanctions signal terms in ${where}`);
  }
  if (f.pageType !== 'article') reasons.push(`page type is ${f.pageType}, not article`);
  reasons.push(`North Korea strength ${round(topic)}, sanctions strength ${round(sanctions)}`);
  return reasons;
}
