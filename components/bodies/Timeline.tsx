// Draws the sanctions regime's timeline (resolutions, bodies created and ended, reports) as an SVG.
import type { TimelineEvent } from '../../core/kb/timeline';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  events: TimelineEvent[];
  onOpen(id: string): void;
}

const ROW = 22;
const AXIS_X = 54;

const COLOURS: Partial<Record<TimelineEvent['type'], string>> = {
  'legal-instrument': '#0f766e',
  'international-body': '#b45309',
  treaty: '#7c3aed',
  'sanctions-authority': '#1d4ed8',
};

/** A vertical timeline: one row per event, years on the left, grouped so each year is labelled once. */
export function Timeline({ events, onOpen }: TimelineProps) {
  if (events.length === 0) return <p class="empty">No dated events in the knowledge base.</p>;
  const height = events.length * ROW + 10;
  let lastYear = '';
  return (
    <svg
      class="timeline"
      role="img"
      aria-label={`Timeline of the sanctions regime, ${events.length} events from ${events[0]!.date.slice(0, 4)} to ${events.at(-1)!.date.slice(0, 4)}`}
      viewBox={`0 0 460 ${height}`}
      width="100%"
      height={height}
    >
      <line
        x1={AXIS_X}
        y1={4}
        x2={AXIS_X}
        y2={height - 4}
        stroke="currentColor"
        stroke-opacity="0.3"
        stroke-width="2"
      />
      {events.map((e, i) => {
        const y = i * ROW + 14;
        const year = e.date.slice(0, 4);
        const showYear = year !== lastYear;
        lastYear = year;
        return (
          <g key={`${e.entityId}-${e.date}-${i}`} class="timeline-event" data-entity-id={e.entityId}>
            {showYear && (
              <text x={AXIS_X - 10} y={y + 4} text-anchor="end" font-size="12" font-weight="600" fill="currentColor">
                {year}
              </text>
            )}
            <circle cx={AXIS_X} cy={y} r={5} fill={COLOURS[e.type] ?? '#6b7280'} />
            <a
              href={`#${e.entityId}`}
              onClick={(ev) => {
                ev.preventDefault();
                onOpen(e.entityId);
              }}
            >
              <title>{`${e.date}: ${e.entityName}: ${e.label}`}</title>
              <text x={AXIS_X + 12} y={y + 4} font-size="12" fill="currentColor">
                {`${e.date.slice(5) || '—'}  ${e.entityName}: ${e.label}`.slice(0, 70)}
              </text>
            </a>
          </g>
        );
      })}
    </svg>
  );
}
