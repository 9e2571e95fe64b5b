// Parts of the binary matcher (binary.ts): element widths, texts in an 8-bit and a 16-bit pool, packed gaps, checksum.
import { fitsIn16Bits, type IntArray } from './int-arrays';

/** Element types: `int` is u16 when every value of the section fits in 16 bits, else i32 (chosen when writing). */
export type Kind = 'int' | 'i32' | 'u16' | 'u8';
/** Element widths in bytes that a section of each kind may have. */
export const WIDTHS: Record<Kind, readonly number[]> = { int: [2, 4], i32: [4], u16: [2], u8: [1] };

/** A typed array of `width`-byte elements over `buffer`. */
export function viewOf(
  width: number,
  buffer: ArrayBuffer,
  at: number,
  length: number,
): Int32Array | Uint16Array | Uint8Array {
  if (width === 4) return new Int32Array(buffer, at, length);
  return width === 2 ? new Uint16Array(buffer, at, length) : new Uint8Array(buffer, at, length);
}

/** The element width in bytes to store `values` with, as a section of `kind`. */
export function widthFor(kind: Kind, values: ArrayLike<number>): number {
  if (kind !== 'int') return WIDTHS[kind][0]!;
  return fitsIn16Bits(values) ? 2 : 4;
}

/**
 * Texts (UTF-16 code units) stored in two pools: a text whose every unit is below 256 as bytes, any other as 16-bit
 * units (most names and keys are Latin: a third smaller than all in 16 bits). Text k is in the 16-bit pool when
 * wideStart[k + 1] > wideStart[k], else in the 8-bit one.
 */
export class PoolWriter {
  readonly narrow: number[] = [];
  readonly wide: number[] = [];
  readonly narrowStart = [0];
  readonly wideStart = [0];

  /** Adds a text; returns its index. */
  add(units: ArrayLike<number>): number {
    let narrow = true;
    for (let i = 0; i < units.length; i++) if (units[i]! > 0xff) narrow = false;
    const pool = narrow ? this.narrow : this.wide;
    for (let i = 0; i < units.length; i++) pool.push(units[i]!);
    this.narrowStart.push(this.narrow.length);
    this.wideStart.push(this.wide.length);
    return this.narrowStart.length - 2;
  }
}

/** A {@link PoolWriter}'s pools, as loaded. */
export interface Pool {
  narrow: Uint8Array;
  wide: Uint16Array;
  narrowStart: IntArray;
  wideStart: IntArray;
}

/** Text k of the pool, as a view (8-bit or 16-bit units). */
export function poolUnits(p: Pool, k: number): Uint8Array | Uint16Array {
  const w0 = p.wideStart[k]!;
  const w1 = p.wideStart[k + 1]!;
  return w1 > w0 ? p.wide.subarray(w0, w1) : p.narrow.subarray(p.narrowStart[k], p.narrowStart[k + 1]);
}

/** How many units the texts before text k have, both pools together. */
export function poolOffset(p: Pool, k: number): number {
  return p.narrowStart[k]! + p.wideStart[k]!;
}

/** Gap rules (0–3 each, rules.ts) packed four to a byte. */
export function packGaps(gaps: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.ceil(gaps.length / 4));
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i]!;
    if (g < 0 || g > 3) throw new Error(`Binary matcher: gap rule ${g} does not fit in 2 bits`);
    out[i >> 2]! |= g << ((i & 3) << 1);
  }
  return out;
}

/** `length` gap rules from {@link packGaps}'s output, starting with rule `from`. */
export function unpackGaps(packed: Uint8Array, from: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const at = from + i;
    out[i] = (packed[at >> 2]! >> ((at & 3) << 1)) & 3;
  }
  return out;
}

/**
 * FNV-1a over the int32 words, in chunks: a fresh page or worker runs this once, and a function called many times
 * is optimized sooner than one long loop (measured: about half the time in a fresh process). Any changed byte
 * changes it (each step is a bijection of the hash for a given word).
 */
export function checksum(words: Int32Array): number {
  let h = 0x811c9dc5;
  for (let from = 0; from < words.length; from += 4096)
    h = checksumPart(words, from, Math.min(words.length, from + 4096), h);
  return h;
}

function checksumPart(words: Int32Array, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ words[i]!, 16777619);
  return h;
}
