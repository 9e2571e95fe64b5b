// The colour legend of entity highlights, by type, with the user's colours.
import { ENTITY_TYPES } from '../core/kb/entity';
import type { Settings } from '../core/settings';
import { typeLabel } from './EntityList';

/** Props of {@link Legend}. */
export interface LegendProps {
  colors: Settings['colors'];
}

/** A swatch and label per entity type. */
export function Legend({ colors }: LegendProps) {
  return (
    <ul class="legend" aria-label="Highlight colours">
      {ENTITY_TYPES.filter((t) => t !== 'treaty').map((t) => (
        <li key={t}>
          <span class="swatch" style={{ background: colors[t] }} aria-hidden="true" />
          {t === 'legal-instrument' ? 'resolution, law or treaty' : typeLabel(t)}
        </li>
      ))}
    </ul>
  );
}
