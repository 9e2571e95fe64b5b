// A term's identity as one number, so that a precompiled matcher can tell which terms it has without decoding them.
import type { MatcherTerm } from './matcher';

/**
 * A 53-bit hash of everything about a term that matching depends on (entity, text, language, flags): two 32-bit
 * FNV-1a hashes of its description, one cut to 21 bits. Equal terms have equal keys; a chance collision would make a
 * term count as the base's (one in about 10^12 per pair).
 */
export function termKey(t: MatcherTerm): number {
  const s = `${t.entityId}\u0000${t.text}\u0000${t.lang ?? ''}\u0000${t.caseSensitive === true ? 1 : 0}${t.ambiguous === true ? 1 : 0}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}
