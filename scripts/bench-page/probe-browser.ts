// Shared by the on-page probes (edit-costs.ts, ideal-pipeline.ts): a headless Chromium without extensions, files
// served on 127.0.0.1, and code run in an isolated world of a page, as a content script runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, EXECUTABLES } from '../../e2e/browsers';
import { serveFixtures } from '../../e2e/server';

/**
 * Serves `files` (name → content) from a fresh folder, launches Chromium, runs `use` with the browser and the
 * server's origin, and removes everything after, whatever `use` does.
 */
export async function withProbeBrowser(
  label: string,
  files: Record<string, string | Uint8Array>,
  use: (browser: Browser, origin: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `sl-${label}-`));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const server = await serveFixtures(dir);
  const profile = mkdtempSync(join(tmpdir(), `sl-${label}-profile-`));
  try {
    const browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS],
    });
    try {
      await use(browser, server.origin);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Evaluates `expression` in an isolated world of `page`'s main frame (made once per page and `name`), as a content
 * script: the nodes' JavaScript wrappers it makes are not the page's. Resolves to its value (awaited when a promise).
 */
export async function inIsolatedWorld<T>(page: Page, name: string, expression: string): Promise<T> {
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
    const result = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(`${name}: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * In-page source of a function `(count, groups)`: `count` StaticRanges over the first five characters of the body's
 * text nodes (those of six or more), dealt round-robin into `groups` new `Highlight`s, which it returns (unregistered).
 */
export const STATIC_RANGE_GROUPS = `(count, groupCount) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const groups = Array.from({ length: groupCount }, () => new Highlight());
  let n = 0;
  for (let t = walker.nextNode(); t && n < count; t = walker.nextNode()) {
    if (t.data.length < 6) continue;
    groups[n % groupCount].add(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 5 }));
    n++;
  }
  return groups;
}`;

/** The median of `xs` (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
