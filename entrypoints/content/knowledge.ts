// Entity names in the page's text, found by the background (which holds the compiled knowledge base).
import type { EntityType } from '../../core/kb/entity';
import { send } from '../../messaging/client';
import { decodeSpans } from '../../messaging/match-spans';
import type { PageMatches } from '../../messaging/page-analysis';

/** One entity mention in a text. */
export interface TextMatch {
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
}

/** The background's matches (compact spans) as mentions per text, in text order. */
export function decodeMatches({ entities, spans }: PageMatches): TextMatch[][] {
  return spans.map((text) => {
    const flat = decodeSpans(text);
    const out: TextMatch[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const e = entities[flat[i + 2]!];
      if (e) out.push({ start: flat[i]!, end: flat[i + 1]!, entityId: e.id, type: e.type });
    }
    return out;
  });
}

/** The entity mentions in each of `texts`, in text order. */
export async function matchTexts(texts: string[]): Promise<TextMatch[][]> {
  if (texts.length === 0) return [];
  return decodeMatches(await send('page/match', { texts }));
}

/** The ids of the knowledge-base entities named in a text (e.g. around a selection). */
export async function entitiesIn(text: string): Promise<string[]> {
  const [matches = []] = await matchTexts([text]);
  return [...new Set(matches.map((m) => m.entityId))];
}
