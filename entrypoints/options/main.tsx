// Options page entry: opens the database (an extension page may) and renders the settings.
import { render } from 'preact';
import { createDb } from '../../db/schema';
import { optionalHostPatterns, requestHostAccess } from '../../platform/compat';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { App } from './App';

const db = createDb();
render(
  <App
    db={db}
    // Called unbound, the browser's fetch throws "Illegal invocation".
    fetch={(url, init) => fetch(url, init)}
    allowedPatterns={optionalHostPatterns()}
    requestAccess={requestHostAccess}
    loadSettings={loadSettings}
    saveSettings={saveSettings}
  />,
  document.getElementById('app')!,
);
