// Builds core/designations/snapshot.json from the UN Consolidated List and OFAC's sdn.csv.
// Usage: npx tsx scripts/build-designations.ts [--un PATH] [--ofac PATH] [--out PATH] [--ofac-date YYYY-MM-DD]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, serializeSnapshot } from '../core/designations/snapshot';
import { designationStats } from '../core/designations/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lists = resolve(root, '../shared/data/official-lists');
const defaults = {
  un: resolve(lists, 'un-consolidated-list-2025-04-19.xml'),
  ofac: resolve(lists, 'ofac-sdn-2024-05-03.csv'),
  out: resolve(root, 'core/designations/snapshot.json'),
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function readList(path: string) {
  const bytes = readFileSync(path);
  return {
    file: basename(path),
    text: bytes.toString('utf8'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

function main(): void {
  const unPath = resolve(option('un') ?? defaults.un);
  const ofacPath = resolve(option('ofac') ?? defaults.ofac);
  const outPath = resolve(option('out') ?? defaults.out);
  const ofacDate = option('ofac-date');
  const { snapshot, report } = buildSnapshot(readList(unPath), { ...readList(ofacPath), listDate: ofacDate });
  const text = serializeSnapshot(snapshot);
  writeFileSync(outPath, text);

  const [un, us] = snapshot.sources;
  console.log(`UN ${un?.file}: ${un?.entries} DPRK entries (list of ${un?.listDate})`);
  console.log(`OFAC ${us?.file}: ${us?.entries} DPRK rows (list of ${us?.listDate})`);
  console.log(
    `Merged ${report.matches.length} parties on both lists (${report.mergedWithDprkRow} with DPRK-programme rows, ` +
      `${report.mergedWithOtherProgramRow} with other rows citing the North Korea regulations); ` +
      `${report.ambiguous.length} ambiguous pairs left apart.`,
  );
  const methods: Record<string, number> = {};
  for (const m of report.matches) methods[m.method] = (methods[m.method] ?? 0) + 1;
  console.log(`Merged by: ${JSON.stringify(methods)}`);
  console.log(
    `Skipped ${report.skippedAircraft.length} aircraft; ${report.unresolvedLinks.length} unresolved OFAC links.`,
  );
  console.log(`Stats: ${JSON.stringify(designationStats(snapshot.entities))}`);
  console.log(`Wrote ${snapshot.entities.length} entities, ${Buffer.byteLength(text)} bytes, to ${outPath}`);
}

try {
  main();
} catch (e) {
  console.error(`build-designations: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
