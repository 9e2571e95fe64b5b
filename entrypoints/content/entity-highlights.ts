// Content-script feature: finds the starter entities on the page, highlights them by type, reports to the background.
import { STARTER_ENTITIES } from '../../core/kb/starter';
import { countByEntity, createMatcher, termsOf, type EntityMatch } from '../../core/match/matcher';
import { extractText, rangeFor } from '../../page/extract-text';
import { drawHighlights } from '../../page/highlight';
import { send } from '../../messaging/client';
import { currentPage } from './page-info';

const typeOf = new Map(STARTER_ENTITIES.map((e) => [e.id, e.type]));
let matcher: ReturnType<typeof createMatcher> | null = null;

/** The page's matcher, built on first use. */
export function entityMatcher() {
  matcher ??= createMatcher(termsOf(STARTER_ENTITIES), { contextEntityIds: ['north-korea'] });
  return matcher;
}

/** Starts the feature; everything it drew is removed when `signal` aborts. */
export async function init(signal: AbortSignal): Promise<EntityMatch[]> {
  const extracted = extractText(document.body);
  const matches = entityMatcher().find(extracted.text);
  const groups = new Map<string, Range[]>();
  for (const m of matches) {
    const range = rangeFor(extracted, m.start, m.end);
    const type = typeOf.get(m.entityId);
    if (!range || !type) continue;
    groups.set(type, [...(groups.get(type) ?? []), range]);
  }
  const drawn = drawHighlights(groups);
  signal.addEventListener('abort', () => drawn.clear(), { once: true });
  if (!signal.aborted) {
    await send('page/report', { page: currentPage(), entities: countByEntity(matches) });
  }
  return matches;
}
