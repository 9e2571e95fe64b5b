// Checks the built extension: manifests, zips, permissions, and that the content script carries no database code.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const out = resolve(import.meta.dirname, '../.output');
const read = (p: string) => readFileSync(resolve(out, p), 'utf8');
const manifest = (dir: string) => JSON.parse(read(`${dir}/manifest.json`)) as Record<string, unknown>;

describe('build output', () => {
  it('has both builds and both zips', () => {
    expect(manifest('chrome-mv3').manifest_version).toBe(3);
    expect(manifest('firefox-mv2').manifest_version).toBe(2);
    const files = readdirSync(out);
    expect(files.some((f) => /-chrome\.zip$/.test(f))).toBe(true);
    expect(files.some((f) => /-firefox\.zip$/.test(f))).toBe(true);
  });

  it('asks only for the permissions the README justifies and declares no data collection in Firefox', () => {
    // storage (session findings, drafts), unlimitedStorage (notes), the context-menu item (contextMenus / menus),
    // scripting and the web hosts (the background injects the full content script where the bootstrap asks).
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus', 'scripting']);
    expect(chrome.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const ff = manifest('firefox-mv2');
    expect(ff.permissions).toEqual(['storage', 'unlimitedStorage', 'menus', 'scripting', 'http://*/*', 'https://*/*']);
    expect(ff.browser_specific_settings).toMatchObject({
      gecko: { id: 'sanctions-lens@sanctions-lens.org', data_collection_permissions: { required: ['none'] } },
    });
  });

  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    it(`lists only the bootstrap content script; the full one is injected, never listed (${dir})`, () => {
      const scripts = manifest(dir).content_scripts as { js: string[]; matches: string[]; run_at: string }[];
      expect(scripts).toEqual([expect.objectContaining({ js: ['bootstrap.js'], run_at: 'document_idle' })]);
      expect(scripts[0]!.matches).toEqual(['http://*/*', 'https://*/*']);
    });

    it(`keeps Dexie and IndexedDB out of both content scripts, and the bootstrap small (${dir})`, () => {
      const content = read(`${dir}/content-scripts/content.js`);
      const bootstrap = read(`${dir}/bootstrap.js`);
      const background = read(`${dir}/background.js`);
      // The background does carry Dexie: proves the probe would find it if it were there.
      expect(background).toMatch(/Dexie/);
      expect(content).not.toMatch(/Dexie|indexedDB|IDBKeyRange/);
      expect(bootstrap).not.toMatch(/Dexie|indexedDB|IDBKeyRange/);
      // No Preact, no webextension-polyfill in the script that every page evaluates.
      expect(bootstrap).not.toMatch(/webextension-polyfill|preact|__H/);
      expect(Buffer.byteLength(bootstrap)).toBeLessThan(8 * 1024);
      const bytes = Buffer.byteLength(content);
      console.log(`${dir} content script: ${bytes} bytes, ${gzipSync(content).length} gzip`);
      console.log(`${dir} bootstrap script: ${Buffer.byteLength(bootstrap)} bytes, ${gzipSync(bootstrap).length} gzip`);
    });

    it(`is ASCII-only JavaScript, so Chromium accepts it (${dir})`, () => {
      for (const file of ['content-scripts/content.js', 'bootstrap.js', 'background.js']) {
        expect(/[^\p{ASCII}]/u.test(read(`${dir}/${file}`)), file).toBe(false);
      }
    });
  }
});
