// Benchmark: re-anchors >1,000 quotes recorded on real pages, unchanged and changed as real pages change.
import { existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ADS } from './bench-anchor/changes';
import { CHROMIUM, timeInChromium, timeMany } from './bench-anchor/chromium';
import { DIR, makeQuotes, parse, stats } from './bench-anchor/quotes';
import { SEED, seedFor } from './bench-anchor/random';
import { median, printTable, targets } from './bench-anchor/report';
import { indexing, runPage, tally } from './bench-anchor/run';

const PER_PAGE = 12;
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
const args = process.argv.slice(2);
/** `--pages N`: N pages spread evenly over the corpus, to iterate quickly (each page's cases as in the full run). */
const PAGES = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 0;
/** `--no-timing`: leave out the 500-note timing (jsdom and Chromium). */
const TIMING = !args.includes('--no-timing');
const DEBUG = Boolean(process.env.BENCH_DEBUG);

/** Quote lengths as "min / median / max" and how many fall in each band. */
function lengths(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const bands = [
    [10, 40],
    [40, 100],
    [100, 200],
    [200, 321],
  ].map(([a, b]) => `${a}–${b! - 1}: ${xs.filter((x) => x >= a! && x < b!).length}`);
  return `${sorted[0]} / ${median(sorted)} / ${sorted[sorted.length - 1]} characters (${bands.join(', ')})`;
}

async function main(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`Skipped: no corpus at ${DIR}`);
    return;
  }
  let files = readdirSync(DIR)
    .filter((f) => f.endsWith('.html') && (!ONLY || ONLY.test(f)))
    .sort();
  if (PAGES > 0 && PAGES < files.length)
    files = files.filter(
      (_f, i) => Math.floor((i * PAGES) / files.length) !== Math.floor(((i - 1) * PAGES) / files.length),
    );
  let pages = 0;
  let biggest = { file: '', chars: 0 };
  const quoteLengths: number[] = [];
  for (const file of files) {
    seedFor(file);
    const { window } = parse(file);
    (globalThis as Record<string, unknown>).Node ??= window.Node;
    const body = window.document.body;
    const quotes = makeQuotes(body, PER_PAGE);
    if (quotes.length) pages++;
    quoteLengths.push(...quotes.map((q) => q.target.quote.exact.length));
    runPage(body, quotes);
    if (body.textContent!.length > biggest.chars) biggest = { file, chars: body.textContent!.length };
    window.close();
    if (DEBUG) console.error(`${file}: ${quotes.length} quotes`);
  }
  console.log(`## Re-anchoring ${tally('(a) unchanged').n} notes on ${pages} real pages (jsdom, seed ${SEED})\n`);
  printTable();
  console.log(`\nQuote lengths (min / median / max): ${lengths(quoteLengths)}.`);
  console.log(
    `ms/note: anchoring alone; reading the page text takes ${(indexing.ms / indexing.count).toFixed(1)} ms per page state, once for all its notes.`,
  );
  console.log(
    `Recording matched describeRange on ${stats.describeRangeChecks} spot checks; ${stats.twinsSkipped} candidate quotes skipped as twins (an identical copy with the same 32 characters either side, in the same paragraph, or right beside it).`,
  );

  const timed = TIMING ? await timeOnePage(biggest) : null;
  console.log('\n## Targets\n');
  for (const [ok, label] of targets(timed?.ms ?? null, timed?.where ?? ''))
    console.log(`- ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nMachine: ${cpu} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${process.platform}`,
  );
}

/** Times 500 notes on the largest page, in jsdom and Chromium: the slower case and where it was measured. */
async function timeOnePage(biggest: { file: string; chars: number }): Promise<{ ms: number; where: string }> {
  seedFor(biggest.file);
  const { window } = parse(biggest.file);
  (globalThis as Record<string, unknown>).Node ??= window.Node;
  const body = window.document.body;
  const notes = makeQuotes(body, 500).map((q) => q.target);
  const jsdomSame = timeMany(body, notes, 1);
  body.prepend(Object.assign(window.document.createElement('p'), { textContent: ADS[0] }));
  const jsdomShifted = timeMany(body, notes, 1);
  console.log(
    `\n## ${notes.length} notes on one page: ${biggest.file} (the corpus's largest, ${biggest.chars.toLocaleString()} characters)\n`,
  );
  console.log(
    `- jsdom: unchanged ${jsdomSame.ms[0]!.toFixed(0)} ms (${jsdomSame.found}/${notes.length} found); advert inserted at the top ${jsdomShifted.ms[0]!.toFixed(0)} ms (${jsdomShifted.found}/${notes.length}). jsdom compares Range boundaries by walking the document, so this is dominated by creating Ranges.`,
  );
  let browserMs: number | null = null;
  if (existsSync(CHROMIUM)) {
    try {
      const c = await timeInChromium(biggest.file, 500);
      browserMs = Math.max(median(c.same), median(c.shifted));
      const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
      console.log(
        `- Chromium: unchanged ${fmt(c.same)} ms; advert inserted at the top ${fmt(c.shifted)} ms (5 runs each; found ${c.found})`,
      );
    } catch (error) {
      console.log(`- Chromium: not measured (${(error as Error).message.split('\n')[0]})`);
    }
  } else console.log(`- Chromium: not measured (none at ${CHROMIUM}; set CHROMIUM_PATH)`);

  const slowest = browserMs ?? Math.max(jsdomSame.ms[0]!, jsdomShifted.ms[0]!);
  const where = browserMs === null ? 'jsdom' : 'Chromium, median of 5, slower of the two cases';
  return { ms: slowest, where };
}

await main();
