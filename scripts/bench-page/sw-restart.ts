// How long a page waits for its highlights when the background's service worker has stopped (Chromium stops it after
// 30 s idle, so a reader's next article usually meets a stopped one), side by side with a running one.
import type { BenchBrowser } from './browsers';
import { between, loadPlain } from './measure';
import { median, ms, ratio, table } from './report';

/** Time from the bootstrap's first mark to the highlights drawn, per load (ms), with the worker running or restarted. */
export interface RestartResult {
  running: number[];
  restarted: number[];
  /** The same, from the full script's start (its injection waits for the worker). */
  runningInit: number[];
  restartedInit: number[];
  errors: string[];
}

/** Lets a stopped worker's shutdown settle before the next load wakes it. */
const SETTLE_MS = 300;

/**
 * Loads `url` `runs` times with the worker running and as many times right after stopping every service worker
 * (DevTools' ServiceWorker.stopAllWorkers), interleaved, each in a fresh tab. Session storage, which the worker keeps
 * its compiled knowledge base's plan in, survives a stop as it does in the browser.
 */
export async function measureRestarts(b: BenchBrowser, url: string, runs: number): Promise<RestartResult> {
  const out: RestartResult = { running: [], restarted: [], runningInit: [], restartedInit: [], errors: [] };
  const control = await b.browser.newPage();
  const cdp = await control.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  try {
    for (let run = 0; run < runs; run++) {
      for (const restarted of [false, true]) {
        await b.freshTab();
        if (restarted) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          await new Promise((r) => setTimeout(r, SETTLE_MS));
        }
        const load = await loadPlain(b, url, { waitForDone: true, timeoutMs: 60_000 });
        if (!load.ok) {
          out.errors.push(`${restarted ? 'restarted' : 'running'}: ${load.error}`);
          continue;
        }
        (restarted ? out.restarted : out.running).push(between(load.marks, 'boot', 'drawn'));
        (restarted ? out.restartedInit : out.runningInit).push(between(load.marks, 'init', 'drawn'));
      }
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await control.close().catch(() => undefined);
  }
  return out;
}

/** The result as a table with the ratio of the medians. */
export function restartTable(r: RestartResult): string {
  const row = (label: string, running: number[], restarted: number[]) => [
    label,
    ms(median(running)),
    ms(median(restarted)),
    ratio(median(restarted) / median(running)),
  ];
  return table(
    ['1,000-node article, median (wall)', 'worker running', 'worker stopped before the load', 'stopped / running'],
    [
      row('bootstrap start → highlights drawn', r.running, r.restarted),
      row('full script start → highlights drawn', r.runningInit, r.restartedInit),
    ],
  );
}
