// Export: all notes, the filtered set or this page's notes, in any format, saved as a dated file.
import { useState } from 'preact/hooks';
import type { ExportKind } from '../../core/export/file-name';
import type { Note } from '../../core/notes/note';
import { EXPORT_FORMATS, buildExport } from './export-file';
import type { LibraryDeps } from './library-deps';

/** A set of notes that may be exported. */
export interface NoteSet {
  id: 'all' | 'filtered' | 'page';
  label: string;
  notes: readonly Note[];
}

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  sets: readonly NoteSet[];
  deps: Pick<LibraryDeps, 'backupData' | 'appVersion' | 'now' | 'download'>;
  names: ReadonlyMap<string, string>;
}

/** The export controls. */
export function ExportPanel({ sets, deps, names }: ExportPanelProps) {
  const [setId, setSetId] = useState<NoteSet['id']>(sets[0]?.id ?? 'all');
  const [kind, setKind] = useState<ExportKind>('w3c');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const chosen = sets.find((s) => s.id === setId) ?? sets[0];
  const run = async () => {
    setError('');
    setStatus('');
    try {
      const file = await buildExport(kind, chosen?.notes ?? [], deps, names);
      deps.download(file.name, file.text, file.mime);
      setStatus(`Saved ${file.name}`);
    } catch (err) {
      setError(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <section class="lib-export" aria-label="Export">
      <h3>Export</h3>
      {kind !== 'backup' && (
        <fieldset class="lib-sets">
          <legend>Notes</legend>
          {sets.map((s) => (
            <label key={s.id}>
              <input
                type="radio"
                name="export-set"
                value={s.id}
                checked={s.id === chosen?.id}
                onChange={() => setSetId(s.id)}
              />{' '}
              {s.label} ({s.notes.length})
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Format{' '}
        <select name="export-format" value={kind} onChange={(e) => setKind(e.currentTarget.value as ExportKind)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f.kind} value={f.kind}>
              {f.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" name="export" onClick={() => void run()}>
        Export
      </button>
      {status && (
        <p class="lib-status" role="status">
          {status}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
