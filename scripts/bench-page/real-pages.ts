// Measures the content script against the floor and mark.js on the real pages of ../shared/corpus/web-pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchBrowser } from './browsers';
import { runMarkJs, type MarkJsTiming } from './in-page';
import { loadPlain, loadTracedBatch, type LoadOptions } from './measure';
import { evenlySpaced } from './report';
import type { Attribution } from './trace';

/** Pages per trace: one trace per page would spend more time flushing than loading. */
const BATCH = 10;
const OURS: LoadOptions = { waitForDone: true, timeoutMs: 60_000 };
const FLOOR: LoadOptions = { waitForDone: false, timeoutMs: 60_000 };

/** One real page's figures. */
export interface RealPage {
  name: string;
  error?: string;
  ours: Attribution | null;
  floor: Attribution | null;
  /** The fast path let the page through: its content was read and analysed. */
  fullPath: boolean;
  /** Ours minus floor, main-thread ms (thread time and wall time). */
  addedCpu: number;
  /**
   * The same less the self time of the benchmark's own `performance.mark` calls, which the content script makes only
   * in the benchmark's tabs (entrypoints/content/bench-marks.ts): what a reader's page pays.
   */
  addedCpuReader: number;
  addedWall: number;
  markJs?: MarkJsTiming & { estimate: number };
}

/** The page names of the corpus (INDEX.csv order), or null when the corpus is absent. */
export function corpusPages(dir: string): string[] | null {
  const index = join(dir, 'INDEX.csv');
  if (!existsSync(index)) return null;
  return readFileSync(index, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!.trim())
    .filter((name) => name && existsSync(join(dir, `${name}.html`)));
}

/**
 * Runs our extension and the floor over `names` (traced, in batches; both browsers at once unless `serial`), then
 * mark.js on `markJs.pages` of them (evenly spaced, in the floor browser, untraced).
 */
export async function measureRealPages(
  ours: BenchBrowser,
  floor: BenchBrowser,
  origin: string,
  names: string[],
  options: { serial: boolean; markJs: { source: string; terms: string[]; pages: number; budgetMs: number } },
  progress: (line: string) => void,
): Promise<RealPage[]> {
  const { markJs } = options;
  const url = (name: string) => `${origin}/${encodeURIComponent(name)}.html`;
  const pages: RealPage[] = [];
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const run = (b: BenchBrowser, o: LoadOptions) => () => loadTracedBatch(b, batch.map(url), o);
    const [a, b] = options.serial
      ? [await run(ours, OURS)(), await run(floor, FLOOR)()]
      : await Promise.all([run(ours, OURS)(), run(floor, FLOOR)()]);
    batch.forEach((name, k) => {
      const o = a[k]!;
      const f = b[k]!;
      const error = o.error ?? f.error;
      const oa = o.attribution;
      const fa = f.attribution;
      pages.push({
        name,
        ...(error ? { error } : {}),
        ours: oa,
        floor: fa,
        fullPath: 'sanctions-lens:analyse' in o.marks,
        addedCpu: oa && fa ? oa.cpu - fa.cpu : NaN,
        addedCpuReader: oa && fa ? oa.cpu - fa.cpu - (oa.hot.get('mark') ?? 0) : NaN,
        addedWall: oa && fa ? oa.wall - fa.wall : NaN,
      });
    });
    progress(`real pages: ${Math.min(i + BATCH, names.length)}/${names.length}`);
  }
  for (const page of evenlySpaced(pages, markJs.pages)) {
    const loaded = await loadPlain(floor, url(page.name), FLOOR);
    if (!loaded.ok) continue;
    const t = await runMarkJs(floor.page, markJs.source, markJs.terms, markJs.budgetMs, 10).catch(() => null);
    if (t) page.markJs = { ...t, estimate: (t.ms * t.total) / Math.max(1, t.done) };
  }
  progress(`mark.js: ${pages.filter((p) => p.markJs).length} pages`);
  return pages;
}
