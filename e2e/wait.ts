// Waiting helpers that survive a document being replaced under them (Firefox reports evaluation errors mid-navigation).
import type { Page } from 'puppeteer-core';

/**
 * Polls `check` in the page until it returns true. Errors thrown while the page navigates (the document is being
 * replaced, so WebDriver BiDi cannot evaluate) count as "not yet" rather than failing the wait.
 */
export async function waitInPage(
  page: Page,
  check: (arg: string) => boolean,
  arg: string,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
  );
}

/** Waits until `selector` matches in the page's current document, tolerating navigations. */
export function waitForSelectorAcrossNavigation(page: Page, selector: string, timeoutMs = 30_000): Promise<void> {
  return waitInPage(page, (sel) => !!document.querySelector(sel), selector, timeoutMs, `selector ${selector}`);
}
