// One cold start of the matcher, in a fresh process (run by scripts/bench-match.ts): prints JSON timings in ms.
// Usage: tsx scripts/bench-match-startup.ts build | load-json FILE | load-binary FILE
import { readFileSync } from 'node:fs';
import { matcherFromBinary } from '../core/match/binary';
import { createMatcher, deserializeMatcher, matcherFrom, termsOf, type SerializedMatcher } from '../core/match/matcher';

const [mode, file] = process.argv.slice(2);
const cpu0 = process.cpuUsage();
/** CPU time of this process since `cpu0` (ms): unlike wall-clock time, not inflated by other processes. */
const cpuMs = () => {
  const u = process.cpuUsage(cpu0);
  return (u.user + u.system) / 1000;
};
const probe = 'North Korea, the UN Security Council and KOMID';

/** The dictionary, read only in the build mode (the load modes read the file and nothing else). */
async function terms() {
  const [{ default: pack }, { default: snapshot }] = await Promise.all([
    import('../core/kb/packs/north-korea-sanctions.json'),
    import('../core/designations/snapshot.json'),
  ]);
  const { loadedEntities } = await import('./bench-match-dictionary');
  return termsOf(loadedEntities(pack, snapshot));
}

if (mode === 'build') {
  const list = await terms();
  const c0 = cpuMs();
  const t0 = performance.now();
  const m = createMatcher(list);
  const t1 = performance.now();
  const cpu = cpuMs() - c0;
  m.find(probe);
  console.log(JSON.stringify({ readyMs: t1 - t0, cpuMs: cpu, firstFindMs: performance.now() - t1 }));
} else if (mode === 'load-json' && file) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const json = readFileSync(file, 'utf8');
  const t1 = performance.now();
  const data = JSON.parse(json) as SerializedMatcher;
  const t2 = performance.now();
  const m = deserializeMatcher(data);
  const t3 = performance.now();
  const cpu = cpuMs() - c0;
  m.find(probe);
  const firstFindMs = performance.now() - t3;
  console.log(JSON.stringify({ readMs: t1 - t0, parseMs: t2 - t1, readyMs: t3 - t0, cpuMs: cpu, firstFindMs }));
} else if (mode === 'load-binary' && file) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const t1 = performance.now();
  const m = matcherFrom(matcherFromBinary(bytes));
  const t2 = performance.now();
  const cpu = cpuMs() - c0;
  m.find(probe);
  console.log(JSON.stringify({ readMs: t1 - t0, readyMs: t2 - t0, cpuMs: cpu, firstFindMs: performance.now() - t2 }));
} else {
  console.error('usage: bench-match-startup.ts build | load-json FILE | load-binary FILE');
  process.exit(2);
}
