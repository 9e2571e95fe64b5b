// Probe: would a WebAssembly scanner reach 3× the floor? Times the bare row loop in JavaScript and in WebAssembly.
// Run: npx tsx scripts/bench-match-wasm.ts   (not part of npm test; figures in the README's matcher benchmark)
import { Buffer } from 'node:buffer';
import os from 'node:os';
import snapshot from '../core/designations/snapshot.json';
import pack from '../core/kb/packs/north-korea-sanctions.json';
import { ROW_ESCAPE } from '../core/match/automaton';
import { compileTerms, termsOf } from '../core/match/matcher';
import { scanTables, scanText } from '../core/match/scan';
import { syntheticPage } from './bench-match-corpus';
import { loadedEntities } from './bench-match-dictionary';

/**
 * scripts/bench-match/row-loop.wat as assembled by wabt's wat2wasm 1.0.39 (`npx -y -p wabt@1.0.39 wat2wasm
 * scripts/bench-match/row-loop.wat -o /tmp/row-loop.wasm`, then base64): exports `memory`, `rows`, `rows2`, `fnv`.
 */
const MODULE =
  'AGFzbQEAAAABGANgBH9/f38Bf2AFf39/f38Bf2ACf38BfwMEAwABAgUDAQBABx8EBm1lbW9yeQIABHJvd3MAAAVyb3dzMgABA2ZudgACCosCA00BA38CQANAIAAgAU8NASACIAQgAyAALQAAai0AAGpBAXRqLwEAIQUgBUE/cQRAIAZBAWohBkEAIQQFIAUhBAsgAEEBaiEADAALCyAGC4UBAQV/AkADQCAAIAFPDQEgAyAFIAQgAC0AAGotAABqQQF0ai8BACEHIAMgBiAEIAItAABqLQAAakEBdGovAQAhCCAHQT9xBEAgCUEBaiEJQQAhBQUgByEFCyAIQT9xBEAgCUEBaiEJQQAhBgUgCCEGCyAAQQFqIQAgAkEBaiECDAALCyAJCzQBAX9BxbvyiHghAgJAA0AgACABTw0BIAIgAC0AAHNBk4OACGwhAiAAQQFqIQAMAAsLIAIL';

interface RowLoop {
  memory: WebAssembly.Memory;
  rows(p: number, end: number, rows: number, cols: number): number;
  rows2(p: number, mid: number, q: number, rows: number, cols: number): number;
  fnv(p: number, end: number): number;
}

const ROUNDS = 41;
const WARMUP = 30;
/** Passes per timed sample (each is about a millisecond; CPU time has microsecond resolution). */
const PASSES = 5;
const COLS_AT = 1024;
const ROWS_AT = 1 << 16;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function cpuMs(f: () => unknown): number {
  const before = process.cpuUsage();
  for (let i = 0; i < PASSES; i++) f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / PASSES;
}

/** The bench's floor (scripts/bench-match.ts `floorPass`), as it is there: one bare pass over the texts. */
function floorPass(texts: string[]): number {
  let h = 0x811c9dc5;
  for (const t of texts) for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return h;
}

/** The scanner's one-lookup loop alone (core/match/scan.ts), every exit counted and sent back to the root's row. */
function jsRowLoop(text: string, rows: Uint16Array, columnOf: Uint8Array): number {
  let r = 0;
  let exits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = rows[r + (columnOf[text.charCodeAt(i)]! ^ ROW_ESCAPE)]!;
    if ((v & ROW_ESCAPE) === 0) r = v;
    else {
      exits++;
      r = 0;
    }
  }
  return exits;
}

const terms = termsOf(loadedEntities(pack, snapshot));
const compiled = compileTerms(terms);
const wasm = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(MODULE, 'base64')), {})
  .exports as unknown as RowLoop;
const encoder = new TextEncoder();

console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`);
console.log(
  `CPU time per pass, median of ${ROUNDS} interleaved rounds of ${PASSES} passes after ${WARMUP} warm-up rounds.`,
);

for (const [label, nodes, seed] of [
  ['synthetic page, 10,000 text nodes', 10_000, 1],
  ['synthetic page, 50,000 text nodes', 50_000, 2],
] as const) {
  // The bench's page and its matcher's rows as its scans leave them (lazy rows grown).
  const text = syntheticPage(nodes, terms, seed);
  const tables = scanTables(compiled.automaton, compiled.alphabet);
  for (let i = 0; i < 5; i++) scanText(text, tables, false);
  const rows = tables.lazy!.rows;
  const columnOf = tables.columnOf;
  // Per UTF-8 byte: an ASCII byte's column; every other byte takes the escape column (an exit, as a decoder would).
  const cols = new Uint8Array(256).fill(ROW_ESCAPE);
  for (let b = 0; b < 128; b++) cols[b] = columnOf[b]! ^ ROW_ESCAPE;
  const textAt = ROWS_AT + rows.byteLength;
  const needed = textAt + 3 * text.length;
  const pages = Math.ceil(needed / 65536) - wasm.memory.buffer.byteLength / 65536;
  if (pages > 0) wasm.memory.grow(pages);
  const memory = new Uint8Array(wasm.memory.buffer);
  memory.set(cols, COLS_AT);
  memory.set(new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength), ROWS_AT);
  let bytes = 0;
  const encode = () => (bytes = encoder.encodeInto(text, memory.subarray(textAt)).written);
  encode();
  const half = textAt + (bytes >> 1);

  const passes: [string, () => number][] = [
    ['floor: FNV-1a over the UTF-16 code units (the bench\u2019s)', () => floorPass([text])],
    ['JavaScript bare row loop over the code units', () => jsRowLoop(text, rows, columnOf)],
    ['TextEncoder.encodeInto into WebAssembly memory', encode],
    ['WebAssembly bare row loop over the UTF-8 bytes', () => wasm.rows(textAt, textAt + bytes, ROWS_AT, COLS_AT)],
    [
      'encodeInto, then the WebAssembly row loop',
      () => (encode(), wasm.rows(textAt, textAt + bytes, ROWS_AT, COLS_AT)),
    ],
    ['WebAssembly row loop, two halves interleaved', () => wasm.rows2(textAt, half, half, ROWS_AT, COLS_AT)],
    ['WebAssembly FNV-1a over the UTF-8 bytes', () => wasm.fnv(textAt, textAt + bytes)],
  ];
  for (let w = 0; w < WARMUP; w++) for (const [, pass] of passes) pass();
  const times = passes.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) passes.forEach(([, pass], k) => times[k]!.push(cpuMs(pass)));
  const floor = median(times[0]!);
  console.log(`\n${label}: ${text.length} code units, ${bytes} UTF-8 bytes`);
  passes.forEach(([name], k) => {
    const t = median(times[k]!);
    console.log(`  ${name.padEnd(58)} ${t.toFixed(3).padStart(7)} ms  ${(t / floor).toFixed(2)}× the floor`);
  });
}
