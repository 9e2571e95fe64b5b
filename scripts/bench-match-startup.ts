// One cold start of the matcher, in a fresh process (run by scripts/bench-match.ts): prints JSON timings in ms.
// Usage: tsx scripts/bench-match-startup.ts build | load FILE
import { readFileSync } from 'node:fs';
import snapshot from '../core/designations/snapshot.json';
import type { Entity } from '../core/kb/entity';
import pack from '../core/kb/packs/north-korea-sanctions.json';
import { createMatcher, deserializeMatcher, termsOf, type SerializedMatcher } from '../core/match/matcher';

const [mode, file] = process.argv.slice(2);
const entities = [...(pack.entities as unknown as Entity[]), ...(snapshot.entities as unknown as Entity[])];
const probe = 'North Korea, the UN Security Council and KOMID';
if (mode === 'build') {
  const terms = termsOf(entities);
  const t0 = performance.now();
  const m = createMatcher(terms);
  const t1 = performance.now();
  m.find(probe);
  console.log(JSON.stringify({ readyMs: t1 - t0, firstFindMs: performance.now() - t1 }));
} else if (mode === 'load' && file) {
  const json = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const data = JSON.parse(json) as SerializedMatcher;
  const t1 = performance.now();
  const m = deserializeMatcher(data);
  const t2 = performance.now();
  m.find(probe);
  console.log(JSON.stringify({ parseMs: t1 - t0, readyMs: t2 - t1, firstFindMs: performance.now() - t2 }));
} else {
  console.error('usage: bench-match-startup.ts build | load FILE');
  process.exit(2);
}
