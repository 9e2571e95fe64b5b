// Benchmark: the content script's main-thread cost in Chromium on real and synthetic pages, vs a floor and mark.js.
// Run: npm run build && npx tsx scripts/bench-page.ts [--pages N] [--runs N] [--restarts N]   (method: scripts/bench-page/README.md)
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import snapshot from '../core/designations/snapshot.json';
import type { Entity } from '../core/kb/entity';
import pack from '../core/kb/packs/north-korea-sanctions.json';
import { termsOf } from '../core/match/matcher';
import { serveFixtures } from '../e2e/server';
import { chromiumVersion, launch, makeFloorExtension, type BenchBrowser } from './bench-page/browsers';
import { loadPlain } from './bench-page/measure';
import { corpusPages, measureRealPages } from './bench-page/real-pages';
import { evenlySpaced, shuffled } from './bench-page/report';
import { printReport, type Machine } from './bench-page/summary';
import { syntheticArticle } from './bench-page/synthetic';
import { measureSynthetic, type SyntheticResult } from './bench-page/synthetic-run';
import { measureRestarts, restartTable, type RestartResult } from './bench-page/sw-restart';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DEFAULT = join(ROOT, '.output/chrome-mv3');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'web-pages');
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** Synthetic page sizes, in text nodes (`--sizes 10000,50000`). */
const SIZES_DEFAULT = '10000,50000';
/** mark.js walks the document once per name: past this much main-thread time per page, the rest is extrapolated. */
const MARK_JS_BUDGET = { real: 300, synthetic: 2500 };
/** Real pages that mark.js runs on (evenly spaced): each takes a page load and the budget above. */
const MARK_JS_PAGES = 12;

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: SIZES_DEFAULT },
    serial: { type: 'boolean', default: false },
    // Loads of the 1,000-node article with the service worker running, and as many after stopping it (0: none).
    restarts: { type: 'string', default: '6' },
    // A copy of the build, so that a rebuild during the run changes nothing.
    extension: { type: 'string', default: EXTENSION_DEFAULT },
  },
});
const EXTENSION = resolve(values.extension);
const SIZES = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs) || 3);
/** Pages this large get a third of the runs (at least one), traced only: each of their loads takes seconds. */
const HEAVY = 50_000;
const heavyRuns = (n: number) => (n < HEAVY ? runs : Math.max(1, Math.round(runs / 3)));
const t0 = Date.now();
const log = (line: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${line}\n`);

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error(`No build in ${EXTENSION}: run \`npm run build\` first.`);
  process.exit(2);
}

const entities = [...(pack.entities as unknown as Entity[]), ...(snapshot.entities as unknown as Entity[])];
const allTerms = termsOf(entities);
const markTerms = shuffled([...new Set(allTerms.map((t) => t.text))], 20240601);
const markJsSource = readFileSync(MARK_JS, 'utf8');

const corpus = corpusPages(CORPUS);
let names: string[] = [];
if (!corpus) log(`Skipping the real pages: ${CORPUS} (with INDEX.csv) is absent.`);
else names = values.pages !== undefined ? evenlySpaced(corpus, Math.max(0, Number(values.pages) || 0)) : corpus;
// BENCH_PAGES=<regular expression>: only the real pages whose names match it (to look at a few again).
if (process.env.BENCH_PAGES) names = names.filter((name) => new RegExp(process.env.BENCH_PAGES!).test(name));

const started = Date.now();
const loadStart = os.loadavg();
const synthDir = mkdtempSync(join(os.tmpdir(), 'sl-bench-synthetic-'));
for (const n of [1000, ...SIZES]) writeFileSync(join(synthDir, `about-${n}.html`), syntheticArticle(n));
const synthServer = await serveFixtures(synthDir);
const corpusServer = corpus ? await serveFixtures(CORPUS) : null;
const floorDir = makeFloorExtension();
let ours: BenchBrowser | null = null;
let floor: BenchBrowser | null = null;
try {
  ours = await launch('ours', EXTENSION, '/background.js');
  floor = await launch('floor', floorDir);
  // Warm up: the background loads the knowledge base into IndexedDB once; both browsers compile their scripts once.
  const warm = `${synthServer.origin}/about-1000.html`;
  const warmed = await loadPlain(ours, warm, { waitForDone: true, timeoutMs: 90_000 });
  if (!warmed.ok) throw new Error(`warm-up failed: ${warmed.error} (is page-lens.ts missing its performance marks?)`);
  await loadPlain(floor, warm, { waitForDone: false, timeoutMs: 30_000 });
  log(`warmed up (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const real = corpusServer
    ? await measureRealPages(
        ours,
        floor,
        corpusServer.origin,
        names,
        {
          serial: values.serial,
          markJs: { source: markJsSource, terms: markTerms, pages: MARK_JS_PAGES, budgetMs: MARK_JS_BUDGET.real },
        },
        log,
      )
    : [];
  const synthetic = new Map<number, SyntheticResult>();
  for (const n of SIZES) {
    log(`synthetic page, ${n} text nodes`);
    const result = await measureSynthetic(
      ours,
      floor,
      `${synthServer.origin}/about-${n}.html`,
      {
        runs: heavyRuns(n),
        untraced: n < HEAVY,
        // On the largest page the reaction to edits runs for minutes and would stall the rest of the run.
        reaction: n < HEAVY,
        timeoutMs: 180_000,
        markJs: { source: markJsSource, terms: markTerms, budgetMs: MARK_JS_BUDGET.synthetic, chunk: 2 },
      },
      log,
    );
    synthetic.set(n, result);
  }
  let restarts: RestartResult | null = null;
  const restartRuns = Math.max(0, Number(values.restarts) || 0);
  if (restartRuns > 0) {
    log(`service worker restarts: ${restartRuns} loads each way`);
    restarts = await measureRestarts(ours, warm, restartRuns);
  }
  const machine: Machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    chromium: await chromiumVersion(ours),
    loadStart,
    loadEnd: os.loadavg(),
    contentScriptBytes: statSync(join(EXTENSION, 'content-scripts/content.js')).size,
    entities: entities.length,
    names: allTerms.length,
    markTerms: markTerms.length,
    seconds: (Date.now() - started) / 1000,
    runs: SIZES.map((n) => `${n.toLocaleString('en')} nodes: ${heavyRuns(n)}`).join(', '),
    corpusPages: corpus?.length ?? 0,
    contentScript: readFileSync(join(EXTENSION, 'content-scripts/content.js'), 'utf8'),
  };
  printReport(machine, real, synthetic);
  if (restarts) {
    console.log('\n## After a service-worker restart (no target: what a reader meets after 30 s away)\n');
    console.log(restartTable(restarts));
    if (restarts.errors.length) console.log(`\nFailed loads: ${restarts.errors.join('; ')}`);
  }
} finally {
  await ours?.close();
  await floor?.close();
  await synthServer.close();
  await corpusServer?.close();
  rmSync(synthDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
}
