// The options page: the designations and their refresh, and the user's own entities and aliases.
import { ColorsPanel, type ColorsPanelProps } from '../../components/options/ColorsPanel';
import { RefreshPanel, type RefreshPanelProps } from '../../components/options/RefreshPanel';
import { UserEntitiesPanel } from '../../components/options/UserEntitiesPanel';

/** Props of {@link App}: what the refresh needs, injected so that tests can run the page in jsdom. */
export type AppProps = RefreshPanelProps & Partial<ColorsPanelProps>;

/** The options page's root component. */
export function App(props: AppProps) {
  return (
    <main class="options">
      <header>
        <h1>Sanctions Lens</h1>
        <p class="muted">Knowledge base settings. Everything stays in this browser.</p>
      </header>
      <RefreshPanel {...props} />
      <UserEntitiesPanel db={props.db} />
      {props.loadSettings && props.saveSettings && (
        <ColorsPanel loadSettings={props.loadSettings} saveSettings={props.saveSettings} />
      )}
    </main>
  );
}
