// Code run in the web page's main world: content-script marks, page statistics, mark.js, and a batch of DOM edits.
import type { Page } from 'puppeteer-core';

// The in-page functions are JavaScript source (not TypeScript functions): tsx would wrap them in helpers that do not
// exist in the page, and scripts/ has no DOM types.

/** Runs the JavaScript function `source` in the page with one JSON argument. */
function run<T>(page: Page, source: string, arg: unknown = null): Promise<T> {
  return page.evaluate(`(${source})(${JSON.stringify(arg)})`) as Promise<T>;
}

/** In-page expression: whether the page has a performance mark named `name`. */
const markSet = (name: string): string => `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;

/** Waits until the content script has set the mark `name` (`sanctions-lens:done`); false on timeout. */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  return page
    .waitForFunction(markSet(name), {
      polling: 20,
      timeout: timeoutMs,
    })
    .then(() => true)
    .catch(() => false);
}

/** Whether the page has a performance mark of that name. */
export function hasMark(page: Page, name: string): Promise<boolean> {
  return run(page, `() => ${markSet(name)}`);
}

/** The content script's marks (`sanctions-lens:*`, first of each) in ms since navigation. */
export function readMarks(page: Page): Promise<Record<string, number>> {
  return run(
    page,
    `() => {
      const out = {};
      for (const e of performance.getEntriesByType('mark')) {
        if (e.name.startsWith('sanctions-lens:') && !(e.name in out)) out[e.name] = e.startTime;
      }
      return out;
    }`,
  );
}

/** Text nodes in the body, and ranges registered in Sanctions Lens's CSS highlights. */
export function pageStats(page: Page): Promise<{ textNodes: number; ranges: number }> {
  return run(
    page,
    `() => {
      let textNodes = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) textNodes++;
      let ranges = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('sanctions-lens-')) ranges += h.size;
      return { textNodes, ranges };
    }`,
  );
}

/** What mark.js took on a page. */
export interface MarkJsTiming {
  /** Main-thread ms for the terms run (each chunk one synchronous call: performance.now around it). */
  ms: number;
  /** Terms run, and all terms: when fewer ran, the full time is extrapolated as ms × total / done. */
  done: number;
  total: number;
  /** Longest single call, ms. */
  longest: number;
  /** Elements mark.js inserted. */
  marks: number;
}

/** mark.js's options: whole names, as most highlighter extensions configure it; every other option its default. */
export const MARK_JS_OPTIONS = { separateWordSearch: false, accuracy: 'exactly', acrossElements: false };

/**
 * Injects mark.js and marks `terms` in `document.body`, `chunk` terms per call, until all are done or `budgetMs`
 * has been spent (mark.js walks the whole document once per term, so its time is linear in the number of terms).
 */
export async function runMarkJs(
  page: Page,
  markJsSource: string,
  terms: string[],
  budgetMs: number,
  chunk: number,
): Promise<MarkJsTiming> {
  await page.addScriptTag({ content: markJsSource });
  return run(
    page,
    `async ({ terms, budgetMs, chunk, options }) => {
      const instance = new Mark(document.body);
      let ms = 0, done = 0, longest = 0, marks = 0;
      while (done < terms.length && ms < budgetMs) {
        const part = terms.slice(done, done + chunk);
        const t0 = performance.now();
        instance.mark(part, { ...options, done: (n) => { marks += n; } });
        const dt = performance.now() - t0;
        ms += dt;
        longest = Math.max(longest, dt);
        done += part.length;
        await new Promise((r) => setTimeout(r, 0));
      }
      return { ms, done, total: terms.length, longest, marks };
    }`,
    { terms, budgetMs, chunk, options: MARK_JS_OPTIONS },
  );
}

/** Timing of one batch of page DOM edits. */
export interface EditTiming {
  /** The edits alone, ms. */
  edits: number;
  /** The edits and the style and layout they force, ms. */
  withLayout: number;
}

/**
 * A fixed, seeded batch of `count` DOM edits spread over the article's paragraphs, as a page's own script would make
 * them: insert a paragraph, remove one, edit a text node, append an inline element (in turn). The same seed gives
 * the same edits in every browser.
 */
export function domEdits(page: Page, count: number, seed: number): Promise<EditTiming> {
  return run(
    page,
    `({ count, seed }) => {
      let a = seed >>> 0;
      const rnd = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const paras = [...document.querySelectorAll('article p')];
      const index = () => Math.floor(rnd() * paras.length);
      const t0 = performance.now();
      for (let i = 0; i < count; i++) {
        const k = index();
        const p = paras[k];
        if (i % 4 === 0) {
          const q = document.createElement('p');
          q.textContent = 'Update ' + i + ': officials declined to comment on the latest shipments.';
          p.before(q);
          paras.push(q);
        } else if (i % 4 === 1) {
          p.remove();
          paras[k] = paras[paras.length - 1];
          paras.pop();
        } else if (i % 4 === 2) {
          const t = p.firstChild;
          if (t && t.nodeType === Node.TEXT_NODE) t.data += ' (updated)';
          else p.append(' (updated)');
        } else {
          const s = document.createElement('span');
          s.textContent = ' [' + i + ']';
          p.append(s);
        }
      }
      const t1 = performance.now();
      void document.body.offsetHeight;
      return { edits: t1 - t0, withLayout: performance.now() - t0 };
    }`,
    { count, seed },
  );
}
