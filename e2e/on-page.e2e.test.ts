// End to end in Chromium and Firefox ESR: the entity card opens on hover, on click and from the keyboard.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './browsers';
import { pointOf } from './page-helpers';
import { serveFixtures, type FixtureServer } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const built = existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'));

/** The open card's title and background, or null when no card is open. */
function card(page: Page): Promise<{ title: string; background: string; focused: boolean } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('#sanctions-lens-card');
    const root = host?.shadowRoot;
    if (!root) return null;
    return {
      title: root.querySelector('h2')?.textContent ?? '',
      background: root.querySelector('.background')?.textContent ?? '',
      focused: root.activeElement?.classList.contains('card') ?? false,
    };
  });
}

async function waitForCard(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('#sanctions-lens-card')?.shadowRoot?.querySelector('h2')?.textContent === want,
    { timeout: 30_000 },
    title,
  );
}

describe.skipIf(!built).each<BrowserName>(['chromium', 'firefox'])('entity card in %s', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveFixtures(resolve(ROOT, 'e2e/fixtures'));
    ext = await launchWithExtension(name);
    page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/article-id.html`);
    await page.waitForFunction(() => CSS.highlights.size >= 3, { timeout: 60_000 });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens on hover after a short delay and shows the background', async () => {
    const { x, y } = await pointOf(page, '#lead', 'MSMT');
    await page.mouse.move(x, y);
    await waitForCard(page, 'Multilateral Sanctions Monitoring Team');
    expect((await card(page))?.background).toMatch(/2024/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#sanctions-lens-card'));
  });

  it('opens on click', async () => {
    await page.mouse.move(5, 5);
    const { x, y } = await pointOf(page, '#second', 'Pyongyang');
    await page.mouse.click(x, y);
    await waitForCard(page, 'Pyongyang');
    expect((await card(page))?.background.length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#sanctions-lens-card'));
  });

  it('moves between highlights with Alt+Shift+J and opens the card with focus in it', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(
      () => !!document.querySelector('#sanctions-lens-card')?.shadowRoot?.querySelector('.background'),
      {
        timeout: 30_000,
      },
    );
    const first = await card(page);
    expect(first?.focused).toBe(true);
    expect(first?.background.length).toBeGreaterThan(20);
    expect(await page.evaluate(() => CSS.highlights.has('sanctions-lens-focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#sanctions-lens-card'));
    expect(await page.evaluate(() => CSS.highlights.has('sanctions-lens-focus'))).toBe(false);
  });
});
