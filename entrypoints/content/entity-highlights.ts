// Content-script feature: finds the knowledge base's entities on the page, highlights them by type, reports them.
import { countByEntity, createMatcher, type EntityMatch, type Matcher } from '../../core/match/matcher';
import { extractText, rangeFor } from '../../page/extract-text';
import { drawHighlights } from '../../page/highlight';
import { send } from '../../messaging/client';
import type { KbTerms } from '../../messaging/protocol';
import type { HighlightEntry } from '../../page/highlight-index';
import { currentPage } from './page-info';
import { highlightIndex } from './shared-state';

/** Entities whose plain mention makes ambiguous names (e.g. "Panel of Experts") count. */
const CONTEXT_ENTITIES = ['north-korea', 'pyongyang', 'kim-jong-un'];

let dictionary: Promise<{ matcher: Matcher; types: KbTerms['types'] }> | null = null;

/** The page's matcher over the whole knowledge base, fetched from the background once. */
export function entityMatcher(): Promise<{ matcher: Matcher; types: KbTerms['types'] }> {
  dictionary ??= send('kb/terms', {}).then(({ terms, types }) => ({
    matcher: createMatcher(terms, { contextEntityIds: CONTEXT_ENTITIES }),
    types,
  }));
  return dictionary;
}

/** Starts the feature; everything it drew is removed when `signal` aborts. */
export async function init(signal: AbortSignal): Promise<EntityMatch[]> {
  const { matcher, types } = await entityMatcher();
  if (signal.aborted) return [];
  const extracted = extractText(document.body);
  const matches = matcher.find(extracted.text);
  const groups = new Map<string, Range[]>();
  const entries: HighlightEntry[] = [];
  for (const m of matches) {
    const range = rangeFor(extracted, m.start, m.end);
    const type = types[m.entityId];
    if (!range || !type) continue;
    groups.set(type, [...(groups.get(type) ?? []), range]);
    entries.push({ range, entityId: m.entityId, type });
  }
  const drawn = drawHighlights(groups);
  highlightIndex.add(entries);
  signal.addEventListener(
    'abort',
    () => {
      drawn.clear();
      highlightIndex.clear();
    },
    { once: true },
  );
  if (!signal.aborted) {
    await send('page/report', { page: currentPage(), entities: countByEntity(matches) });
  }
  return matches;
}
