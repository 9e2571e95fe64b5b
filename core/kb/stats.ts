// Counts and prints the make-up of the knowledge base (types, languages, sources, designations) for `kb:stats`.
import { designationStats } from '../designations/stats';
import type { Entity, EntityOrigin, EntityType } from './entity';

/** What {@link knowledgeBaseStats} needs: the entities as loaded, and the versions of their sources. */
export interface KbStatsInput {
  /** The knowledge base's entities, after merging (the pack winning on shared ids). */
  entities: readonly Entity[];
  pack: { id: string; version: string; updated: string };
  designations: { generatedAt: string; sources: readonly { list: string; listDate: string; entries?: number }[] };
}

/** Names in one language. */
export interface LanguageCount {
  /** Entities with at least one name in the language. */
  entities: number;
  /** Names in the language, over all entities. */
  names: number;
}

/** The result of {@link knowledgeBaseStats}; record keys are sorted so that it prints the same way each time. */
export interface KbStats {
  total: number;
  byOrigin: Partial<Record<EntityOrigin, number>>;
  byType: Partial<Record<EntityType, number>>;
  byLanguage: Record<string, LanguageCount>;
  /** Entities citing at least one source. */
  withSources: number;
  /** Entities designated by the UN, by the United States, by both, and by either. */
  designated: { un: number; us: number; both: number; any: number };
  pack: KbStatsInput['pack'];
  designations: { generatedAt: string; sources: { list: string; listDate: string; entries?: number }[] };
}

/** Timings of loading the knowledge base into a database, in ms. */
export interface KbLoadTimes {
  /** Into an empty database. */
  first: number;
  /** The same versions again: the no-op that runs at each start. */
  again: number;
  /** Which IndexedDB, e.g. "fake-indexeddb". */
  store: string;
}

function increment<K extends string>(record: Partial<Record<K, number>>, key: K): void {
  record[key] = (record[key] ?? 0) + 1;
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts the knowledge base's entities by origin, type and language of names, and their sources and designations. */
export function knowledgeBaseStats(input: KbStatsInput): KbStats {
  const byOrigin: Partial<Record<EntityOrigin, number>> = {};
  const byType: Partial<Record<EntityType, number>> = {};
  const byLanguage: Record<string, LanguageCount> = {};
  let withSources = 0;
  for (const e of input.entities) {
    increment(byOrigin, e.origin);
    increment(byType, e.type);
    if (e.sources.length > 0) withSources++;
    const langs = new Set<string>();
    for (const n of e.names) {
      const count = (byLanguage[n.lang] ??= { entities: 0, names: 0 });
      count.names++;
      if (!langs.has(n.lang)) count.entities++;
      langs.add(n.lang);
    }
  }
  const lists = designationStats([...input.entities]);
  return {
    total: input.entities.length,
    byOrigin: sorted(byOrigin),
    byType: sorted(byType),
    byLanguage: sorted(byLanguage),
    withSources,
    designated: { un: lists.byList.un ?? 0, us: lists.byList.us ?? 0, both: lists.unAndUs, any: lists.entities },
    pack: { ...input.pack },
    designations: {
      generatedAt: input.designations.generatedAt,
      sources: input.designations.sources.map(({ list, listDate, entries }) => ({ list, listDate, entries })),
    },
  };
}

/** Rows as indented columns: the first left-aligned, the others (numbers) right-aligned. */
function table(rows: [string, ...number[]][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  const cell = (v: string | number, i: number) =>
    typeof v === 'string' ? v.padEnd(widths[i]!) : String(v).padStart(widths[i]!);
  return rows.map((r) => `  ${r.map(cell).join('  ')}`);
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** The stats as the text that `kb:stats` prints, with the load times when measured. */
export function formatKnowledgeBaseStats(stats: KbStats, times?: KbLoadTimes): string {
  const origins = Object.entries(stats.byOrigin)
    .map(([origin, n]) => `${origin} ${n}`)
    .join(', ');
  const lists = stats.designations.sources
    .map((s) => `${s.list} list of ${s.listDate}${s.entries === undefined ? '' : ` (${s.entries} entries)`}`)
    .join(', ');
  const { un, us, both, any } = stats.designated;
  const lines = [
    `Knowledge base: ${stats.total} entities (${origins || 'none'})`,
    `Pack: ${stats.pack.id} ${stats.pack.version} (updated ${stats.pack.updated})`,
    `Designations snapshot: ${stats.designations.generatedAt || 'none'}${lists ? `: ${lists}` : ''}`,
    '',
    'By type:',
    ...table(Object.entries(stats.byType).map(([type, n]) => [type, n])),
    '',
    'By language of names (entities with a name in it, names):',
    ...table(Object.entries(stats.byLanguage).map(([lang, c]) => [lang, c.entities, c.names])),
    '',
    `With at least one source: ${stats.withSources} of ${stats.total}`,
    `Designated: ${any} (UN ${un}, US ${us}, both ${both}; UN only ${un - both}, US only ${us - both})`,
  ];
  if (times) {
    lines.push(`Load into IndexedDB (${times.store}): ${ms(times.first)}; again, unchanged: ${ms(times.again)}`);
  }
  return `${lines.join('\n')}\n`;
}
