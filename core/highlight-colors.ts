// Turns the user's highlight colours into CSS for the ::highlight() rules of each entity type.
import { ENTITY_TYPES, type EntityType } from './kb/entity';

/** A colour as stored: a `#rrggbb` pick (drawn translucent) or a ready rgba()/hsla() value. */
export function highlightBackground(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `color-mix(in srgb, ${color} 40%, transparent)` : color;
}

/** The style sheet text for the highlights of every entity type, plus the keyboard focus mark. */
export function highlightCss(colors: Record<EntityType, string>, prefix = 'sanctions-lens-'): string {
  const rules = ENTITY_TYPES.map(
    (t) => `::highlight(${prefix}${t}) { background-color: ${highlightBackground(colors[t])}; }`,
  );
  rules.push(`::highlight(${prefix}focus) { background-color: rgba(37, 99, 235, 0.55); outline: 2px solid #1d4ed8; }`);
  rules.push(
    `::highlight(${prefix}note) { background-color: rgba(250, 204, 21, 0.5); text-decoration: underline dotted; }`,
  );
  return rules.join('\n');
}

/** `#rrggbb` for a colour input: the hex itself, or the RGB part of an rgba() value. */
export function toHexColor(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  const m = /rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color);
  if (!m) return '#999999';
  return '#' + [m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('');
}
