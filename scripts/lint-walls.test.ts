// Proves that lint enforces the architecture's walls: each forbidden import is reported in its folder.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '..', filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint walls', () => {
  it('core/ imports no browser, WXT or database code and uses no DOM globals', async () => {
    expect(await ruleIds("import { browser } from 'wxt/browser';\nexport const b = browser;\n", 'core/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { Dexie } from 'dexie';\nexport const d = Dexie;\n", 'core/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('export const t = document.title;\n', 'core/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const t = (a: number) => a + 1;\n', 'core/x.ts')).toEqual([]);
  });

  it('page/ uses no extension APIs or database', async () => {
    expect(
      await ruleIds("import { createDb } from '../db/schema';\nexport const c = createDb;\n", 'page/x.ts'),
    ).toContain('no-restricted-imports');
    expect(await ruleIds('export const r = chrome.runtime;\n', 'page/x.ts')).toContain('no-restricted-globals');
  });

  it('content scripts never import db/ or Dexie, nor touch indexedDB', async () => {
    const file = 'entrypoints/content/x.ts';
    expect(await ruleIds("import { createDb } from '../../db/schema';\nexport const c = createDb;\n", file)).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { Dexie } from 'dexie';\nexport const d = Dexie;\n", file)).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("export const o = indexedDB.open('x');\n", file)).toContain('no-restricted-globals');
  });

  it('the background may open the database', async () => {
    const file = 'entrypoints/background/x.ts';
    expect(await ruleIds("import { createDb } from '../../db/schema';\nexport const c = createDb;\n", file)).toEqual(
      [],
    );
  });
});
