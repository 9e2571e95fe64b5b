// Probe: the highlight colours' rules in place from the page's start (as a manifest CSS file would put them) or added
// later (as the content script does), and what each costs the page.
// Run: npx tsx scripts/bench-page/highlight-rules.ts [loads] [text nodes]   (not part of npm test; figures in the README)
// No extension. Each load opens the synthetic article, with 10 `::highlight` rules in its head or without, waits two
// frames, then in an isolated world (as a content script): forces one restyle of the whole document (an inherited
// property on the body, read back from the last element: no layout), the page's own cost of any such rules; makes
// 7,000 StaticRanges; for the page without rules adds them before or after registering the ranges in 8 CSS
// highlights; and times the frames after each step. Variants alternate in order from load to load.
import { inIsolatedWorld, median, STATIC_RANGE_GROUPS, withProbeBrowser } from './probe-browser';
import { syntheticArticle } from './synthetic';

const loads = Number(process.argv[2] ?? 8);
const nodes = Number(process.argv[3] ?? 10_000);
const RULES = Array.from(
  { length: 10 },
  (_, i) => `::highlight(probe-${i}) { background-color: rgba(250, 204, 21, 0.4); }`,
).join('\n');
const plain = syntheticArticle(nodes);
const withRules = plain.replace('</head>', `<style>${RULES}</style></head>`);

/** The steps (JavaScript source), given when to add the rules: 'none' (in the page already), 'before' or 'after'. */
const STEPS = `async (addRules) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const timed = async (key) => { const t = performance.now(); await frame(); out[key] = performance.now() - t; };
  const add = () => {
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(RULES)};
    document.head.append(style);
  };
  const out = {};
  await frame();
  await frame();
  const t = performance.now();
  document.body.style.color = 'rgb(1, 2, 3)';
  void getComputedStyle(document.querySelector('footer a')).color;
  out.restyle = performance.now() - t;
  await frame();
  const groups = (${STATIC_RANGE_GROUPS})(7000, 8);
  if (addRules === 'before') { add(); await timed('rulesFrame'); }
  groups.forEach((g, i) => CSS.highlights.set('probe-' + i, g));
  await timed('highlightFrame');
  if (addRules === 'after') { add(); await timed('rulesFrame'); }
  out.computed = getComputedStyle(document.querySelector('article p'), '::highlight(probe-1)').backgroundColor;
  return out;
}`;

const VARIANTS = [
  { name: 'rules in the page from its start', page: 'with.html', addRules: 'none' },
  { name: 'rules added, then highlights', page: 'plain.html', addRules: 'before' },
  { name: 'highlights, then rules added', page: 'plain.html', addRules: 'after' },
];
type Result = Partial<Record<'restyle' | 'rulesFrame' | 'highlightFrame', number>> & { computed: string };
const results = VARIANTS.map(() => [] as Result[]);
await withProbeBrowser('highlight-rules', { 'with.html': withRules, 'plain.html': plain }, async (browser, origin) => {
  for (let r = 0; r < loads; r++) {
    for (let k = 0; k < VARIANTS.length; k++) {
      const v = (k + r) % VARIANTS.length;
      const page = await browser.newPage();
      await page.goto(`${origin}/${VARIANTS[v]!.page}`, { waitUntil: 'load' });
      results[v]!.push(
        await inIsolatedWorld<Result>(page, 'rules', `(${STEPS})(${JSON.stringify(VARIANTS[v]!.addRules)})`),
      );
      await page.close();
    }
    process.stderr.write(`round ${r + 1}/${loads}\n`);
  }
});

const cell = (rs: Result[], key: 'restyle' | 'rulesFrame' | 'highlightFrame') => {
  const xs = rs.map((r) => r[key]).filter((x): x is number => typeof x === 'number');
  return (xs.length ? `${median(xs).toFixed(1)} ms` : '-').padStart(9);
};
console.log(`Highlight rules on the ${nodes.toLocaleString('en')}-node article, medians of ${loads} loads:`);
console.log(
  `  ${''.padEnd(34)} ${'restyle'.padStart(9)} ${'rules'.padStart(9)} ${'highlights'.padStart(9)}   (frames)`,
);
VARIANTS.forEach((v, k) => {
  const rs = results[k]!;
  console.log(`  ${v.name.padEnd(34)} ${cell(rs, 'restyle')} ${cell(rs, 'rulesFrame')} ${cell(rs, 'highlightFrame')}`);
});
console.log(`  (the rules apply: ::highlight background ${results[0]![0]?.computed ?? 'n/a'})`);
