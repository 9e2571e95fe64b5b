// Compact text form of entity matches for messages: one string per text instead of an array of numbers, which a
// browser's extension messaging encodes and decodes number by number (tens of ms for a long page's matches).

/**
 * Encodes flat triples (start, end, entity index; starts in any order) as one string: per match the start's
 * difference from the previous start, the length and the entity index, in base 36, separated by commas.
 */
export function encodeSpans(flat: readonly number[]): string {
  const parts: string[] = [];
  let prev = 0;
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const start = flat[i]!;
    parts.push((start - prev).toString(36), (flat[i + 1]! - start).toString(36), flat[i + 2]!.toString(36));
    prev = start;
  }
  return parts.join(',');
}

/** Thrown for a string that {@link encodeSpans} did not make. */
export class SpansFormatError extends Error {
  override name = 'SpansFormatError';
}

function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

/** Decodes {@link encodeSpans}' string back to flat triples (start, end, entity index). */
export function decodeSpans(text: string): number[] {
  const out: number[] = [];
  if (text === '') return out;
  let value = 0;
  let sign = 1;
  let digits = 0;
  let field = 0;
  let start = 0;
  const end = (i: number) => {
    if (digits === 0) throw new SpansFormatError(`Bad match spans at ${i}`);
    const v = sign * value;
    if (field === 0) {
      start += v;
      out.push(start);
    } else if (field === 1) out.push(start + v);
    else out.push(v);
    field = (field + 1) % 3;
    value = 0;
    sign = 1;
    digits = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) end(i);
    else if (c === 45 && digits === 0 && sign === 1) sign = -1;
    else {
      const d = digit(c);
      if (d < 0) throw new SpansFormatError(`Bad match spans at ${i}`);
      value = value * 36 + d;
      digits++;
    }
  }
  end(text.length);
  if (field !== 0) throw new SpansFormatError('Match spans end inside a match');
  return out;
}
