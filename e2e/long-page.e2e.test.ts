// End to end in Chromium and Firefox ESR: a page whose text runs to a million characters is analysed and highlighted
// through messages in pieces (messaging/message-pieces.ts), its long reply of matches taken back in pieces too.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { highlights } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const built = existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'));

const PARAGRAPHS = 8000;

/**
 * An article about North Korea sanctions of about 1.2 M characters (its matches take more than one piece too); KOMID
 * is named in its last paragraph only.
 */
function longArticle(): string {
  const p = (i: number) =>
    `<p>Report ${i}: North Korea shipped coal to Russia, the UN Security Council said; North Korea denied it and ` +
    `Russia said nothing about the sanctions on North Korea.</p>`;
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Korea sanctions evasion: the MSMT ' +
    'report</title><meta property="og:type" content="article"></head><body><article><h1>North Korea sanctions ' +
    'evasion: the MSMT report</h1>' +
    Array.from({ length: PARAGRAPHS }, (_, i) => p(i)).join('') +
    '<p id="last">Finally, KOMID sold arms for North Korea.</p></article></body></html>'
  );
}

describe.skipIf(!built).each<BrowserName>(['chromium', 'firefox'])('a very long page in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    server.setPage('/long-article.html', longArticle());
    ext = await launchWithExtension(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('highlights every mention, up to its last paragraph', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.origin}/long-article.html`);
    await page.waitForFunction(
      (n) =>
        CSS.highlights.has('sanctions-lens-organisation') &&
        (CSS.highlights.get('sanctions-lens-state')?.size ?? 0) >= n,
      { timeout: 90_000, polling: 500 },
      PARAGRAPHS * 5,
    );
    const drawn = await highlights(page);
    // Every paragraph names North Korea three times and Russia twice (the title and heading once more each).
    expect(drawn['sanctions-lens-state']).toBe(PARAGRAPHS * 5 + 2);
    const organisations = await page.evaluate(() =>
      [...CSS.highlights.get('sanctions-lens-organisation')!].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return `${range.toString()} in #${r.startContainer.parentElement?.id}`;
      }),
    );
    expect(organisations).toEqual(['KOMID in #last']);
    await page.close();
  });
});
