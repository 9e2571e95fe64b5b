// Tests of the backup format and the export file names.
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, buildBackup, exportBackup } from './backup';
import { exportFileName } from './file-name';
import { testBackupData } from './test-notes';

describe('backup', () => {
  const data = testBackupData(5);

  it('wraps the data with format, version, app version and export time', () => {
    const backup = buildBackup(data, { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25, 12) });
    expect(backup).toMatchObject({
      format: 'sanctions-lens-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(Object.keys(backup).sort()).toEqual(
      [
        'appVersion',
        'exportedAt',
        'format',
        'formatVersion',
        'notes',
        'settings',
        'userAliases',
        'userEntities',
      ].sort(),
    );
  });

  it('serializes every section as JSON', () => {
    const parsed = JSON.parse(exportBackup(data, { appVersion: '0.1.0', now: 0 })) as Record<string, unknown>;
    expect(parsed.format).toBe(BACKUP_FORMAT);
    expect(parsed.notes).toEqual(JSON.parse(JSON.stringify(data.notes)));
    expect(parsed.userEntities).toEqual(data.userEntities);
    expect(parsed.userAliases).toEqual(data.userAliases);
    expect(parsed.settings).toEqual(data.settings);
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 10, 25, 23, 59);
  it('names each export with the local date', () => {
    expect(exportFileName('markdown', day)).toBe('sanctions-lens-notes-2026-11-25.md');
    expect(exportFileName('w3c', day)).toBe('sanctions-lens-notes-2026-11-25.jsonld');
    expect(exportFileName('csv', day.getTime())).toBe('sanctions-lens-notes-2026-11-25.csv');
    expect(exportFileName('backup', day)).toBe('sanctions-lens-backup-2026-11-25.json');
    expect(exportFileName('csv', new Date(2027, 0, 5))).toBe('sanctions-lens-notes-2027-01-05.csv');
  });
});
