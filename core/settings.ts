// User settings that every part of the extension reads (content scripts included): versioned, validated, migrated.
import { ENTITY_TYPES, type EntityType } from './kb/entity';

/** When to draw highlights: on pages about the topic only, on every page with entities, or never. */
export type HighlightMode = 'about' | 'entities' | 'off';

/** The settings, version 1. */
export interface Settings {
  version: 1;
  highlightMode: HighlightMode;
  /** Sites (host names without `www.`) where Sanctions Lens does nothing. */
  disabledSites: string[];
  /** Pause everywhere. */
  paused: boolean;
  /** Highlight colour per entity type (CSS colours). */
  colors: Record<EntityType, string>;
}

/** Colours chosen to be told apart by colour-blind readers (Okabe–Ito palette) and to stay readable on light and dark pages. */
export const DEFAULT_COLORS: Record<EntityType, string> = {
  state: 'rgba(86, 180, 233, 0.35)',
  'international-body': 'rgba(230, 159, 0, 0.38)',
  'sanctions-authority': 'rgba(204, 121, 167, 0.35)',
  'legal-instrument': 'rgba(0, 158, 115, 0.32)',
  treaty: 'rgba(0, 158, 115, 0.32)',
  organisation: 'rgba(213, 94, 0, 0.32)',
  person: 'rgba(240, 228, 66, 0.45)',
  vessel: 'rgba(0, 114, 178, 0.32)',
  place: 'rgba(150, 150, 150, 0.32)',
  programme: 'rgba(204, 121, 167, 0.25)',
};

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  highlightMode: 'about',
  disabledSites: [],
  paused: false,
  colors: DEFAULT_COLORS,
};

/** The key settings are stored under in `storage.local`. */
export const SETTINGS_KEY = 'settings';

const MODES: readonly HighlightMode[] = ['about', 'entities', 'off'];
const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;

/**
 * Reads stored settings of any version into the current shape: unknown or invalid fields fall back to their
 * defaults, so a damaged value never breaks the extension.
 */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return structuredClone(DEFAULT_SETTINGS);
  const o = raw as Record<string, unknown>;
  const colors = { ...DEFAULT_COLORS };
  if (typeof o.colors === 'object' && o.colors !== null) {
    for (const type of ENTITY_TYPES) {
      const c = (o.colors as Record<string, unknown>)[type];
      if (typeof c === 'string' && COLOR.test(c.trim())) colors[type] = c.trim();
    }
  }
  return {
    version: 1,
    highlightMode: MODES.includes(o.highlightMode as HighlightMode) ? (o.highlightMode as HighlightMode) : 'about',
    disabledSites: Array.isArray(o.disabledSites)
      ? [...new Set(o.disabledSites.filter((s): s is string => typeof s === 'string').map(siteKey))].filter(Boolean)
      : [],
    paused: o.paused === true,
    colors,
  };
}

/** The site key for a host name: lower case, without `www.`. */
export function siteKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** Whether Sanctions Lens should work on this host at all. */
export function activeOn(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(siteKey(host));
}

/** Whether highlights are drawn for a page with this verdict. */
export function shouldHighlight(
  settings: Settings,
  verdict: 'about' | 'mentions' | 'none',
  entityCount: number,
): boolean {
  return highlightsUnder(settings.highlightMode, verdict, entityCount);
}

/** Whether highlights are drawn for a page with this verdict under a highlight mode (as {@link shouldHighlight}). */
export function highlightsUnder(
  mode: HighlightMode,
  verdict: 'about' | 'mentions' | 'none',
  entityCount: number,
): boolean {
  if (mode === 'off' || entityCount === 0) return false;
  return mode === 'entities' || verdict === 'about';
}

/** Turns a site on or off. */
export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const key = siteKey(host);
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key] };
}
