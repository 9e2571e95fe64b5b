// Options section: the highlight colour of each entity type, saved at once and applied to open tabs.
import { useEffect, useState } from 'preact/hooks';
import { toHexColor } from '../../core/highlight-colors';
import { ENTITY_TYPES } from '../../core/kb/entity';
import { DEFAULT_COLORS, type Settings } from '../../core/settings';
import { typeLabel } from '../EntityList';

/** Props of {@link ColorsPanel}. */
export interface ColorsPanelProps {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

/** The colour pickers. */
export function ColorsPanel({ loadSettings, saveSettings }: ColorsPanelProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadSettings().then(setSettings, (err: unknown) => setError(String(err)));
  }, [loadSettings]);
  if (!settings) return error ? <p role="alert">{error}</p> : null;
  const save = (next: Settings) => {
    setSettings(next);
    saveSettings(next).catch((err: unknown) => setError(`Could not save: ${String(err)}`));
  };
  return (
    <section class="panel colors-panel" aria-labelledby="colors-title">
      <h2 id="colors-title">Highlight colours</h2>
      <p class="muted">The defaults can be told apart with the common kinds of colour blindness.</p>
      <div class="color-grid">
        {ENTITY_TYPES.map((t) => (
          <label key={t}>
            <input
              type="color"
              name={`color-${t}`}
              value={toHexColor(settings.colors[t])}
              onInput={(e) => save({ ...settings, colors: { ...settings.colors, [t]: e.currentTarget.value } })}
            />
            {typeLabel(t)}
          </label>
        ))}
      </div>
      <button type="button" onClick={() => save({ ...settings, colors: { ...DEFAULT_COLORS } })}>
        Use the default colours
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
