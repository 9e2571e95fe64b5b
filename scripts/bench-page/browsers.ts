// Launches headless Chromium with one extension (ours, or a do-nothing floor extension), offline, as e2e/browsers.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, EXECUTABLES } from '../../e2e/browsers';
import { BENCH_WINDOW_NAME } from '../../entrypoints/content/bench-marks';

/** A browser with one extension and one tab to load pages in. */
export interface BenchBrowser {
  label: string;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  /** Opens a fresh tab (closing the previous one): a clean renderer state for heavy pages. */
  freshTab(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes the floor extension to a temporary directory: Manifest V3, a content script on http pages at
 * document_idle that does nothing. What Chromium spends on it (injection, an isolated world) is the floor that any
 * content script pays. Returns the directory.
 */
export function makeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-floor-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Floor (does nothing)',
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), '// Does nothing: the floor.\n');
  return dir;
}

const ARGS = [
  ...CHROMIUM_ARGS,
  // No network: every host but 127.0.0.1 fails at once (saved pages reference CDNs, fonts, trackers).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // Saved pages embed dozens of cross-site iframes (ads, widgets) that fail offline: without site isolation their
  // error pages need no process each. The content script runs in the top frame only, so it is not affected.
  '--disable-features=site-per-process,IsolateOrigins',
  '--disable-site-isolation-trials',
];

/**
 * In the page's own world: once the content script has marked its highlights registered (`sanctions-lens:drawn`),
 * marks `sanctions-lens:painted` in a task after the next frame (its style, layout and paint done), which the
 * registration only asks for. From the page's world, so that the frame's task holds no code of the content script (the
 * trace would charge the whole frame to it); the mark is then at most a frame late.
 */
const PAINTED_MARK = `new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName('sanctions-lens:drawn').length === 0) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => performance.mark('sanctions-lens:painted'), 0));
}).observe({ type: 'mark' });`;

/**
 * A new tab whose every document gets `window.name` = `sanctions-lens-bench` before its own scripts: the content
 * script sets its performance marks (entrypoints/content/bench-marks.ts) only then, so readers never pay for them.
 * The page's world marks the frame after the highlights ({@link PAINTED_MARK}); dialogs are dismissed at once.
 */
async function benchTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(`window.name = ${JSON.stringify(BENCH_WINDOW_NAME)};\n${PAINTED_MARK}`);
  // A saved page's alert() (remove-script-tags) would hold its load, and the next page's, until the timeout.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  return page;
}

/** Launches Chromium with the unpacked extension at `extensionDir`; waits for `worker` (a service worker) if given. */
export async function launch(label: string, extensionDir: string, worker?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `sl-bench-${label}-`));
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    enableExtensions: [extensionDir],
    pipe: true,
    userDataDir: profile,
    args: ARGS,
    protocolTimeout: 600_000,
  });
  if (worker) {
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith(worker), {
      timeout: 30_000,
    });
  }
  const bench: BenchBrowser = {
    label,
    browser,
    page: await benchTab(browser),
    cdp: null as unknown as CDPSession,
    async freshTab() {
      const old = bench.page;
      bench.page = await benchTab(browser);
      bench.cdp = await bench.page.createCDPSession();
      await old.close().catch(() => undefined);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  bench.cdp = await bench.page.createCDPSession();
  return bench;
}

/** Chromium's version string, e.g. `HeadlessChrome/156.0.8078.108`. */
export function chromiumVersion(b: BenchBrowser): Promise<string> {
  return b.browser.version();
}
