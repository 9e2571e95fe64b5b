// Micro-benchmark: the page reader's walk on the synthetic 10,000-node page, this tree's against another copy's.
// Run: npx tsx scripts/bench-page/reader-side-by-side.ts <other-repo-dir> [runs]   (e.g. a `git archive` export of HEAD~1)
// Each run loads the page afresh, evaluates a freshly compiled reader (cold, as a content script runs) in an isolated
// world, and measures the main thread's CPU time (DevTools `Performance.getMetrics` ThreadTime) for the walk, the
// main content and both texts; the two copies alternate, so they share the machine's load. Prints the medians.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { EXECUTABLES } from '../../e2e/browsers';
import { syntheticArticle } from './synthetic';

const [otherDir, runsArg] = process.argv.slice(2);
if (!otherDir) throw new Error('usage: reader-side-by-side.ts <other-repo-dir> [runs]');
const runs = Number(runsArg ?? 20);
const work = mkdtempSync(join(tmpdir(), 'sl-reader-bench-'));

/** Bundles a reader entry for the repository at `dir`: a global function that reads the body and returns figures. */
function bundle(dir: string, name: string): string {
  const entry = join(work, `${name}.ts`);
  writeFileSync(
    entry,
    `import { PageReader } from '${resolve(dir, 'page/page-reader')}';
import { findMainContent } from '${resolve(dir, 'core/analysis/main-content')}';
(globalThis as any).readerBench = () => {
  // The figures are kept for a second call: returning them here would count their copy to DevTools.
  const reader = new PageReader(document.body, { highlight: true });
  reader.run();
  const model = reader.model();
  const main = findMainContent(model);
  const pageText = model.blocks.map((b) => b.text).join('\\n');
  const ex = reader.extracted();
  (globalThis as any).readerBenchResult = [ex.text, ex.segments.length, pageText, main.lines, model.linkLength, model.teaserLinks].join('|');
};`,
  );
  const out = join(work, `${name}.js`);
  execFileSync(resolve('node_modules/.bin/esbuild'), [
    entry,
    '--bundle',
    '--format=iife',
    '--minify',
    `--outfile=${out}`,
  ]);
  return readFileSync(out, 'utf8');
}

const copies = [
  { label: 'this tree', code: bundle('.', 'this') },
  { label: otherDir, code: bundle(otherDir, 'other') },
];
const html = syntheticArticle(10_000);
const browser = await puppeteer.launch({
  executablePath: EXECUTABLES.chromium,
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () =>
    1000 * (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  const times: number[][] = copies.map(() => []);
  const readings = new Set<string>();
  for (let i = 0; i < runs; i++) {
    for (const [k, copy] of copies.entries()) {
      await page.setContent(html);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `r${i}${k}` });
      const contextId = world.executionContextId;
      // A comment unique to the run: compiled afresh, no code cached from the previous run.
      await cdp.send('Runtime.evaluate', { expression: `${copy.code}\n//${i}`, contextId });
      const before = await threadMs();
      await cdp.send('Runtime.evaluate', { expression: 'readerBench()', contextId });
      times[k]!.push((await threadMs()) - before);
      const r = await cdp.send('Runtime.evaluate', { expression: 'readerBenchResult', contextId, returnByValue: true });
      readings.add(r.result.value as string);
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
  for (const [k, copy] of copies.entries()) {
    const t = times[k]!;
    console.log(`${copy.label}: median ${median(t).toFixed(1)} ms thread, min ${Math.min(...t).toFixed(1)} ms`);
  }
  // Both copies must read the same: texts, segments, main content's lines, link statistics.
  console.log(readings.size === 1 ? 'same reading' : `${readings.size} different readings`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
