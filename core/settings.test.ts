import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, parseSettings, shouldHighlight, withSite } from './settings';

describe('settings', () => {
  it('falls back to defaults for missing or damaged values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const parsed = parseSettings({
      highlightMode: 'sometimes',
      disabledSites: ['WWW.Example.com', 3, ''],
      paused: 'yes',
      colors: { state: 'red; background: url(x)', vessel: '#123456' },
    });
    expect(parsed.highlightMode).toBe('about');
    expect(parsed.disabledSites).toEqual(['example.com']);
    expect(parsed.paused).toBe(false);
    expect(parsed.colors.state).toBe(DEFAULT_SETTINGS.colors.state);
    expect(parsed.colors.vessel).toBe('#123456');
  });

  it('decides where to work and when to highlight', () => {
    const s = withSite(DEFAULT_SETTINGS, 'www.news.example', false);
    expect(activeOn(s, 'news.example')).toBe(false);
    expect(activeOn(s, 'other.example')).toBe(true);
    expect(activeOn(withSite(s, 'news.example', true), 'news.example')).toBe(true);
    expect(activeOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.example')).toBe(false);
    expect(shouldHighlight(DEFAULT_SETTINGS, 'about', 3)).toBe(true);
    expect(shouldHighlight(DEFAULT_SETTINGS, 'mentions', 3)).toBe(false);
    expect(shouldHighlight({ ...DEFAULT_SETTINGS, highlightMode: 'entities' }, 'mentions', 3)).toBe(true);
    expect(shouldHighlight({ ...DEFAULT_SETTINGS, highlightMode: 'entities' }, 'none', 0)).toBe(false);
    expect(shouldHighlight({ ...DEFAULT_SETTINGS, highlightMode: 'off' }, 'about', 3)).toBe(false);
  });
});
