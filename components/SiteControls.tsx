// Popup controls: highlighting on this site, pause everywhere, and when to highlight; saved at once.
import type { HighlightMode, Settings } from '../core/settings';
import { activeOn, withSite } from '../core/settings';

/** Props of {@link SiteControls}. */
export interface SiteControlsProps {
  settings: Settings;
  /** The current tab's site (host name), when it is a web page. */
  site?: string;
  onChange(settings: Settings): void;
}

const MODES: { value: HighlightMode; label: string }[] = [
  { value: 'about', label: 'Pages about North Korea sanctions' },
  { value: 'entities', label: 'Every page with entities' },
  { value: 'off', label: 'Never (badge only)' },
];

/** The controls. */
export function SiteControls({ settings, site, onChange }: SiteControlsProps) {
  const siteOn = site ? !settings.disabledSites.includes(site.replace(/^www\./, '').toLowerCase()) : true;
  return (
    <section class="site-controls" aria-label="Highlighting">
      {site && (
        <label class="switch">
          <input
            type="checkbox"
            name="site"
            checked={siteOn}
            onChange={(e) => onChange(withSite(settings, site, e.currentTarget.checked))}
          />
          Highlight on <strong>{site}</strong>
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          name="paused"
          checked={settings.paused}
          onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })}
        />
        Pause everywhere
      </label>
      <label class="mode">
        Highlight on{' '}
        <select
          name="mode"
          value={settings.highlightMode}
          onChange={(e) => onChange({ ...settings, highlightMode: e.currentTarget.value as HighlightMode })}
        >
          {MODES.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {site && !activeOn(settings, site) && <p class="muted">Sanctions Lens does nothing on this page now.</p>}
    </section>
  );
}
