// Compiles the bundled knowledge base's matchers at build time into the binary assets the background loads
// (entrypoints/background/shipped-matchers.ts), and writes the bundled pack and snapshot as package files (read by
// the background only when they are not loaded yet: entrypoints/background/kb-setup.ts). Run by the build
// (wxt.config.ts hook), so they are never stale.
// Also: npx tsx scripts/kb-matchers.ts OUT_DIR   (writes the four files there)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analysisMatcherTerms, PRECOMPILED_MATCHER_FILES } from '../core/analysis/analysis-kb';
import designations from '../core/designations/snapshot.json';
import type { DesignationsSnapshot } from '../core/designations/snapshot';
import { validatePack } from '../core/kb/pack';
import pack from '../core/kb/packs/north-korea-sanctions.json';
import { matcherToBinary } from '../core/match/binary';
import { compileTerms } from '../core/match/matcher';
import { knowledgeBaseEntities } from '../db/kb-loader';
import { SHIPPED_KB_FILES } from '../entrypoints/background/kb-files';

/** The bundled knowledge base's two matchers in binary, compiled from what the loader puts in the database. */
export function shippedMatcherBinaries(): { entities: Uint8Array; signals: Uint8Array } {
  const checked = validatePack(pack);
  if (!checked.ok) throw new Error(`The bundled pack is invalid: ${checked.errors.join('; ')}`);
  const { entities } = knowledgeBaseEntities(checked.pack, designations as unknown as DesignationsSnapshot);
  const terms = analysisMatcherTerms({ entities, signals: checked.pack.signals });
  return {
    entities: matcherToBinary(compileTerms(terms.entities)),
    signals: matcherToBinary(compileTerms(terms.signals)),
  };
}

/**
 * Writes the two matchers, and the bundled pack and snapshot (minified JSON), under `dir` (at their paths in the
 * extension); returns their paths.
 */
export function writeShippedFiles(dir: string): { path: string; relative: string }[] {
  const binaries = shippedMatcherBinaries();
  const files: [string, Uint8Array | string][] = [
    [PRECOMPILED_MATCHER_FILES.entities, binaries.entities],
    [PRECOMPILED_MATCHER_FILES.signals, binaries.signals],
    [SHIPPED_KB_FILES.pack, JSON.stringify(pack)],
    [SHIPPED_KB_FILES.designations, JSON.stringify(designations)],
  ];
  return files.map(([relative, data]) => {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    return { path, relative };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx scripts/kb-matchers.ts OUT_DIR');
    process.exit(2);
  }
  for (const f of writeShippedFiles(out)) console.log(f.path);
}
