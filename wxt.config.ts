// WXT build configuration for the Chrome (MV3) and Firefox (MV2) builds of Sanctions Lens.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Stable add-on id: Firefox needs it for storage and for the e2e tests' fixed UUID. */
export const GECKO_ID = 'sanctions-lens@sanctions-lens.org';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Vite 8 writes some characters raw (Dexie's U+FFFF); Chromium refuses non-UTF-8-clean files.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Sanctions Lens',
    description:
      'Finds and explains North Korea sanctions bodies, resolutions and designated parties in news pages; keeps your notes on them, locally.',
    permissions: ['storage'],
    web_accessible_resources:
      browser === 'firefox'
        ? ['note-editor.html']
        : [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'] }],
    action: { default_title: 'Sanctions Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
