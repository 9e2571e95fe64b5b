// The bundled designations snapshot: its format, how it is built from the two lists, and its stable JSON text.
import type { Entity } from '../kb/entity';
import { buildDesignationsWithReport, type DesignationsReport } from './merge';
import { parseOfacSdnCsv } from './ofac-csv';
import { parseUnConsolidatedList } from './un-xml';

/** One list that a snapshot was built from. */
export interface SnapshotSource {
  list: 'un' | 'us';
  /** The file's name (no directory), e.g. `ofac-sdn-2024-05-03.csv`. */
  file: string;
  /** ISO date of the list. */
  listDate: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** How many DPRK entries or rows the parser read from it. */
  entries: number;
}

/** The bundled snapshot of DPRK designations (core/designations/snapshot.json). */
export interface DesignationsSnapshot {
  formatVersion: 1;
  /** ISO date of the snapshot: the date of its newest list, so that a rebuild from the same files is identical. */
  generatedAt: string;
  sources: SnapshotSource[];
  entities: Entity[];
}

/** One input list of {@link buildSnapshot}: its text and the facts about its file. */
export interface SnapshotInput {
  file: string;
  text: string;
  sha256: string;
}

/**
 * Parses both lists and builds the snapshot. The OFAC list's date comes from its file name (`…-2024-05-03.csv`)
 * unless given, since sdn.csv carries no date.
 * @throws ListFormatError from the parsers; Error when the OFAC list has no date
 */
export function buildSnapshot(
  un: SnapshotInput,
  ofac: SnapshotInput & { listDate?: string },
): { snapshot: DesignationsSnapshot; report: DesignationsReport } {
  const unList = parseUnConsolidatedList(un.text);
  const ofacList = parseOfacSdnCsv(ofac.text);
  const ofacDate = ofac.listDate ?? listDateFromFileName(ofac.file);
  if (!ofacDate) throw new Error(`No date in the OFAC file name "${ofac.file}": give the list date.`);
  const unDate = unList.generated || listDateFromFileName(un.file) || '';
  const { entities, report } = buildDesignationsWithReport(unList, ofacList, {
    unListDate: unDate,
    ofacListDate: ofacDate,
  });
  const snapshot: DesignationsSnapshot = {
    formatVersion: 1,
    generatedAt: [unDate, ofacDate].sort().at(-1) ?? '',
    sources: [
      { list: 'un', file: un.file, listDate: unDate, sha256: un.sha256, entries: unList.entries.length },
      { list: 'us', file: ofac.file, listDate: ofacDate, sha256: ofac.sha256, entries: ofacList.entries.length },
    ],
    entities,
  };
  return { snapshot, report };
}

/** The first ISO date (YYYY-MM-DD) in a file name, e.g. `2024-05-03` from `ofac-sdn-2024-05-03.csv`. */
export function listDateFromFileName(file: string): string | undefined {
  return file.match(/(\d{4}-\d{2}-\d{2})/)?.[1];
}

/**
 * The snapshot as JSON text with one entity per line: compact to ship, and a change to one entity is a one-line diff.
 */
export function serializeSnapshot(snapshot: DesignationsSnapshot): string {
  const { entities, ...head } = snapshot;
  const headText = JSON.stringify({ ...head, entities: [] }, null, 2);
  const body = entities.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `${headText.replace(/"entities": \[\]\n\}$/, `"entities": [\n${body}\n  ]\n}`)}\n`;
}
