// Benchmarks the entity matcher on real and synthetic pages against a bare pass and two RegExp approaches.
// Run: npx tsx scripts/bench-match.ts   (reads ../shared/corpus/web-pages when present; copies nothing)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import snapshot from '../core/designations/snapshot.json';
import pack from '../core/kb/packs/north-korea-sanctions.json';
import {
  compileTerms,
  createMatcher,
  deserializeMatcher,
  serializeMatcher,
  termsOf,
  type Matcher,
  type MatcherTerm,
} from '../core/match/matcher';
import { matcherToBinary } from '../core/match/binary';
import { loadRealPages, syntheticPage } from './bench-match-corpus';
import { loadedEntities } from './bench-match-dictionary';

const CONTEXT = ['north-korea', 'pyongyang', 'kim-jong-un'];
const ROUNDS = 15;
const BUILDS = 11;
/** Passes run before measuring, so that the numbers are the optimized code's (the first, cold one is printed too). */
const WARMUP = 5;
const TARGET = { floorRatio: 3, perTermSpeedup: 20, buildMs: 50, loadMs: 10 };

const here = dirname(fileURLToPath(import.meta.url));
const entities = loadedEntities(pack, snapshot);
const terms = termsOf(entities);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
/**
 * The CPU time (user + system, ms) that `f` takes in this process. Unlike wall-clock time it does not count the
 * time other processes hold the CPU, which on a shared machine otherwise swamps the ratios.
 */
function time(f: () => unknown): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// --- The approaches, each over a list of page texts; each returns a count so that no work can be skipped. ---

/** The floor: one bare pass over the text (FNV-1a checksum of the UTF-16 code units). */
function floorPass(texts: string[]): number {
  let h = 0x811c9dc5;
  for (const t of texts) for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return h;
}

function matcherPass(m: Matcher, texts: string[]): number {
  let n = 0;
  for (const t of texts) n += m.find(t).length;
  return n;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** mark.js's way: one `new RegExp(term, 'gi')` per term, each run over the whole text. */
function perTermPass(list: MatcherTerm[], texts: string[]): number {
  let n = 0;
  for (const t of texts) {
    for (const term of list) {
      const re = new RegExp(escape(term.text), 'gi');
      while (re.exec(t)) n++;
    }
  }
  return n;
}

/**
 * One big alternation RegExp of every term, longest first, case-insensitive: its fastest form. (The old engine's,
 * with `\s+` inside names and the `u` flag, was 15–80× slower still on this dictionary, minutes per corpus.)
 */
function alternation(list: MatcherTerm[]): RegExp {
  const sources = [...new Set(list.map((t) => escape(t.text.normalize('NFC').trim())))];
  return new RegExp(sources.sort((a, b) => b.length - a.length).join('|'), 'gi');
}

function alternationPass(re: RegExp, texts: string[]): number {
  let n = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t)) n++;
  }
  return n;
}

// --- Dictionary and build time. ---

const compiledOnce = compileTerms(terms);
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`);
console.log(`Times: this process's CPU time, median of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up passes.`);
console.log(
  `Dictionary: ${entities.length} entities, ${terms.length} names → ${compiledOnce.patternCount} keys ` +
    `(with case forms and spellings), ${compiledOnce.automaton.states} automaton states, ` +
    `${compiledOnce.alphabet.size} key characters`,
);
const firstBuild = time(() => createMatcher(terms, { contextEntityIds: CONTEXT }));
for (let i = 0; i < WARMUP; i++) createMatcher(terms, { contextEntityIds: CONTEXT });
const builds: number[] = [];
for (let i = 0; i < BUILDS; i++) builds.push(time(() => createMatcher(terms, { contextEntityIds: CONTEXT })));
const buildMs = median(builds);
const json = JSON.stringify(serializeMatcher(terms));
const loads: number[] = [];
const parses: number[] = [];
for (let i = 0; i < WARMUP; i++) deserializeMatcher(JSON.parse(json) as ReturnType<typeof serializeMatcher>);
for (let i = 0; i < BUILDS; i++) {
  let data: ReturnType<typeof serializeMatcher> | undefined;
  parses.push(time(() => (data = JSON.parse(json) as ReturnType<typeof serializeMatcher>)));
  loads.push(time(() => deserializeMatcher(data!, { contextEntityIds: CONTEXT })));
}
const loadMs = median(loads);
console.log(
  `Build: first (cold) ${ms(firstBuild)}, then median of ${BUILDS} ${ms(buildMs)}; serialized ${(json.length / 1e6).toFixed(2)} MB ` +
    `of JSON, load ${ms(loadMs)} (median; JSON.parse ${ms(median(parses))} more)`,
);
// Startup as a freshly started background meets it: a fresh process, nothing compiled by the JIT yet. Side by side,
// interleaved: compiling from the names, loading the JSON form (read + JSON.parse + load), loading the binary form
// (read + checks + views), each until the matcher is ready to find.
const STARTS = 7;
const startupDir = mkdtempSync(join(os.tmpdir(), 'bench-match-'));
const jsonFile = join(startupDir, 'matcher.json');
const binaryFile = join(startupDir, 'matcher.bin');
writeFileSync(jsonFile, json);
const binary = matcherToBinary(compiledOnce);
writeFileSync(binaryFile, binary);
interface ColdStart {
  readyMs: number;
  cpuMs: number;
  parseMs?: number;
  readMs?: number;
}
function coldStart(args: string[]): ColdStart {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(here, 'bench-match-startup.ts'), ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ColdStart;
}
const cold: Record<'build' | 'json' | 'binary', ColdStart[]> = { build: [], json: [], binary: [] };
for (let i = 0; i < STARTS; i++) {
  cold.build.push(coldStart(['build']));
  cold.json.push(coldStart(['load-json', jsonFile]));
  cold.binary.push(coldStart(['load-binary', binaryFile]));
}
rmSync(startupDir, { recursive: true, force: true });
const coldOf = (runs: ColdStart[], key: keyof ColdStart) => median(runs.map((r) => r[key] ?? 0));
const coldBuildMs = coldOf(cold.build, 'readyMs');
const coldJsonMs = coldOf(cold.json, 'readyMs');
const coldBinaryMs = coldOf(cold.binary, 'readyMs');
console.log(
  `Startup, fresh process, median of ${STARTS} (wall-clock; CPU time of the process in brackets):\n` +
    `  build from the names        ${ms(coldBuildMs)} (${ms(coldOf(cold.build, 'cpuMs'))})\n` +
    `  load JSON, ${(json.length / 1e6).toFixed(2)} MB          ${ms(coldJsonMs)} (${ms(coldOf(cold.json, 'cpuMs'))}); ` +
    `of which read ${ms(coldOf(cold.json, 'readMs'))}, JSON.parse ${ms(coldOf(cold.json, 'parseMs'))}\n` +
    `  load binary, ${(binary.length / 1e6).toFixed(2)} MB        ${ms(coldBinaryMs)} (${ms(coldOf(cold.binary, 'cpuMs'))}); ` +
    `of which read ${ms(coldOf(cold.binary, 'readMs'))}`,
);
const matcher = createMatcher(terms, { contextEntityIds: CONTEXT });
const altRe = alternation(terms);
alternationPass(altRe, ['warm-up: North Korea']);

// --- Scans. ---

interface Row {
  corpus: string;
  chars: number;
  mbPerS: number;
  floorRatio: number;
  perTermSpeedup: number;
  alternationSpeedup: number;
}
const rows: Row[] = [];

function bench(corpus: string, texts: string[]): void {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  const cold = time(() => matcherPass(matcher, texts)); // also fills the character tables
  for (let i = 0; i < WARMUP; i++) {
    floorPass(texts);
    matcherPass(matcher, texts);
  }
  const floor: number[] = [];
  const scan: number[] = [];
  let found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    floor.push(time(() => floorPass(texts)));
    scan.push(time(() => (found = matcherPass(matcher, texts))));
  }
  // The RegExp approaches take seconds: once each, between two more rounds of the two above.
  let perTermHits = 0;
  let altHits = 0;
  const perTerm = time(() => (perTermHits = perTermPass(terms, texts)));
  floor.push(time(() => floorPass(texts)));
  scan.push(time(() => matcherPass(matcher, texts)));
  const alt = time(() => (altHits = alternationPass(altRe, texts)));
  floor.push(time(() => floorPass(texts)));
  scan.push(time(() => matcherPass(matcher, texts)));
  const [f, s] = [median(floor), median(scan)];
  const row: Row = {
    corpus,
    chars,
    mbPerS: mb / (s / 1000),
    floorRatio: s / f,
    perTermSpeedup: perTerm / s,
    alternationSpeedup: alt / s,
  };
  rows.push(row);
  console.log(
    `\n${corpus}: ${texts.length} text(s), ${(chars / 1e6).toFixed(2)} M chars (${mb.toFixed(2)} MB UTF-8)\n` +
      `  floor (bare pass)        ${ms(f)}\n` +
      `  matcher                  ${ms(s)}  ${row.mbPerS.toFixed(1)} MB/s  ${row.floorRatio.toFixed(2)}× the floor  ` +
      `(${found} matches; first, cold pass ${ms(cold)})\n` +
      `  one RegExp per term      ${ms(perTerm)}  matcher is ${row.perTermSpeedup.toFixed(0)}× faster ` +
      `(${perTermHits} raw hits)\n` +
      `  one alternation RegExp   ${ms(alt)}  matcher is ${row.alternationSpeedup.toFixed(0)}× faster ` +
      `(${altHits} raw hits)`,
  );
}

const pagesDir = resolve(here, '../../shared/corpus/web-pages');
const real = loadRealPages(pagesDir);
if (real)
  bench(
    `real pages (${pagesDir})`,
    real.map((p) => p.text),
  );
else console.log(`\nReal pages skipped: ${pagesDir} is absent.`);
bench('synthetic page, 10,000 text nodes', [syntheticPage(10_000, terms, 1)]);
bench('synthetic page, 50,000 text nodes', [syntheticPage(50_000, terms, 2)]);

// --- Summary. ---

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const worstFloor = Math.max(...rows.map((r) => r.floorRatio));
const worstPerTerm = Math.min(...rows.map((r) => r.perTermSpeedup));
const ready = coldBuildMs <= TARGET.buildMs || coldBinaryMs <= TARGET.loadMs;
console.log('\nSummary');
console.log('| target | measured | result |');
console.log('| --- | --- | --- |');
console.log(
  `| scan within ${TARGET.floorRatio}× of the floor (worst corpus) | ${worstFloor.toFixed(2)}× | ` +
    `${verdict(worstFloor <= TARGET.floorRatio)} |`,
);
console.log(
  `| ≥ ${TARGET.perTermSpeedup}× faster than one RegExp per term (worst corpus) | ${worstPerTerm.toFixed(0)}× | ` +
    `${verdict(worstPerTerm >= TARGET.perTermSpeedup)} |`,
);
console.log(
  `| ready at startup in ≤ ${TARGET.buildMs} ms (build) or ≤ ${TARGET.loadMs} ms (load serialized), fresh process | ` +
    `build ${ms(coldBuildMs)}, load binary ${ms(coldBinaryMs)}, load JSON ${ms(coldJsonMs)} ` +
    `(warm: build ${ms(buildMs)}, JSON load ${ms(loadMs)} + parse) | ${verdict(ready)} |`,
);
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.arch()}`);
