// Helpers for reading annotations from other tools: one-or-many values, ISO times, selectors, stable fallback ids.
import type { RangeSelector, TextPositionSelector, TextQuoteSelector } from '../notes/note';
import { isRecord, type JsonRecord } from './safe-json';

/** A JSON-LD value that may be one item or a list, as a list (`undefined` gives an empty one). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first string of a one-or-many value, if any. */
export function firstString(value: unknown): string | undefined {
  return asList(value).find((v): v is string => typeof v === 'string');
}

/** Whether a one-or-many `type` (or `motivation`, `purpose`) value includes a name. */
export function hasValue(value: unknown, name: string): boolean {
  return asList(value).includes(name);
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO 8601 date-time with a time zone (as the Web Annotation model and Hypothesis write them, with any number of
 * fractional digits) as epoch ms, or null when it is not one or is outside years 0–9999.
 */
export function parseIsoTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const fraction = m[2] ? `.${m[2].slice(0, 3).padEnd(3, '0')}` : '';
  const ms = Date.parse(`${m[1]}${fraction}${m[3]}`);
  return Number.isFinite(ms) && ms >= 0 && ms <= Date.UTC(9999, 11, 31, 23, 59, 59, 999) ? ms : null;
}

/** The selectors that make a note, found among a target's selectors (in either W3C or Hypothesis form). */
export interface FoundSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  range?: RangeSelector;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function rangePoint(selector: unknown): { container: string; offset: number } | null {
  if (!isRecord(selector) || selector.type !== 'XPathSelector' || typeof selector.value !== 'string') return null;
  const refined = asList(selector.refinedBy).find((r) => isRecord(r) && r.type === 'TextPositionSelector');
  if (!isRecord(refined) || !isCount(refined.start)) return null;
  return { container: selector.value, offset: refined.start };
}

/** A RangeSelector in W3C form (XPath start and end selectors refined by offsets) or Hypothesis form. */
export function readRangeSelector(s: JsonRecord): RangeSelector | undefined {
  if (typeof s.startContainer === 'string' && typeof s.endContainer === 'string') {
    if (!isCount(s.startOffset) || !isCount(s.endOffset)) return undefined;
    const { startContainer, startOffset, endContainer, endOffset } = s;
    return { type: 'RangeSelector', startContainer, startOffset, endContainer, endOffset };
  }
  const start = rangePoint(s.startSelector);
  const end = rangePoint(s.endSelector);
  if (!start || !end) return undefined;
  return {
    type: 'RangeSelector',
    startContainer: start.container,
    startOffset: start.offset,
    endContainer: end.container,
    endOffset: end.offset,
  };
}

/**
 * The first TextQuote, TextPosition and Range selectors among some selectors. A quote's prefix and suffix may be
 * absent (they become empty); a malformed selector is skipped, and a quote that is not a string is no quote.
 */
export function findSelectors(selectors: unknown): FoundSelectors {
  const found: FoundSelectors = {};
  for (const s of asList(selectors)) {
    if (!isRecord(s)) continue;
    if (s.type === 'TextQuoteSelector' && !found.quote && typeof s.exact === 'string') {
      found.quote = {
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      };
    } else if (s.type === 'TextPositionSelector' && !found.position && isCount(s.start) && isCount(s.end)) {
      found.position = { type: 'TextPositionSelector', start: s.start, end: s.end };
    } else if (s.type === 'RangeSelector' && !found.range) {
      found.range = readRangeSelector(s);
    }
  }
  return found;
}

/**
 * A stable id for an annotation that has none (or one too long to keep), from what identifies it, so that importing
 * the same file twice finds the same notes (53-bit cyrb53 hash, in base 36).
 */
export function fallbackId(...parts: string[]): string {
  const str = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `import-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The host name of a URL without `www.`, or '' when it is not a URL. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
