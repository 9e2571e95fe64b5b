// Normalizers for a backup's user entities, aliases and settings: known fields copied into fresh objects, or a reason.
import { ENTITY_TYPES, type Entity, type EntityName, type EntityType } from '../kb/entity';
import type { BackupAlias, BackupSetting } from '../export/backup';
import { FIELD_LIMITS } from './import-error';
import { MAX_TIME } from './note-shape';
import { describeValue, isRecord, type JsonRecord } from './safe-json';

/** The outcome of a normalizer: the fresh value, or why the item was rejected. */
export type Normalized<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_NAME = 200;
const MAX_TEXT = 10_000;
const MAX_LIST = 1_000;
/** How deeply a setting's value may nest. */
export const MAX_SETTING_DEPTH = 32;

const IDENTIFIER_SCHEMES = ['un', 'ofac', 'imo', 'eu', 'uk', 'other'];
const RELATION_TYPES = ['member-of', 'created-by', 'designated-under', 'successor-of', 'part-of', 'related-to'];
const LISTS = ['un', 'us', 'eu', 'uk'];

class Reject extends Error {}

function obj(v: unknown, path: string): JsonRecord {
  if (!isRecord(v)) throw new Reject(`${path} must be an object, got ${describeValue(v)}`);
  return v;
}

function str(v: unknown, path: string, max: number, nonEmpty = false): string {
  if (typeof v !== 'string') throw new Reject(`${path} must be a string, got ${describeValue(v)}`);
  if (v.length > max) throw new Reject(`${path} is longer than ${max} characters`);
  if (nonEmpty && v.trim() === '') throw new Reject(`${path} is empty`);
  return v;
}

function optStr(v: unknown, path: string, max: number): string | undefined {
  return v === undefined ? undefined : str(v, path, max);
}

function optBool(v: unknown, path: string): boolean | undefined {
  if (v !== undefined && typeof v !== 'boolean') throw new Reject(`${path} must be true or false`);
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly string[]): T {
  if (typeof v !== 'string' || !allowed.includes(v)) {
    throw new Reject(`${path} must be one of ${allowed.join(', ')}, got ${describeValue(v)}`);
  }
  return v as T;
}

function list<T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) throw new Reject(`${path} must be an array, got ${describeValue(v)}`);
  if (v.length > MAX_LIST) throw new Reject(`${path} has more than ${MAX_LIST} items`);
  return v.map((x, i) => item(x, `${path}[${i}]`));
}

/** Adds the optional fields that are defined, so that no key holds `undefined`. */
function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out as T;
}

function run<T>(fn: () => T): Normalized<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (err instanceof Reject) return { ok: false, reason: err.message };
    throw err;
  }
}

function entityName(v: unknown, p: string): EntityName {
  const n = obj(v, p);
  return withOptional<EntityName>(
    { text: str(n.text, `${p}.text`, MAX_NAME, true), lang: str(n.lang, `${p}.lang`, FIELD_LIMITS.lang) },
    {
      caseSensitive: optBool(n.caseSensitive, `${p}.caseSensitive`),
      ambiguous: optBool(n.ambiguous, `${p}.ambiguous`),
    },
  );
}

/** A user entity from a backup: origin must be `user` (bundled and official-list entities are never imported). */
export function normalizeUserEntity(raw: unknown): Normalized<Entity> {
  return run(() => {
    const e = obj(raw, 'entity');
    if (e.origin !== 'user') throw new Reject(`origin must be "user", got ${describeValue(e.origin)}`);
    const entity: Entity = {
      id: str(e.id, 'id', FIELD_LIMITS.id, true),
      type: oneOf<EntityType>(e.type, 'type', ENTITY_TYPES),
      origin: 'user',
      name: str(e.name, 'name', MAX_NAME, true),
      names: list(e.names, 'names', entityName),
      background: str(e.background ?? '', 'background', MAX_TEXT),
      dates: list(e.dates ?? [], 'dates', (d, p) => {
        const o = obj(d, p);
        return { date: str(o.date, `${p}.date`, 10, true), label: str(o.label, `${p}.label`, MAX_NAME) };
      }),
      identifiers: list(e.identifiers ?? [], 'identifiers', (d, p) => {
        const o = obj(d, p);
        return {
          scheme: oneOf(o.scheme, `${p}.scheme`, IDENTIFIER_SCHEMES),
          value: str(o.value, `${p}.value`, MAX_NAME, true),
        };
      }),
      relations: list(e.relations ?? [], 'relations', (d, p) => {
        const o = obj(d, p);
        return {
          type: oneOf(o.type, `${p}.type`, RELATION_TYPES),
          target: str(o.target, `${p}.target`, FIELD_LIMITS.id, true),
        };
      }),
      sources: list(e.sources ?? [], 'sources', (d, p) => {
        const o = obj(d, p);
        return withOptional(
          {
            title: str(o.title, `${p}.title`, MAX_NAME * 5),
            publisher: str(o.publisher, `${p}.publisher`, MAX_NAME),
            url: str(o.url, `${p}.url`, FIELD_LIMITS.url),
          },
          { date: optStr(o.date, `${p}.date`, 10) },
        );
      }),
    };
    if (e.designations !== undefined) {
      entity.designations = list(e.designations, 'designations', (d, p) => {
        const o = obj(d, p);
        return withOptional(
          { list: oneOf(o.list, `${p}.list`, LISTS) },
          {
            reference: optStr(o.reference, `${p}.reference`, MAX_NAME),
            listedOn: optStr(o.listedOn, `${p}.listedOn`, 10),
            program: optStr(o.program, `${p}.program`, MAX_NAME),
          },
        );
      });
    }
    return entity;
  });
}

function created(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > MAX_TIME) {
    throw new Reject(`${path} must be a time in epoch milliseconds, got ${describeValue(v)}`);
  }
  return v;
}

/** A user alias from a backup. */
export function normalizeAlias(raw: unknown): Normalized<BackupAlias> {
  return run(() => {
    const a = obj(raw, 'alias');
    return withOptional<BackupAlias>(
      {
        id: str(a.id, 'id', FIELD_LIMITS.id, true),
        entityId: str(a.entityId, 'entityId', FIELD_LIMITS.id, true),
        text: str(a.text, 'text', MAX_NAME, true),
        lang: str(a.lang, 'lang', FIELD_LIMITS.lang),
        created: created(a.created, 'created'),
      },
      { caseSensitive: optBool(a.caseSensitive, 'caseSensitive') },
    );
  });
}

/** How deeply a JSON value nests (iteratively, so that a hostile value cannot exhaust the stack). */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    max = Math.max(max, depth);
    if (typeof v === 'object' && v !== null) for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

/** A setting from a backup: its value is kept as parsed (already free of prototype keys), up to a nesting depth. */
export function normalizeSetting(raw: unknown): Normalized<BackupSetting> {
  return run(() => {
    const s = obj(raw, 'setting');
    const version = s.version;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
      throw new Reject(`version must be a whole number, got ${describeValue(version)}`);
    }
    if (!('value' in s)) throw new Reject('value is missing');
    if (jsonDepth(s.value) > MAX_SETTING_DEPTH) throw new Reject(`value nests deeper than ${MAX_SETTING_DEPTH}`);
    return { key: str(s.key, 'key', FIELD_LIMITS.id, true), value: s.value, version };
  });
}
