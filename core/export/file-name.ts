// File names for exports, dated: sanctions-lens-notes-2026-11-25.md, sanctions-lens-backup-2026-11-25.json.

/** The kinds of export file. */
export type ExportKind = 'markdown' | 'w3c' | 'csv' | 'backup';

const NAMES: Readonly<Record<ExportKind, { stem: string; ext: string }>> = {
  markdown: { stem: 'notes', ext: 'md' },
  w3c: { stem: 'notes', ext: 'jsonld' },
  csv: { stem: 'notes', ext: 'csv' },
  backup: { stem: 'backup', ext: 'json' },
};

/**
 * The file name for an export made at a given time. The date is the user's local date (the one they will look for
 * in their downloads), unlike the UTC times inside the files.
 * @param kind which export
 * @param date the time of the export: a Date or epoch ms
 */
export function exportFileName(kind: ExportKind, date: Date | number): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  const day = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const { stem, ext } = NAMES[kind];
  return `sanctions-lens-${stem}-${day}.${ext}`;
}
