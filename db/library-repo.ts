// The notes library's storage: every note, backups, and imports applied in one transaction without silent overwrites.
import type { BackupData, BackupSetting } from '../core/export/backup';
import type { Entity } from '../core/kb/entity';
import type { ImportResult } from '../core/import/import-result';
import { planImport, type ImportPlan } from '../core/import/plan-import';
import type { Note } from '../core/notes/note';
import { fromRow, toRow } from './entities-repo';
import type { SanctionsLensDb, UserAliasRow } from './schema';
import { storageError } from './storage-error';

/**
 * The key, in a backup's settings, of the settings kept in `storage.local` (highlighting, sites, colours); the
 * other settings rows are the database's own.
 */
export const LOCAL_SETTINGS_KEY = 'storage.local:settings';

/** How the other parts of a file compare with what is stored. */
export interface SectionCounts {
  new: number;
  duplicate: number;
  /** Stored and different: the stored one is kept (entities, aliases) or replaced only on request (settings). */
  differ: number;
  /** Left out, with why (an alias of an entity that is neither stored nor in the file). */
  skipped: string[];
}

/** What an import would do, before anything is written. */
export interface ImportPreview {
  notes: ImportPlan;
  userEntities: SectionCounts;
  userAliases: SectionCounts;
  settings: SectionCounts;
}

/** The user's choices after seeing the preview. */
export interface ImportChoices {
  /** Ids of conflicting notes (stored copy edited at the same time or later) to replace with the file's copy. */
  replace?: ReadonlySet<string>;
  /** Whether the file's settings replace the stored ones. */
  restoreSettings?: boolean;
}

/** What an import did. */
export interface ImportOutcome {
  added: number;
  updated: number;
  duplicate: number;
  /** Conflicting notes whose stored copy was kept. */
  keptLocal: number;
  replaced: number;
  entitiesAdded: number;
  aliasesAdded: number;
  settingsWritten: number;
  /** The `storage.local` settings from the file, for the caller to save, when settings were restored. */
  localSettings?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Note, backup and import access for extension pages (the Library, the popup). */
export class LibraryRepo {
  constructor(private readonly db: SanctionsLensDb) {}

  /** Every note (any order; the library sorts). */
  allNotes(): Promise<Note[]> {
    return this.db.notes.toArray();
  }

  /** Notes linked to an entity, newest first. */
  async notesAbout(entityId: string): Promise<Note[]> {
    const notes = await this.db.notes.where('entityIds').equals(entityId).toArray();
    return notes.sort((a, b) => b.created - a.created);
  }

  /** What a backup holds: every note, the user's entities and aliases, the database's settings and the local ones. */
  async backupData(localSettings?: unknown): Promise<BackupData> {
    return this.db.transaction('r', this.db.notes, this.db.entities, this.db.aliases, this.db.settings, async () => {
      const [notes, entities, aliases, settings] = await Promise.all([
        this.db.notes.toArray(),
        this.db.entities.where('origin').equals('user').toArray(),
        this.db.aliases.toArray(),
        this.db.settings.toArray(),
      ]);
      const rows: BackupSetting[] = settings.map((s) => ({ key: s.key, value: s.value, version: s.version }));
      if (localSettings !== undefined) rows.push({ key: LOCAL_SETTINGS_KEY, value: localSettings, version: 1 });
      return {
        notes: notes.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)),
        userEntities: entities.map(fromRow).sort((a, b) => (a.id < b.id ? -1 : 1)),
        userAliases: aliases.map(aliasOut).sort((a, b) => a.created - b.created),
        settings: rows,
      };
    });
  }

  /** Compares a validated file with what is stored. Writes nothing. */
  async preview(result: ImportResult): Promise<ImportPreview> {
    return this.db.transaction('r', this.db.notes, this.db.entities, this.db.aliases, this.db.settings, () =>
      this.compare(result, undefined),
    );
  }

  /**
   * Writes a validated file in one transaction: new notes are added, notes modified later in the file replace
   * the stored ones, and a stored note edited at the same time or later is kept unless its id is in
   * `choices.replace`. The comparison is made again inside the transaction, so an edit saved since the preview
   * is not overwritten either. On any failure nothing is written.
   * @throws StorageError (with `quota` set when the storage is full)
   */
  async apply(result: ImportResult, choices: ImportChoices = {}): Promise<ImportOutcome> {
    try {
      return await this.db.transaction(
        'rw',
        [this.db.notes, this.db.entities, this.db.aliases, this.db.settings],
        async () => {
          const outcome: ImportOutcome = {
            added: 0,
            updated: 0,
            duplicate: 0,
            keptLocal: 0,
            replaced: 0,
            entitiesAdded: 0,
            aliasesAdded: 0,
            settingsWritten: 0,
          };
          const write = await this.compare(result, outcome, choices);
          const { notes } = write;
          const replace = notes.conflict.filter((c) => choices.replace?.has(c.local.id)).map((c) => c.incoming);
          await this.db.notes.bulkPut([...notes.new, ...notes.updated, ...replace]);
          Object.assign(outcome, {
            added: notes.new.length,
            updated: notes.updated.length,
            duplicate: notes.duplicate.length,
            replaced: replace.length,
            keptLocal: notes.conflict.length - replace.length,
          });
          return outcome;
        },
      );
    } catch (err) {
      throw storageError(err, 'The import');
    }
  }

  /**
   * Deletes every note (the knowledge base, the user's entities and settings stay).
   * @returns how many notes were deleted
   */
  async deleteAllNotes(): Promise<number> {
    try {
      return await this.db.transaction('rw', this.db.notes, async () => {
        const count = await this.db.notes.count();
        await this.db.notes.clear();
        return count;
      });
    } catch (err) {
      throw storageError(err, 'Deleting the notes');
    }
  }

  /** Compares a file with the store; with an `outcome`, also writes entities, aliases and settings (in the caller's transaction). */
  private async compare(
    result: ImportResult,
    outcome: ImportOutcome | undefined,
    choices: ImportChoices = {},
  ): Promise<ImportPreview> {
    const stored = await this.db.notes.bulkGet(result.notes.map((n) => n.id));
    const notes = planImport(
      stored.filter((n): n is Note => !!n),
      result.notes,
    );
    const userEntities = await this.compareEntities(result.userEntities, outcome);
    const incomingEntityIds = new Set(result.userEntities.map((e) => e.id));
    const userAliases = await this.compareAliases(result.userAliases, incomingEntityIds, outcome);
    const settings = await this.compareSettings(result.settings, outcome, choices.restoreSettings === true);
    return { notes, userEntities, userAliases, settings };
  }

  private async compareEntities(incoming: Entity[], outcome?: ImportOutcome): Promise<SectionCounts> {
    const counts: SectionCounts = { new: 0, duplicate: 0, differ: 0, skipped: [] };
    const stored = await this.db.entities.bulkGet(incoming.map((e) => e.id));
    const add: Entity[] = [];
    incoming.forEach((e, i) => {
      const row = stored[i];
      if (!row) {
        counts.new++;
        add.push(e);
      } else if (row.origin !== 'user') counts.skipped.push(`${e.id}: a knowledge-base entity has this id`);
      else if (same(fromRow(row), e)) counts.duplicate++;
      else counts.differ++;
    });
    if (outcome) {
      await this.db.entities.bulkAdd(add.map(toRow));
      outcome.entitiesAdded = add.length;
    }
    return counts;
  }

  private async compareAliases(
    incoming: ImportResult['userAliases'],
    incomingEntityIds: Set<string>,
    outcome?: ImportOutcome,
  ): Promise<SectionCounts> {
    const counts: SectionCounts = { new: 0, duplicate: 0, differ: 0, skipped: [] };
    const [stored, entities] = await Promise.all([
      this.db.aliases.bulkGet(incoming.map((a) => a.id)),
      this.db.entities.bulkGet(incoming.map((a) => a.entityId)),
    ]);
    const add: UserAliasRow[] = [];
    incoming.forEach((a, i) => {
      const row = stored[i];
      if (row) {
        if (same(aliasOut(row), a)) counts.duplicate++;
        else counts.differ++;
      } else if (!entities[i] && !incomingEntityIds.has(a.entityId)) {
        counts.skipped.push(`"${a.text}": no entity ${a.entityId} in this knowledge base`);
      } else {
        counts.new++;
        add.push({ ...a });
      }
    });
    if (outcome) {
      await this.db.aliases.bulkAdd(add);
      outcome.aliasesAdded = add.length;
    }
    return counts;
  }

  private async compareSettings(
    incoming: BackupSetting[],
    outcome: ImportOutcome | undefined,
    restore: boolean,
  ): Promise<SectionCounts> {
    const counts: SectionCounts = { new: 0, duplicate: 0, differ: 0, skipped: [] };
    const db = incoming.filter((s) => s.key !== LOCAL_SETTINGS_KEY);
    const local = incoming.find((s) => s.key === LOCAL_SETTINGS_KEY);
    const stored = await this.db.settings.bulkGet(db.map((s) => s.key));
    db.forEach((s, i) => {
      const row = stored[i];
      if (!row) counts.new++;
      else if (row.version === s.version && same(row.value, s.value)) counts.duplicate++;
      else counts.differ++;
    });
    if (local) counts.differ++;
    if (outcome && restore) {
      await this.db.settings.bulkPut(db.map((s) => ({ key: s.key, value: s.value, version: s.version })));
      outcome.settingsWritten = db.length + (local ? 1 : 0);
      if (local) outcome.localSettings = local.value;
    }
    return counts;
  }
}

function aliasOut(row: UserAliasRow): UserAliasRow {
  const { id, entityId, text, lang, caseSensitive, created } = row;
  return { id, entityId, text, lang, ...(caseSensitive !== undefined ? { caseSensitive } : {}), created };
}
