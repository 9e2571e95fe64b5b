// Prints the make-up of the bundled knowledge base and how long it takes to load into IndexedDB (fake-indexeddb).
// Usage: npx tsx scripts/kb-stats.ts [--pack PATH] [--designations PATH]
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePack } from '../core/kb/pack';
import { formatKnowledgeBaseStats, knowledgeBaseStats } from '../core/kb/stats';
import { checkDesignationsSnapshot, knowledgeBaseEntities, loadKnowledgeBaseTimed } from '../db/kb-loader';
import { createDb } from '../db/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaults = {
  pack: resolve(root, 'core/kb/packs/north-korea-sanctions.json'),
  designations: resolve(root, 'core/designations/snapshot.json'),
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function main(): Promise<number> {
  const packPath = resolve(option('pack') ?? defaults.pack);
  const listsPath = resolve(option('designations') ?? defaults.designations);
  const packJson = readJson(packPath);
  const listsJson = readJson(listsPath);
  const pack = validatePack(packJson);
  const lists = checkDesignationsSnapshot(listsJson);
  if (!pack.ok || !lists.ok) {
    for (const e of pack.ok ? [] : pack.errors) console.error(`${packPath}: ${e}`);
    for (const e of lists.ok ? [] : lists.errors) console.error(`${listsPath}: ${e}`);
    return 1;
  }

  // The stats, in Node only: the entities as the loader stores them (the pack winning on shared ids).
  const { entities, shadowed } = knowledgeBaseEntities(pack.pack, lists.snapshot);
  const stats = knowledgeBaseStats({ entities, pack: pack.pack, designations: lists.snapshot });

  // The load through the real loader into a fresh fake-indexeddb database, then the no-op of every later start.
  const db = createDb('kb-stats', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    const input = { pack: packJson, designations: listsJson };
    const first = await loadKnowledgeBaseTimed(db, input);
    const again = await loadKnowledgeBaseTimed(db, input);
    const stored = first.entities.pack + first.entities.designation;
    if (stored !== entities.length) throw new Error(`Loaded ${stored} entities, expected ${entities.length}`);
    process.stdout.write(
      formatKnowledgeBaseStats(stats, { first: first.ms, again: again.ms, store: 'fake-indexeddb' }),
    );
  } finally {
    db.close();
  }
  if (shadowed.length > 0)
    console.log(`Designations replaced by pack entities with the same id: ${shadowed.join(', ')}`);
  return 0;
}

process.exitCode = await main();
