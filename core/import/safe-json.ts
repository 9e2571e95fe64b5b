// JSON parsing for untrusted files: keys that could reach Object.prototype are dropped while parsing.

/** Keys that are dropped from every parsed object, at any depth. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain JSON object. */
export type JsonRecord = Record<string, unknown>;

/**
 * Parses JSON, dropping every `__proto__`, `constructor` and `prototype` key (JSON.parse itself makes them own
 * properties, harmless until some code merges the object into another; dropping them means no later code can).
 * @throws SyntaxError for text that is not JSON, or RangeError for absurdly deep nesting
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** Whether a value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a value for error messages: `"abc"`, `a number`, `an array`, `null`, `missing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
