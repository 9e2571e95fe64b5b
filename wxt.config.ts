// WXT build configuration for the Chrome (MV3) and Firefox (MV2) builds of Sanctions Lens.
import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Stable add-on id: Firefox needs it for storage and for the e2e tests' fixed UUID. */
export const GECKO_ID = 'sanctions-lens@sanctions-lens.org';

/** Hosts of the official lists: the UN, OFAC's Sanctions List Service (current), and treasury.gov (older URL). */
const LIST_HOSTS = [
  'https://scsanctions.un.org/*',
  'https://sanctionslistservice.ofac.treas.gov/*',
  'https://www.treasury.gov/*',
];

/**
 * `wxt/browser` (the webextension-polyfill, as the @wxt-dev/webextension-polyfill module sets it up) without the
 * bundle's copy of its exports. An ES import of a CommonJS module copies every own property of the module's exports
 * onto a namespace object; the polyfill's exports are the browser's own `browser` object where it has one (Chrome,
 * Firefox), and reading each property's descriptor there instantiates that API namespace (windows, tabs, ...), used
 * or not (scripts/bench-page/worker-start.ts: the background's evaluation about 3-4 ms shorter, medians of 8 starts).
 * Here the polyfill's exports sit behind an object whose only properties are `__esModule` and `default`, so nothing
 * is copied and each namespace is made when the code first uses it.
 */
function polyfillWithoutCopy(): Plugin {
  const ESM = '\0sanctions-lens:browser';
  const CJS = '\0sanctions-lens:browser-cjs';
  const polyfill = createRequire(import.meta.url).resolve('webextension-polyfill');
  return {
    name: 'sanctions-lens:polyfill-without-copy',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser') return ESM;
      return id === CJS ? CJS : null;
    },
    load(id) {
      if (id === ESM) return `export { default as browser } from ${JSON.stringify(CJS)};`;
      if (id === CJS) return `module.exports = { __esModule: true, default: require(${JSON.stringify(polyfill)}) };`;
      return null;
    },
  };
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The bundled knowledge base's matchers, compiled in every build (never stale) into binary assets that the
    // background loads instead of compiling them, and the bundled pack and snapshot as package files that it reads
    // only at install or update (scripts/kb-matchers.ts).
    'build:publicAssets': async (wxt, files) => {
      const { writeShippedFiles } = await import('./scripts/kb-matchers');
      for (const f of writeShippedFiles(`${wxt.config.wxtDir}/generated`)) {
        files.push({ absoluteSrc: f.path, relativeDest: f.relative });
      }
    },
  },
  vite: () => ({
    plugins: [polyfillWithoutCopy(), preact()],
    // The build's stamp (platform/build-stamp.d.ts): the background keeps its compiled knowledge base's plan per build.
    define: { 'import.meta.env.SL_BUILD': JSON.stringify(new Date().toISOString()) },
    build: {
      // Vite 8 writes some characters raw (Dexie's U+FFFF); Chromium refuses non-UTF-8-clean files.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Sanctions Lens',
    description:
      'Finds and explains North Korea sanctions bodies, resolutions and designated parties in news pages; keeps your notes on them, locally.',
    // unlimitedStorage: a large notes library never hits the default quota, and the browser keeps it persistent.
    // The context menu's "Add note to selection": Chrome calls the permission `contextMenus`, Firefox `menus` (the API
    // difference is in platform/compat.ts).
    // scripting: the background injects the full content script into pages that need it (the bootstrap content
    // script, listed below, runs on every page and asks only past the fast path, for a selection, or on a site with
    // notes); the host permissions it needs come from the full script's `matches` (registration: 'runtime').
    permissions: ['storage', 'unlimitedStorage', browser === 'firefox' ? 'menus' : 'contextMenus', 'scripting'],
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['bootstrap.js'], run_at: 'document_idle', all_frames: false },
    ],
    commands: {
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note on the selected text',
      },
    },
    web_accessible_resources:
      browser === 'firefox'
        ? ['note-editor.html']
        : [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'] }],
    action: { default_title: 'Sanctions Lens' },
    // The hosts of the official lists' default URLs (db/designations-refresh.ts), asked for when the user clicks
    // "Refresh from official sources" on the options page, never at install. Chrome (MV3) declares optional hosts in
    // `optional_host_permissions`; Firefox (MV2) has no such key and takes them among its `optional_permissions`.
    ...(browser === 'firefox' ? { optional_permissions: LIST_HOSTS } : { optional_host_permissions: LIST_HOSTS }),
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
