// Micro-benchmark: what makes a page's own DOM edits slower once the extension has highlighted it, part by part.
// Run: npx tsx scripts/bench-page/edit-costs.ts [rounds] [text nodes]   (not part of npm test; figures in the README)
// Without any extension, on the synthetic article, each round loads the page afresh once per variant (the order
// alternates between rounds) and times the bench's batch of 2,000 page edits (in-page.ts `domEdits`) after setting up
// in an isolated world of the page, as a content script: nothing; an empty MutationObserver on the body with the extension's options (page/mutation-batcher.ts);
// 7,000 StaticRanges in 8 CSS highlights with their ::highlight rules (as the extension draws them); or both. Every
// variant walks the text and makes the ranges first, so that the setup's work is the same.
// Prints the medians and their ratios to the page without either.
import { domEdits } from './in-page';
import { inIsolatedWorld, median, STATIC_RANGE_GROUPS, withProbeBrowser } from './probe-browser';
import { syntheticArticle } from './synthetic';

const rounds = Number(process.argv[2] ?? 10);
const nodes = Number(process.argv[3] ?? 10_000);
const EDITS = 2000;
const SEED = 20240601;

/** The setup (JavaScript source): the observer and the highlights as asked. */
const SETUP = `({ observe, highlight }) => {
  if (observe) {
    window.__editCostObserver = new MutationObserver(() => {});
    window.__editCostObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
  // Every variant walks the text and makes the ranges (the same setup work before the edits); only the highlight
  // variants register them.
  const groups = (${STATIC_RANGE_GROUPS})(7000, 8);
  if (highlight) {
    groups.forEach((g, i) => CSS.highlights.set('edit-cost-' + i, g));
    const style = document.createElement('style');
    style.textContent = groups.map((_, i) => '::highlight(edit-cost-' + i + ') { background: #ffd54f; }').join('');
    document.head.append(style);
  }
  void document.body.offsetHeight;
}`;

const VARIANTS = [
  { name: 'page alone', observe: false, highlight: false },
  { name: 'MutationObserver (childList, subtree, characterData)', observe: true, highlight: false },
  { name: '7,000 StaticRanges in 8 CSS highlights, with rules', observe: false, highlight: true },
  { name: 'both', observe: true, highlight: true },
];

const times = VARIANTS.map(() => [] as number[]);
await withProbeBrowser('edit-costs', { 'article.html': syntheticArticle(nodes) }, async (browser, origin) => {
  for (let r = 0; r < rounds; r++) {
    const order = VARIANTS.map((_, k) => k);
    if (r % 2 === 1) order.reverse();
    for (const k of order) {
      const page = await browser.newPage();
      await page.goto(`${origin}/article.html`, { waitUntil: 'load' });
      await inIsolatedWorld(page, 'edit-costs', `(${SETUP})(${JSON.stringify(VARIANTS[k])})`);
      await new Promise((done) => setTimeout(done, 200));
      times[k]!.push((await domEdits(page, EDITS, SEED)).edits);
      await page.close();
    }
    process.stderr.write(`round ${r + 1}/${rounds}\n`);
  }
});
const base = median(times[0]!);
console.log(`${EDITS} page edits on the ${nodes}-node article, median of ${rounds} loads per variant (wall, ms):`);
VARIANTS.forEach((v, k) => {
  const t = median(times[k]!);
  console.log(`  ${v.name.padEnd(54)} ${t.toFixed(1).padStart(6)} ms  ${(t / base).toFixed(2)}×`);
});
