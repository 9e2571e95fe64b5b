// Test helper: the bundled topic pack compiled for analysis, and features made from plain texts.
import { packEntities, validatePack } from '../kb/pack';
import raw from '../kb/packs/north-korea-sanctions.json';
import { prepareAnalysisKb, type AnalysisKb } from './analysis-kb';
import { emptyEvidence, evidenceOf, matchText, type PageFeatures } from './features';

function load(): AnalysisKb {
  const v = validatePack(raw);
  if (!v.ok) throw new Error(v.errors.join('; '));
  return prepareAnalysisKb({ entities: packEntities(v.pack), signals: v.pack.signals });
}

/** The bundled pack, compiled once for all tests. */
export const PACK_KB: AnalysisKb = load();

/** Features of a page made of a title, a main text and the rest of the page's text. */
export function featuresOf(
  parts: { title?: string; main: string; rest?: string; pageType?: PageFeatures['pageType'] },
  kb: AnalysisKb = PACK_KB,
): PageFeatures {
  return {
    pageType: parts.pageType ?? 'article',
    language: 'en',
    title: parts.title ? evidenceOf(kb, matchText(kb, parts.title)) : emptyEvidence(),
    main: evidenceOf(kb, matchText(kb, parts.main)),
    rest: parts.rest ? evidenceOf(kb, matchText(kb, parts.rest)) : emptyEvidence(),
    hasMainContent: true,
  };
}
