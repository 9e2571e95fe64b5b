// Fuzz test of the importer: over 1,000 seeded malformed inputs, each a clear error or well-formed notes.
import { afterAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../export/backup';
import { testBackupData, testEntityName, variedNotes } from '../export/test-notes';
import { seededRandom } from '../seeded-random';
import { exportW3c } from '../export/w3c-export';
import { ImportFormatError, MAX_IMPORT_CHARS } from './import-error';
import { importNotesFile } from './import-file';
import type { ImportResult } from './import-result';
import { validateNoteShape } from './note-shape';
import { HYPOTHESIS_EXPORT, HYPOTHESIS_JSONLD, W3C_EXAMPLE } from './test-fixtures';

type Path = (string | number)[];
const rand = seededRandom(20261125);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const options = { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25), entityName: testEntityName };

/** Valid files of every format, as objects. */
const BASES: Record<string, unknown> = {
  backup: JSON.parse(exportBackup(testBackupData(4, 77), options)),
  w3c: JSON.parse(exportW3c(variedNotes(3, 78), options)),
  hypothesis: HYPOTHESIS_EXPORT,
  jsonld: HYPOTHESIS_JSONLD,
  list: [W3C_EXAMPLE, HYPOTHESIS_JSONLD],
};

/** Every path into a value (arrays: their first two items only, so that the count stays bounded). */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.slice(0, 2).map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [
    [...prefix, k],
    ...paths((value as Record<string | number, unknown>)[k], [...prefix, k]),
  ]);
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

/** A deep copy with the value at `path` replaced, or deleted when `replacement` is the DELETE marker. */
const DELETE = Symbol('delete');
function withValue(base: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(base);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (replacement !== DELETE) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const counts: Record<string, number> = {};
let total = 0;
let rejected = 0;
let notesImported = 0;

/** Imports one malformed input: a clear error, or a result whose notes are all well-formed, and no pollution. */
function check(category: string, text: string): void {
  counts[category] = (counts[category] ?? 0) + 1;
  total++;
  let result: ImportResult | null = null;
  try {
    result = importNotesFile(text, { now: options.now });
  } catch (err) {
    if (!(err instanceof ImportFormatError)) {
      throw new Error(`${category}: unexpected ${String(err)} for ${text.slice(0, 200)}`, { cause: err });
    }
    expect(err.message.length).toBeGreaterThan(10);
    rejected++;
  }
  if (result) {
    for (const note of result.notes) expect(validateNoteShape(note)).toEqual([]);
    for (const issue of [...result.invalid, ...result.warnings]) expect(issue.reason).toMatch(/\S/);
    notesImported += result.notes.length;
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  '',
  'x',
  [],
  {},
  [1, 'a'],
  { a: { b: [] } },
  '2024-13-45',
];
const HOSTILE = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="alert(1)">',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];

describe('import fuzzing (seeded, deterministic)', { timeout: 120_000 }, () => {
  afterAll(() => {
    console.info(
      `Import fuzz: ${total} malformed inputs (${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); ${rejected} rejected with a clear error, the rest gave ${notesImported} valid notes`,
    );
  });

  it('truncated JSON at random points of valid exports', () => {
    for (const [name, base] of Object.entries(BASES)) {
      const text = JSON.stringify(base);
      for (let i = 0; i < 80; i++) check(`truncated`, text.slice(0, Math.floor(rand() * text.length)));
      expect(() => importNotesFile(text.slice(0, -1), { now: 0 }), name).toThrow(ImportFormatError);
    }
  });

  it('wrong types in every field', () => {
    for (const base of Object.values(BASES)) {
      for (const path of paths(base)) {
        for (let i = 0; i < 3; i++) check('wrong type', JSON.stringify(withValue(base, path, pick(WRONG_VALUES))));
      }
    }
  });

  it('missing fields', () => {
    for (const base of Object.values(BASES)) {
      for (const path of paths(base)) check('missing field', JSON.stringify(withValue(base, path, DELETE)));
    }
  });

  it('enormous strings in text fields', () => {
    for (const base of Object.values(BASES)) {
      const strings = paths(base).filter((p) => typeof valueAt(base, p) === 'string');
      for (let i = 0; i < 12; i++) {
        const size = pick([5_001, 100_001, 1_000_000]);
        check('enormous string', JSON.stringify(withValue(base, pick(strings), pick(['x', '한', '🚢']).repeat(size))));
      }
    }
  }, 60_000);

  it('a 50 MB string is rejected by the size check, fast', () => {
    const huge =
      '{"format":"sanctions-lens-backup","formatVersion":1,"notes":["' + 'a'.repeat(MAX_IMPORT_CHARS) + '"]}';
    const started = performance.now();
    check('50 MB', huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => importNotesFile(huge, { now: 0 })).toThrow(/more than the 50 MB/);
  });

  it('__proto__, constructor and prototype keys in every object', () => {
    const injections = [
      '"__proto__":{"polluted":"yes"}',
      '"constructor":{"prototype":{"polluted":"yes"}}',
      '"prototype":{"polluted":"yes"}',
      '"__proto__":{"__proto__":{"polluted":"yes"}}',
    ];
    for (const base of Object.values(BASES)) {
      const text = JSON.stringify(base);
      const objectStarts = [...text.matchAll(/\{/g)].map((m) => m.index);
      for (const at of objectStarts.slice(0, 60)) {
        const injected = pick(injections);
        const rest = text.slice(at + 1);
        check('prototype keys', `${text.slice(0, at + 1)}${injected}${rest.startsWith('}') ? '' : ','}${rest}`);
      }
    }
  });

  it('HTML and script in every text field, kept as plain text', () => {
    for (const base of Object.values(BASES)) {
      for (const path of paths(base).filter((p) => typeof valueAt(base, p) === 'string')) {
        check('HTML and script', JSON.stringify(withValue(base, path, pick(HOSTILE))));
      }
    }
    const comment = [{ type: 'TextualBody', purpose: 'commenting', value: HOSTILE[0] }];
    const r = importNotesFile(JSON.stringify(withValue(BASES.w3c, ['first', 'items', 0, 'body'], comment)), { now: 0 });
    expect(r.notes[0]!.comment).toBe(HOSTILE[0]);
  });

  it('random bytes and random JSON-like tokens', () => {
    for (let i = 0; i < 120; i++) {
      const length = Math.floor(rand() * 400);
      const bytes = Array.from({ length }, () => String.fromCharCode(Math.floor(rand() * 0x10000))).join('');
      check('random bytes', pick(['', '{', '[', '\uFEFF{']) + bytes);
    }
    const tokens = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"type"',
      '"Annotation"',
      '"format"',
      '1e999',
      'null',
      '-0',
      '"\\ud800"',
      '"__proto__"',
    ];
    for (let i = 0; i < 120; i++) {
      check('random tokens', Array.from({ length: 1 + Math.floor(rand() * 40) }, () => pick(tokens)).join(''));
    }
    check('deep nesting', '['.repeat(100_000) + ']'.repeat(100_000));
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const key of ['type', 'target', 'body', 'motivation', 'selector', 'id', 'created']) {
      check('deep nesting', `[{"@context":"http://www.w3.org/ns/anno.jsonld"},{"${key}":${deep}}]`);
    }
    check('deep nesting', `{"format":"sanctions-lens-backup","formatVersion":1,"notes":[{"tags":${deep}}]}`);
    check(
      'deep nesting',
      '{"format":"sanctions-lens-backup","formatVersion":1,"notes":[],"settings":[{"key":"k","version":1,"value":' +
        '['.repeat(5000) +
        ']'.repeat(5000) +
        '}]}',
    );
  });

  it('ran at least 1,000 malformed inputs', () => {
    expect(total).toBeGreaterThanOrEqual(1000);
  });
});
