// Launches real Chromium and Firefox ESR with the built extension loaded (puppeteer-core).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../wxt.config';
import { waitForSelectorAcrossNavigation } from './wait';

/** Which browser a test runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** A launched browser with the extension installed. */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** The extension's origin, e.g. `chrome-extension://<id>` (no trailing slash). */
  origin: string;
  /** Opens one of the extension's pages in a new tab and waits for `selector`. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

const FIREFOX_UUID = '5f0c7a5e-2a4b-4c1e-9a57-5a7c7e1e0b11';
const ROOT = resolve(import.meta.dirname, '..');

/** Whether both builds (`.output/chrome-mv3`, `.output/firefox-mv2`) are there for the e2e tests to load. */
export const BOTH_BUILT =
  existsSync(join(ROOT, '.output/chrome-mv3/manifest.json')) &&
  existsSync(join(ROOT, '.output/firefox-mv2/manifest.json'));

/** Executable paths, overridable by environment. */
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Chromium's flags for tests and benchmarks: runs as root, quiet (no first-run UI, updates, sync or background traffic). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches `name` with the built extension from `.output/`. */
export async function launchWithExtension(name: BrowserName): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `sl-${name}-`));
  let browser: Browser;
  let origin: string;
  if (name === 'chromium') {
    const path = join(ROOT, '.output/chrome-mv3');
    browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      headless: true,
      enableExtensions: [path],
      pipe: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS],
    });
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      {
        timeout: 30_000,
      },
    );
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'xpinstall.signatures.required': false,
      },
    });
    await browser.installExtension(join(ROOT, '.output/firefox-mv2'));
    origin = `moz-extension://${FIREFOX_UUID}`;
  }
  return {
    name,
    browser,
    origin,
    async openExtensionPage(path, selector) {
      const page = await browser.newPage();
      // Firefox does not settle navigations to moz-extension:// pages for WebDriver: wait for content instead.
      void page.goto(`${origin}/${path}`).catch(() => undefined);
      await waitForSelectorAcrossNavigation(page, selector);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
