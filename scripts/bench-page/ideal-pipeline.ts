// Probe: the least that "analyse and highlight the 10,000-node article" can cost in this Chromium, with no extension.
// Run: npx tsx scripts/bench-page/ideal-pipeline.ts [loads] [text nodes]   (not part of npm test; figures in the README)
// Each load opens the synthetic article afresh and, in an isolated world of the page (as a content script), runs the
// smallest pipeline that could do the job, every step timed: evaluate the matcher's code (core/match, bundled); read
// a fast-path sample (innerText); fetch the shipped entity matcher (served by the test server, as an extension file
// would be) while one TreeWalker pass reads every text node into one string (no block boundaries, no visibility, no
// main-content extraction: less than the extension must do); load the matcher; find the matches; make a StaticRange
// per match; wait for a frame (the frame's own cost); register the ranges in 8 CSS highlights; wait for the next frame
// to be drawn (their drawing). No page analysis (type,
// language, verdict) and no messages: a lower bound for any design, not a design.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { inIsolatedWorld, median, withProbeBrowser } from './probe-browser';
import { syntheticArticle } from './synthetic';

const loads = Number(process.argv[2] ?? 10);
const nodes = Number(process.argv[3] ?? 10_000);
const ROOT = resolve(import.meta.dirname, '../..');
/** IDEAL_DRAW_LIMIT=N: only the first N matches get ranges and highlights (how the drawing's cost scales). */
const drawLimit = Number(process.env.IDEAL_DRAW_LIMIT ?? Infinity);
const BIN = join(ROOT, '.output/chrome-mv3/matchers/entities.bin');

/** The matcher's code as one script that sets `globalThis.__idealMatcher`. */
async function matcherBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { matcherFromBinary } from './core/match/binary';\n" +
        "import { matcherFrom } from './core/match/find';\n" +
        'globalThis.__idealMatcher = { matcherFromBinary, matcherFrom };\n',
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** The pipeline (JavaScript source), given the matcher file's URL; resolves to each step's end, ms after the start. */
const PIPELINE = `async (binUrl, drawLimit) => {
  const marks = {};
  const t0 = performance.now();
  const mark = (name) => { marks[name] = performance.now() - t0; };
  const sample = document.body.innerText.slice(0, 65536);
  mark('sample');
  const bytes = fetch(binUrl).then((r) => r.arrayBuffer());
  const textNodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.data;
    textNodes.push(n);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  mark('walk');
  const buffer = await bytes;
  mark('fetch');
  const { matcherFromBinary, matcherFrom } = globalThis.__idealMatcher;
  const matcher = matcherFrom(matcherFromBinary(new Uint8Array(buffer)));
  mark('load');
  const matches = matcher.find(text);
  mark('find');
  const nodeAt = (offset, end) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (starts[mid] === offset && !end)) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const groups = Array.from({ length: 8 }, () => new Highlight());
  for (const m of matches.slice(0, drawLimit)) {
    const a = nodeAt(m.start, false);
    const b = nodeAt(m.end, true);
    let h = 0;
    for (let k = 0; k < m.entityId.length; k++) h = (h * 31 + m.entityId.charCodeAt(k)) | 0;
    groups[(h >>> 0) % 8].add(new StaticRange({
      startContainer: textNodes[a], startOffset: m.start - starts[a],
      endContainer: textNodes[b], endOffset: m.end - starts[b],
    }));
  }
  mark('ranges');
  // A frame without the highlights, to tell their drawing from the frame's own cost.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  mark('frame');
  groups.forEach((g, i) => CSS.highlights.set('ideal-' + i, g));
  mark('register');
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  mark('painted');
  // The highlights' colours: a style sheet of ::highlight rules (the page's styles are computed again for it).
  const style = document.createElement('style');
  style.textContent = groups.map((_, i) => '::highlight(ideal-' + i + ') { background: #ffd54f; }').join('');
  document.head.append(style);
  mark('style');
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  mark('drawn');
  return { marks, chars: text.length, sample: sample.length, matches: matches.length };
}`;

/** What one run of the pipeline gives back. */
interface PipelineResult {
  evaluate: number;
  marks: Record<string, number>;
  chars: number;
  matches: number;
}

const STEPS = [
  'evaluate',
  'sample',
  'walk',
  'fetch',
  'load',
  'find',
  'ranges',
  'frame',
  'register',
  'painted',
  'style',
  'drawn',
] as const;

const bundle = await matcherBundle();
const rows: Record<string, number>[] = [];
let facts = '';
const files = { 'article.html': syntheticArticle(nodes), 'entities.bin': readFileSync(BIN) };
await withProbeBrowser('ideal', files, async (browser, origin) => {
  for (let r = 0; r < loads; r++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/article.html`, { waitUntil: 'load' });
    // The code's evaluation is timed in the world itself (a content script's file is evaluated the same way).
    const value = await inIsolatedWorld<PipelineResult>(
      page,
      'ideal',
      `(async () => {
        const t = performance.now();
        ${bundle};
        const evaluate = performance.now() - t;
        return { evaluate, ...(await (${PIPELINE})(${JSON.stringify(`${origin}/entities.bin`)}, ${drawLimit})) };
      })()`,
    );
    rows.push({ evaluate: value.evaluate, ...value.marks });
    facts = `${value.chars.toLocaleString('en')} characters, ${value.matches.toLocaleString('en')} matches`;
    await page.close();
    process.stderr.write(`load ${r + 1}/${loads}\n`);
  }
});

console.log(`Ideal pipeline on the ${nodes.toLocaleString('en')}-node article (${facts}), ${loads} fresh loads, ms:`);
console.log(
  `  ${'step'.padEnd(10)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}   (steps after "evaluate" are ms since the pipeline's start)`,
);
for (const step of STEPS) {
  const xs = rows.map((row) => row[step]!);
  console.log(
    `  ${step.padEnd(10)} ${median(xs).toFixed(1).padStart(8)} ${Math.min(...xs)
      .toFixed(1)
      .padStart(8)} ${Math.max(...xs)
      .toFixed(1)
      .padStart(8)}`,
  );
}
const totals = rows.map((row) => row.evaluate! + row.drawn!);
const range = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
console.log(`  evaluate + pipeline to drawn: ${range(totals)}`);
// The steps that no design can skip (the code, a read of the page, the ranges, the browser's drawing), without the
// matcher's fetch, load and find: a floor for any pipeline that highlights what it finds.
const floors = rows.map(
  (row) =>
    row.evaluate! +
    (row.walk! - row.sample!) +
    (row.ranges! - row.find!) +
    (row.register! - row.frame!) +
    (row.painted! - row.register!) +
    (row.drawn! - row.style!),
);
const undrawn = rows.map(
  (row) => row.evaluate! + (row.walk! - row.sample!) + (row.ranges! - row.find!) + (row.register! - row.frame!),
);
console.log(`  evaluate, walk, ranges, registration (no sample, no matcher, no drawing): ${range(undrawn)}`);
const drawing = rows.map((row) => row.painted! - row.register! + (row.drawn! - row.style!));
console.log(
  `  the browser's drawing alone (the frames after the highlights and after their style sheet): ${range(drawing)}`,
);
console.log(`  evaluate, walk, ranges and the two frames that draw them (no sample, no matcher): ${range(floors)}`);
