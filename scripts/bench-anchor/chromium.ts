// Times anchoring 500 notes on one page in jsdom and in real Chromium (scripts blocked, page as saved).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squeeze } from '../../core/anchoring/squeezed-text';
import type { NoteTarget } from '../../core/notes/note';
import { anchorMany, type Anchor } from '../../page/anchoring/anchor';
import { ADS } from './changes';
import { DIR, HIDDEN, ROOT, spans } from './quotes';

/** The Chromium binary used for the in-browser timing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Anchors `targets` `runs` times: the times in ms and how many anchors hold their quote. */
export function timeMany(body: HTMLElement, targets: NoteTarget[], runs: number): { ms: number[]; found: number } {
  const ms: number[] = [];
  let anchors: (Anchor | null)[] = [];
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    anchors = anchorMany(body, targets);
    ms.push(performance.now() - began);
  }
  const text = body.textContent ?? '';
  const found = anchors.filter((a, i) => a && squeeze(text.slice(a.start, a.end)) === squeeze(targets[i]!.quote.exact));
  return { ms, found: found.length };
}

// How many anchors `a` hold their target's quote (the page's text read once, after the timing).
const IN_PAGE_FOUND = `((text) => a.filter((x, k) => x && SL.squeeze(text.slice(x.start, x.end)) ===
  SL.squeeze(window.targets[k].quote.exact)).length)(document.body.textContent)`;

/** What {@link timeInChromium} measured: anchorMany's times (ms) before and after an advert at the top. */
export interface ChromiumTiming {
  same: number[];
  shifted: number[];
  found: string;
}

/** Times anchorMany in real Chromium on `file`, with `count` targets recorded there by describeRange. */
export async function timeInChromium(file: string, count: number): Promise<ChromiumTiming> {
  const began = performance.now();
  const phase = (name: string) =>
    process.env.BENCH_DEBUG &&
    console.error(`chromium: ${name} at ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const { build } = await import('esbuild');
  const puppeteer = (await import('puppeteer-core')).default;
  const entry = `export { anchorMany, indexText, rangeFromOffsets } from './page/anchoring/anchor';
    export { describeRange } from './page/selection'; export { squeeze } from './core/anchoring/squeezed-text';`;
  const bundle = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'SL',
  });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    phase('launched');
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const body = readFileSync(join(DIR, file), 'utf8');
    // Served with scripts blocked and every other request refused: the page as saved, as jsdom sees it.
    page.on(
      'request',
      (r) =>
        void (r.url() === 'http://bench.invalid/'
          ? r.respond({
              status: 200,
              contentType: 'text/html; charset=utf-8',
              headers: { 'Content-Security-Policy': "script-src 'none'" },
              body,
            })
          : r.abort()),
    );
    await page.goto('http://bench.invalid/', { waitUntil: 'domcontentloaded' });
    phase('loaded');
    await page.evaluate(bundle.outputFiles[0]!.text);
    const page1 = (await page.evaluate(`(() => { const i = SL.indexText(document.body); const hidden = [];
      i.nodes.forEach((n, k) => n.parentElement && n.parentElement.closest(${JSON.stringify(HIDDEN)}) && hidden.push([i.starts[k], i.starts[k] + n.data.length]));
      return { text: i.text, hidden }; })()`)) as { text: string; hidden: [number, number][] };
    phase('indexed');
    const visible = new Uint8Array(page1.text.length).fill(1);
    for (const [a, b] of page1.hidden) visible.fill(0, a, b);
    const chosen: [number, number][] = [];
    for (const span of spans(page1.text, visible)) if (chosen.push(span) >= count) break;
    phase('spans chosen');
    await page.evaluate(`(() => { const b = document.body; const i = SL.indexText(b);
      window.targets = ${JSON.stringify(chosen)}.map(([s, e]) => SL.describeRange(SL.rangeFromOffsets(i, s, e), b)); })()`);
    phase('recorded');
    const run = `(() => { const t = performance.now(); const a = SL.anchorMany(document.body, window.targets);
      return { ms: performance.now() - t, found: ${IN_PAGE_FOUND} }; })()`;
    const times = async () => {
      const out: { ms: number; found: number }[] = [];
      for (let i = 0; i < 5; i++) out.push((await page.evaluate(run)) as { ms: number; found: number });
      return out;
    };
    const same = await times();
    await page.evaluate(
      `document.body.prepend(Object.assign(document.createElement('p'), { textContent: ${JSON.stringify(ADS[0])} }))`,
    );
    const shifted = await times();
    const found = `${same[0]!.found}/${chosen.length} and ${shifted[0]!.found}/${chosen.length}`;
    return { same: same.map((r) => r.ms), shifted: shifted.map((r) => r.ms), found };
  } finally {
    await browser.close();
  }
}
