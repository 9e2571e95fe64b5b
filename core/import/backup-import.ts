// Reads a Sanctions Lens backup: checks the format version and every section, item by item.
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../export/backup';
import { ImportFormatError, checkItemCount } from './import-error';
import { addNote, emptyResult, type ImportResult, type ImportSection, type NoteIndex } from './import-result';
import { normalizeAlias, normalizeSetting, normalizeUserEntity, type Normalized } from './kb-shape';
import { describeValue, type JsonRecord } from './safe-json';

/** Whether parsed JSON declares itself a Sanctions Lens backup (of any version). */
export function isBackup(data: unknown): data is JsonRecord {
  return typeof data === 'object' && data !== null && (data as JsonRecord).format === BACKUP_FORMAT;
}

function section(data: JsonRecord, key: ImportSection): unknown[] {
  const items = data[key];
  if (items === undefined && key !== 'notes') return [];
  if (!Array.isArray(items)) {
    throw new ImportFormatError(
      'invalid-structure',
      `This Sanctions Lens backup is damaged: "${key}" should be a list, but it is ${describeValue(items)}.`,
      BACKUP_FORMAT,
    );
  }
  checkItemCount(items.length, key);
  return items;
}

function addAll<T>(
  result: ImportResult,
  key: ImportSection,
  items: unknown[],
  normalize: (raw: unknown) => Normalized<T>,
  into: T[],
  idOf: (item: T) => string,
): void {
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const n = normalize(raw);
    if (!n.ok) result.invalid.push({ section: key, index, reason: n.reason });
    else if (seen.has(idOf(n.value))) {
      result.invalid.push({ section: key, index, reason: `duplicate of an earlier item (${idOf(n.value)})` });
    } else {
      seen.add(idOf(n.value));
      into.push(n.value);
    }
  });
}

/**
 * Reads a parsed backup into a result. Each section is optional except `notes`; a section that is not a list, or a
 * format version other than {@link BACKUP_FORMAT_VERSION}, rejects the whole file.
 * @throws ImportFormatError
 */
export function importBackup(data: JsonRecord): ImportResult {
  const version = data.formatVersion;
  if (version !== BACKUP_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_FORMAT_VERSION;
    throw new ImportFormatError(
      'unsupported-version',
      `This is a Sanctions Lens backup of format version ${typeof version === 'number' ? version : describeValue(version)}; ` +
        `this version of Sanctions Lens reads version ${BACKUP_FORMAT_VERSION}.` +
        (newer ? ' Update the extension to import it.' : ''),
      BACKUP_FORMAT,
    );
  }
  const result = emptyResult(BACKUP_FORMAT);
  const notes = section(data, 'notes');
  const entities = section(data, 'userEntities');
  const aliases = section(data, 'userAliases');
  const settings = section(data, 'settings');
  const seen: NoteIndex = new Map();
  notes.forEach((raw, index) => addNote(result, raw, index, seen));
  addAll(result, 'userEntities', entities, normalizeUserEntity, result.userEntities, (e) => e.id);
  addAll(result, 'userAliases', aliases, normalizeAlias, result.userAliases, (a) => a.id);
  addAll(result, 'settings', settings, normalizeSetting, result.settings, (s) => s.key);
  return result;
}
