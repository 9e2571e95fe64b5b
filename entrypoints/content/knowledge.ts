// The content script's copy of the knowledge base, fetched from the background once per page and compiled.
import { prepareAnalysisKb, type AnalysisKb } from '../../core/analysis/analysis-kb';
import { send } from '../../messaging/client';

let compiled: Promise<AnalysisKb> | null = null;

/** The compiled knowledge base for this page (the first call asks the background; later calls share it). */
export function analysisKb(): Promise<AnalysisKb> {
  compiled ??= send('kb/analysis', {}).then((kb) => prepareAnalysisKb(kb));
  compiled.catch(() => {
    compiled = null; // try again next time
  });
  return compiled;
}

/** The ids of the knowledge-base entities named in a text (e.g. around a selection). */
export async function entitiesIn(text: string): Promise<string[]> {
  const kb = await analysisKb();
  return [...new Set(kb.entityMatcher.find(text).map((m) => m.entityId))];
}
