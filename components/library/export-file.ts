// Builds an export file (W3C JSON-LD, Markdown, CSV or the full backup) with its dated name and media type.
import { exportBackup } from '../../core/export/backup';
import { exportCsv } from '../../core/export/csv-export';
import type { ExportOptions } from '../../core/export/export-options';
import { exportFileName, type ExportKind } from '../../core/export/file-name';
import { exportMarkdown } from '../../core/export/markdown-export';
import { exportW3c } from '../../core/export/w3c-export';
import type { Note } from '../../core/notes/note';
import type { LibraryDeps } from './library-deps';

/** A file ready to save. */
export interface ExportFile {
  name: string;
  text: string;
  mime: string;
}

/** The formats offered, in the order shown. */
export const EXPORT_FORMATS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'w3c', label: 'W3C Web Annotation (JSON-LD)' },
  { kind: 'markdown', label: 'Markdown (Obsidian, Logseq)' },
  { kind: 'csv', label: 'CSV (spreadsheets)' },
  { kind: 'backup', label: 'Full backup (JSON: every note, your entities, aliases, settings)' },
];

/**
 * The export of `notes` in a format; a backup always holds everything (every note, not just `notes`).
 * @param names entity display names, for Markdown, CSV and W3C entity labels
 */
export async function buildExport(
  kind: ExportKind,
  notes: readonly Note[],
  deps: Pick<LibraryDeps, 'backupData' | 'appVersion' | 'now'>,
  names: ReadonlyMap<string, string>,
): Promise<ExportFile> {
  const now = deps.now?.() ?? Date.now();
  const options: ExportOptions = { appVersion: deps.appVersion, now, entityName: (id) => names.get(id) };
  const sorted = [...notes].sort((a, b) => a.created - b.created);
  const name = exportFileName(kind, now);
  switch (kind) {
    case 'w3c':
      return { name, text: exportW3c(sorted, options), mime: 'application/ld+json' };
    case 'markdown':
      return { name, text: exportMarkdown(sorted, options), mime: 'text/markdown' };
    case 'csv':
      return { name, text: exportCsv(sorted, options), mime: 'text/csv' };
    case 'backup':
      return { name, text: exportBackup(await deps.backupData(), options), mime: 'application/json' };
  }
}
