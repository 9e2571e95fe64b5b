// What the library UI needs from storage and the browser, injected so that it runs in jsdom tests and benchmarks.
import type { BackupData } from '../../core/export/backup';
import type { ImportResult } from '../../core/import/import-result';
import type { Note } from '../../core/notes/note';
import { LibraryRepo, type ImportChoices, type ImportOutcome, type ImportPreview } from '../../db/library-repo';
import type { SanctionsLensDb } from '../../db/schema';

/** The library's storage and browser operations. */
export interface LibraryDeps {
  loadNotes(): Promise<Note[]>;
  /** Display names of entities by id (unknown ids are left out). */
  entityNames(ids: string[]): Promise<Map<string, string>>;
  /** Everything a backup holds. */
  backupData(): Promise<BackupData>;
  preview(result: ImportResult): Promise<ImportPreview>;
  apply(result: ImportResult, choices: ImportChoices): Promise<ImportOutcome>;
  deleteAllNotes(): Promise<number>;
  /** Saves settings restored from a backup to where the extension reads them. */
  saveLocalSettings?(value: unknown): Promise<void>;
  /** Saves a file for the user. */
  download(name: string, text: string, mime: string): void;
  appVersion: string;
  now?(): number;
}

/** Library operations on a database opened by an extension page. */
export function dbLibraryDeps(
  db: SanctionsLensDb,
  browserParts: Pick<LibraryDeps, 'download' | 'appVersion' | 'saveLocalSettings'> & {
    loadLocalSettings?(): Promise<unknown>;
  },
): LibraryDeps {
  const repo = new LibraryRepo(db);
  return {
    loadNotes: () => repo.allNotes(),
    entityNames: async (ids) => {
      const rows = await db.entities.bulkGet([...new Set(ids)]);
      return new Map(rows.filter((r) => !!r).map((r) => [r.id, r.name]));
    },
    backupData: async () => repo.backupData(await browserParts.loadLocalSettings?.()),
    preview: (result) => repo.preview(result),
    apply: (result, choices) => repo.apply(result, choices),
    deleteAllNotes: () => repo.deleteAllNotes(),
    download: browserParts.download,
    appVersion: browserParts.appVersion,
    ...(browserParts.saveLocalSettings ? { saveLocalSettings: browserParts.saveLocalSettings } : {}),
  };
}
