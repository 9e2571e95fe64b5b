// Import: read and validate a file, show what it would do (new, updated, duplicate, conflicts, invalid), then apply.
import { useState } from 'preact/hooks';
import { importNotesFile } from '../../core/import/import-file';
import type { ImportResult } from '../../core/import/import-result';
import type { ImportOutcome, ImportPreview } from '../../db/library-repo';
import type { LibraryDeps } from './library-deps';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  deps: Pick<LibraryDeps, 'preview' | 'apply' | 'saveLocalSettings' | 'now'>;
  /** Called after notes were written. */
  onImported(): void;
}

type State =
  | { step: 'idle' }
  | { step: 'busy'; what: string }
  | { step: 'preview'; file: string; result: ImportResult; preview: ImportPreview }
  | { step: 'done'; outcome: ImportOutcome };

const FORMAT_NAME: Record<ImportResult['format'], string> = {
  'sanctions-lens-backup': 'Sanctions Lens backup',
  'w3c-web-annotation': 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
};

const MAX_LISTED = 200;

function Summary({ file, result, preview }: { file: string; result: ImportResult; preview: ImportPreview }) {
  const p = preview.notes;
  const skipped = [...preview.userEntities.skipped, ...preview.userAliases.skipped];
  return (
    <div class="lib-summary" aria-label="Import summary">
      <p>
        <strong>{file}</strong>: {FORMAT_NAME[result.format]}
      </p>
      <ul class="lib-counts">
        <li data-count="new">{p.new.length} new</li>
        <li data-count="updated">{p.updated.length} updated (the file’s copy is newer)</li>
        <li data-count="duplicate">{p.duplicate.length} duplicate (already here, unchanged)</li>
        <li data-count="conflict">
          {p.conflict.length} edited here since (your copy is kept unless you tick it below)
        </li>
        <li data-count="invalid">{result.invalid.length} invalid (not imported)</li>
        {result.userEntities.length > 0 && (
          <li data-count="entities">
            {preview.userEntities.new} of your entities to add, {preview.userEntities.differ} kept as they are here
          </li>
        )}
        {result.userAliases.length > 0 && <li data-count="aliases">{preview.userAliases.new} aliases to add</li>}
      </ul>
      {result.invalid.length > 0 && (
        <details class="lib-invalid">
          <summary>Why {result.invalid.length} items are invalid</summary>
          <ul>
            {result.invalid.slice(0, MAX_LISTED).map((i) => (
              <li key={`${i.section}-${i.index}`}>
                {i.section} item {i.index + 1}: {i.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.warnings.length > 0 && (
        <details>
          <summary>{result.warnings.length} imported with a change</summary>
          <ul>
            {result.warnings.slice(0, MAX_LISTED).map((w, k) => (
              <li key={k}>
                {w.section} item {w.index + 1}: {w.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {skipped.length > 0 && (
        <details>
          <summary>{skipped.length} entities or aliases left out</summary>
          <ul>
            {skipped.slice(0, MAX_LISTED).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The import controls: choose a file, see the summary, confirm. */
export function ImportPanel({ deps, onImported }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState('');
  const [replace, setReplace] = useState<Set<string>>(new Set());
  const [restoreSettings, setRestoreSettings] = useState(false);

  const choose = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    setState({ step: 'busy', what: `Reading ${file.name}…` });
    try {
      const text = await file.text();
      const result = importNotesFile(text, { now: deps.now?.() ?? Date.now() });
      const preview = await deps.preview(result);
      setReplace(new Set());
      setRestoreSettings(false);
      setState({ step: 'preview', file: file.name, result, preview });
    } catch (err) {
      setState({ step: 'idle' });
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const confirm = async (result: ImportResult) => {
    setError('');
    setState({ step: 'busy', what: 'Importing…' });
    try {
      const outcome = await deps.apply(result, { replace, restoreSettings });
      if (outcome.localSettings !== undefined) await deps.saveLocalSettings?.(outcome.localSettings);
      setState({ step: 'done', outcome });
      onImported();
    } catch (err) {
      setState({ step: 'idle' });
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(replace);
    if (on) next.add(id);
    else next.delete(id);
    setReplace(next);
  };

  return (
    <section class="lib-import" aria-label="Import">
      <h3>Import</h3>
      <p class="muted">A Sanctions Lens backup, W3C Web Annotations (JSON-LD) or a Hypothesis export (JSON).</p>
      <input
        type="file"
        name="import-file"
        accept=".json,.jsonld,application/json,application/ld+json"
        aria-label="Choose a file to import"
        onChange={(e) => {
          const input = e.currentTarget;
          void choose(input.files?.[0]).finally(() => (input.value = ''));
        }}
      />
      {state.step === 'busy' && <p role="status">{state.what}</p>}
      {state.step === 'preview' && (
        <>
          <Summary file={state.file} result={state.result} preview={state.preview} />
          {state.preview.notes.conflict.length > 0 && (
            <fieldset class="lib-conflicts">
              <legend>Notes you edited here at the same time as or after the file’s copy</legend>
              {state.preview.notes.conflict.slice(0, MAX_LISTED).map(({ local, incoming }) => (
                <label key={local.id} class="lib-conflict">
                  <input
                    type="checkbox"
                    checked={replace.has(local.id)}
                    onChange={(e) => toggle(local.id, e.currentTarget.checked)}
                  />{' '}
                  Replace “{local.target.quote.exact.slice(0, 80)}” (yours: {new Date(local.modified).toLocaleString()})
                  with the file’s copy ({new Date(incoming.modified).toLocaleString()})
                </label>
              ))}
            </fieldset>
          )}
          {state.result.settings.length > 0 && (
            <label>
              <input
                type="checkbox"
                name="restore-settings"
                checked={restoreSettings}
                onChange={(e) => setRestoreSettings(e.currentTarget.checked)}
              />{' '}
              Also restore the {state.result.settings.length} settings in the backup (replacing yours)
            </label>
          )}
          <p>
            <button type="button" name="confirm-import" onClick={() => void confirm(state.result)}>
              Import {state.preview.notes.new.length + state.preview.notes.updated.length + replace.size} notes
            </button>{' '}
            <button type="button" name="cancel-import" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </p>
        </>
      )}
      {state.step === 'done' && (
        <p class="lib-status" role="status" data-imported={state.outcome.added + state.outcome.updated}>
          Imported: {state.outcome.added} new, {state.outcome.updated} updated, {state.outcome.replaced} replaced;{' '}
          {state.outcome.duplicate} already here; {state.outcome.keptLocal} of your newer edits kept.
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
