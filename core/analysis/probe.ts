// The background's cheap second stage after the fast path: can a page whose whole text is this sample concern the topic?
import type { AnalysisKb } from './analysis-kb';

/** What the second stage found in a page's sample, and whether the page may concern the topic. */
export interface SampleCheck {
  mayConcern: boolean;
  /** Why the page cannot concern the topic (empty when it may): readable sentences for the popup. */
  reasons: string[];
}

/** How many names a reason lists at most. */
const NAMES_SHOWN = 3;

const listed = (names: Set<string>) => [...names].slice(0, NAMES_SHOWN).join(', ');

/**
 * Whether a page could be about North Korea sanctions, or mention them, judging by `sample`: the title, summary and
 * the whole visible text of the page (the bootstrap's fast-path sample, when it was not cut short). Both verdicts
 * need a North Korea anchor (an entity with an anchor weight, as {@link classify} counts them) and a sanctions cue
 * (a signal term or a sanctions body, law or programme) on the page; the main text is part of the page, so when the
 * sample holds no anchor or no cue the verdict is "none" whatever the main content is, and the full content script
 * need not run. A trigger of the fast path on "South Korea", "Korean" or a Korea-themed site usually ends here.
 * When the page is ruled out, the reasons say which of the two was missing and what the page did name.
 */
export function sampleCheck(akb: AnalysisKb, sample: string): SampleCheck {
  // A long page about the topic names both early on: its first lines answer, and the rest is not matched. (Only a
  // "may concern" answer is taken from them: it sends the page to the full analysis, which decides on all of it.)
  if (sample.length > 2 * QUICK_SAMPLE) {
    const cut = sample.lastIndexOf('\n', QUICK_SAMPLE);
    if (cut > 0 && checkWhole(akb, sample.slice(0, cut)).mayConcern) return { mayConcern: true, reasons: [] };
  }
  return checkWhole(akb, sample);
}

/** Characters (whole lines) of a long sample that {@link sampleCheck} looks at first. */
export const QUICK_SAMPLE = 20_000;

/** {@link sampleCheck} on the whole sample. */
function checkWhole(akb: AnalysisKb, sample: string): SampleCheck {
  const anchors = new Set<string>();
  const others = new Set<string>();
  let cue = false;
  for (const m of akb.entityMatcher.find(sample)) {
    const info = akb.entities.get(m.entityId);
    if (!info) continue;
    if (info.anchor > 0) anchors.add(info.name);
    else others.add(info.name);
    if (info.sanctions) cue = true;
    if (anchors.size > 0 && cue) return { mayConcern: true, reasons: [] };
  }
  if (anchors.size === 0) {
    const found = others.size > 0 ? ` (it names ${listed(others)})` : '';
    return { mayConcern: false, reasons: [`Quick check: no North Korea name on the page${found}.`] };
  }
  if (akb.signalMatcher.find(sample).some((s) => akb.signals.has(s.entityId))) return { mayConcern: true, reasons: [] };
  return {
    mayConcern: false,
    reasons: [`Quick check: the page names ${listed(anchors)}, but no sanctions term, body or measure.`],
  };
}

/** Whether a page may concern the topic by its sample (see {@link sampleCheck}). */
export function sampleMayConcern(akb: AnalysisKb, sample: string): boolean {
  return sampleCheck(akb, sample).mayConcern;
}
