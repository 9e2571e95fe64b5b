// Library page entry: opens the database (an extension page may), asks for persistent storage, renders the library.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/library/download';
import { dbLibraryDeps } from '../../components/library/library-deps';
import type { FilterValues } from '../../components/library/LibraryFilters';
import { parseSettings } from '../../core/settings';
import { createDb } from '../../db/schema';
import { requestPersistentStorage } from '../../platform/storage-persist';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { LibraryPage } from './LibraryPage';

const params = new URLSearchParams(location.search);
const initial: Partial<FilterValues> = {};
for (const [param, key] of [
  ['q', 'text'],
  ['tag', 'tag'],
  ['entity', 'entityId'],
  ['site', 'site'],
] as const) {
  const value = params.get(param);
  if (value) initial[key] = value.slice(0, 300);
}

const deps = dbLibraryDeps(createDb(), {
  download: downloadText,
  appVersion: browser.runtime.getManifest().version,
  loadLocalSettings: loadSettings,
  saveLocalSettings: (value) => saveSettings(parseSettings(value)),
});
const root = document.getElementById('app')!;
const draw = (persisted: boolean | null) =>
  render(
    <LibraryPage
      deps={deps}
      initial={initial}
      height={Math.max(320, window.innerHeight - 260)}
      persisted={persisted}
    />,
    root,
  );
draw(null);
void requestPersistentStorage().then(draw);
