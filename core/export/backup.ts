// The full backup format: every note, the user's own entities and aliases, and the settings, as one JSON file.
import type { Entity } from '../kb/entity';
import type { Note } from '../notes/note';
import { isoTime, type ExportOptions } from './export-options';

/** The value of `format` in every backup. */
export const BACKUP_FORMAT = 'sanctions-lens-backup';

/** The backup format version that this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** A name the user added to an entity (the same shape as the database's alias row). */
export interface BackupAlias {
  id: string;
  entityId: string;
  text: string;
  lang: string;
  caseSensitive?: boolean;
  /** Epoch ms. */
  created: number;
}

/** A stored setting (the same shape as the database's setting row). */
export interface BackupSetting {
  key: string;
  value: unknown;
  version: number;
}

/** What a backup holds. */
export interface BackupData {
  notes: Note[];
  /** The user's own entities (origin `user`); bundled and official-list entities are not backed up. */
  userEntities: Entity[];
  userAliases: BackupAlias[];
  settings: BackupSetting[];
}

/** A backup file's content. */
export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  appVersion: string;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
}

/** The backup object for some data. */
export function buildBackup(data: BackupData, options: Pick<ExportOptions, 'appVersion' | 'now'>): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: isoTime(options.now),
    notes: data.notes,
    userEntities: data.userEntities,
    userAliases: data.userAliases,
    settings: data.settings,
  };
}

/** The full backup as JSON text, compact so that a large library stays well under the importer's size limit. */
export function exportBackup(data: BackupData, options: Pick<ExportOptions, 'appVersion' | 'now'>): string {
  return JSON.stringify(buildBackup(data, options));
}
