// The background's cheap second stage after the fast path: can a page whose whole text is this sample concern the topic?
import type { AnalysisKb } from './analysis-kb';

/**
 * Whether a page could be about North Korea sanctions, or mention them, judging by `sample`: the title, summary and
 * the whole visible text of the page (the bootstrap's fast-path sample, when it was not cut short). Both verdicts
 * need a North Korea anchor (an entity with an anchor weight, as {@link classify} counts them) and a sanctions cue
 * (a signal term or a sanctions body, law or programme) on the page; the main text is part of the page, so when the
 * sample holds no anchor or no cue the verdict is "none" whatever the main content is, and the full content script
 * need not run. A trigger of the fast path on "South Korea", "Korean" or a Korea-themed site usually ends here.
 */
export function sampleMayConcern(akb: AnalysisKb, sample: string): boolean {
  let anchor = false;
  let cue = false;
  for (const m of akb.entityMatcher.find(sample)) {
    const info = akb.entities.get(m.entityId);
    if (!info) continue;
    if (info.anchor > 0) anchor = true;
    if (info.sanctions) cue = true;
    if (anchor && cue) return true;
  }
  if (!anchor) return false;
  return akb.signalMatcher.find(sample).some((s) => akb.signals.has(s.entityId));
}
