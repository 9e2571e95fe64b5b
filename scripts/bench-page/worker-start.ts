// Profile: the background service worker's CPU time from its very start, when a page load wakes a stopped worker.
// Run: npm run build && npx tsx scripts/bench-page/worker-start.ts <copy of .output/chrome-mv3> [starts]
// Each start: stop every service worker (DevTools' ServiceWorker.stopAllWorkers), load the 1,000-node synthetic
// article; DevTools auto-attaches to the new worker paused before its script runs, starts the CPU profiler (0.1 ms
// sampling) and lets it run. Prints, per start, the top-level evaluation of background.js (inclusive) and the
// functions with the most self time in the worker's first 150 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { serveFixtures } from '../../e2e/server';
import { launch } from './browsers';
import { loadPlain } from './measure';
import { syntheticArticle } from './synthetic';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [extension, startsArg] = process.argv.slice(2);
if (!extension) throw new Error('usage: worker-start.ts <extension dir> [starts]');
const starts = Number(startsArg ?? 3);
const WINDOW_US = 150_000;

const frameName = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

/**
 * Self time per function in the first WINDOW_US; the inclusive time of background.js's top-level code; and the self
 * time of the browser's lazy getters that make an extension API namespace on first touch (`get windows`, ...) (ms).
 */
function summary(p: Profile): { topLevel: number; apiGetters: number; self: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The script's own evaluation: its frame at the very start, line and column -1 or 0 (all it runs is under it).
  const isTopLevel = (f: ProfileNode['callFrame']) =>
    f.url.endsWith('/background.js') && f.lineNumber <= 0 && f.columnNumber <= 0 && f.functionName === '';
  const self = new Map<string, number>();
  let topLevel = 0;
  let apiGetters = 0;
  let t = 0;
  p.samples.forEach((id, k) => {
    t += p.timeDeltas[k]!;
    const dt = (p.timeDeltas[k + 1] ?? 0) / 1000;
    for (let i: number | undefined = id; i !== undefined; i = parent.get(i)) {
      if (isTopLevel(byId.get(i)!.callFrame)) {
        topLevel += dt;
        break;
      }
    }
    const f = byId.get(id)!.callFrame;
    if (f.url === '' && f.functionName.startsWith('get ')) apiGetters += dt;
    if (t <= WINDOW_US && f.functionName !== '(idle)') self.set(frameName(f), (self.get(frameName(f)) ?? 0) + dt);
  });
  return { topLevel, apiGetters, self: [...self].sort((a, b) => b[1] - a[1]) };
}

const dir = mkdtempSync(join(tmpdir(), 'sl-worker-start-'));
writeFileSync(join(dir, 'article.html'), syntheticArticle(1000));
const server = await serveFixtures(dir);
const b = await launch('ours', resolve(extension), '/background.js');
try {
  const url = `${server.origin}/article.html`;
  const warm = await loadPlain(b, url, { waitForDone: true, timeoutMs: 90_000 });
  if (!warm.ok) throw new Error(`warm-up failed: ${warm.error}`);
  const control = await (await b.browser.newPage()).createCDPSession();
  await control.send('ServiceWorker.enable');
  const root = await b.browser.target().createCDPSession();
  let worker: CDPSession | null = null;
  root.on('Target.attachedToTarget', (event) => {
    const session = root.connection()?.session(event.sessionId);
    if (!session) return;
    void (async () => {
      if (event.targetInfo.type === 'service_worker') {
        worker = session;
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 100 });
        await session.send('Profiler.start');
      }
      await session.send('Runtime.runIfWaitingForDebugger');
    })().catch(() => undefined);
  });
  for (let i = 0; i < starts; i++) {
    await b.freshTab();
    await control.send('ServiceWorker.stopAllWorkers');
    await new Promise((done) => setTimeout(done, 300));
    worker = null;
    await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    const load = await loadPlain(b, url, { waitForDone: true, timeoutMs: 60_000 });
    const session = worker as CDPSession | null;
    if (!load.ok || !session) {
      console.log(`start ${i + 1}: ${load.ok ? 'no worker attached' : load.error}`);
      continue;
    }
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    await root.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
    const { topLevel, apiGetters, self } = summary(profile);
    console.log(
      `\nstart ${i + 1}: background.js top-level evaluation ${topLevel.toFixed(1)} ms (inclusive); ` +
        `API namespaces made on first touch ${apiGetters.toFixed(1)} ms`,
    );
    for (const [name, ms] of self.slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${name}`);
  }
} finally {
  await b.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
