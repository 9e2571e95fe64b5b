// Composes decomposed text to NFC before matching, keeping the map from each offset back to the original.
import * as normalize from './normalize';

// Imported bindings as this module's own constants (tsx compiles each use of an imported binding to a getter call).
const { charInfo, KIND_MARK } = normalize;

/** A text composed to NFC where it held decomposed characters, with each of its offsets' place in the original. */
export interface Composed {
  text: string;
  /** Original offset where the code unit at each offset (and one past the end) starts. */
  starts: Int32Array;
  /** Original offset where the code unit at each offset ends. */
  ends: Int32Array;
}

/** Composes `text` to NFC one base-plus-marks sequence at a time, keeping the map back to the original. */
export function compose(text: string): Composed {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && charInfo(text.charCodeAt(j)).kind === KIND_MARK) j++;
    const seg = j - i > 1 ? text.slice(i, j).normalize('NFC') : text[i]!;
    for (let u = 0; u < seg.length; u++) {
      starts.push(seg.length === j - i ? i + u : i);
      ends.push(seg.length === j - i ? i + u + 1 : j);
    }
    parts.push(seg);
    i = j;
  }
  starts.push(text.length);
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
