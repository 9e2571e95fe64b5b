// Small shape checkers for untrusted message payloads.

/** Thrown when a message does not have the expected shape. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** Asserts a plain object (not null, not an array). */
export function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new InvalidMessageError(`${path} must be an object`);
  return v as Record<string, unknown>;
}

/** Asserts a string of at most `max` characters. */
export function str(v: unknown, path: string, max = 10_000): string {
  if (typeof v !== 'string') throw new InvalidMessageError(`${path} must be a string`);
  if (v.length > max) throw new InvalidMessageError(`${path} is longer than ${max} characters`);
  return v;
}

/** Asserts an optional string. */
export function optStr(v: unknown, path: string, max = 10_000): string | undefined {
  return v === undefined ? undefined : str(v, path, max);
}

/** Asserts a non-negative safe integer. */
export function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new InvalidMessageError(`${path} must be a non-negative integer`);
  return v;
}

/** Asserts an array of at most `max` items, checking each. */
export function arr<T>(v: unknown, path: string, max: number, item: (x: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) throw new InvalidMessageError(`${path} must be an array`);
  if (v.length > max) throw new InvalidMessageError(`${path} has more than ${max} items`);
  return v.map((x, i) => item(x, `${path}[${i}]`));
}

/** Asserts one of the allowed values. */
export function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw new InvalidMessageError(`${path} must be one of ${allowed.join(', ')}`);
  return v as T;
}

/** Asserts a number from 0 to 1. */
export function fraction(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
    throw new InvalidMessageError(`${path} must be a number from 0 to 1`);
  return v;
}

/** Asserts a boolean. */
export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new InvalidMessageError(`${path} must be true or false`);
  return v;
}
