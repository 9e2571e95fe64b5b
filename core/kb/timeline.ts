// Builds the sanctions regime's timeline from the knowledge base's dated events.
import type { Entity, EntityType } from './entity';

/** One dated event on the timeline. */
export interface TimelineEvent {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  label: string;
  entityId: string;
  entityName: string;
  type: EntityType;
}

const TIMELINE_TYPES: ReadonlySet<EntityType> = new Set([
  'legal-instrument',
  'international-body',
  'treaty',
  'sanctions-authority',
]);

/** Events of the regime (resolutions, bodies created and ended, treaties, reports), oldest first. */
export function regimeTimeline(entities: Entity[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const e of entities) {
    if (e.origin === 'designation' || !TIMELINE_TYPES.has(e.type)) continue;
    for (const d of e.dates) {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.date)) continue;
      events.push({ date: d.date, label: d.label, entityId: e.id, entityName: e.name, type: e.type });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.entityName.localeCompare(b.entityName));
}

/** The fraction of the way through [from, to] that an ISO date lies, for drawing. */
export function timeFraction(date: string, from: string, to: string): number {
  const t = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  const span = t(to) - t(from);
  return span > 0 ? Math.min(1, Math.max(0, (t(date) - t(from)) / span)) : 0;
}
