// The options page's "Designations" section: list dates and counts, the list URLs, and the refresh button.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_OFAC_URL,
  DEFAULT_UN_URL,
  designationsStatus,
  loadListUrls,
  refreshDesignations,
  saveListUrls,
  type DesignationsStatus,
  type FetchFn,
  type ListUrls,
  type RefreshDiff,
  type RefreshProgress,
  watchDesignationsStatus,
} from '../../db/designations-refresh';
import type { SanctionsLensDb } from '../../db/schema';
import { RefreshResult } from './RefreshResult';
import { checkListUrls, patternsFor, progressText, type DownloadState } from './refresh-text';

/** A refresh stops after this long. */
const REFRESH_TIMEOUT_MS = 5 * 60 * 1000;

/** Props of {@link RefreshPanel}. */
export interface RefreshPanelProps {
  db: SanctionsLensDb;
  fetch: FetchFn;
  /** The host patterns that the manifest declares optional: the only hosts the lists may come from. */
  allowedPatterns: string[];
  /** Asks the user for host access; called first in the click handler, before anything is awaited. */
  requestAccess(patterns: string[]): Promise<boolean>;
  /** The clock for the refresh's duration. */
  now?: () => number;
}

type Run =
  | { state: 'idle' }
  | { state: 'running'; progress?: RefreshProgress; downloads: DownloadState }
  | { state: 'done'; diff: RefreshDiff; ms: number }
  | { state: 'failed'; message: string };

/** Shows the stored designations and refreshes them from the official sources. */
export function RefreshPanel({ db, fetch, allowedPatterns, requestAccess, now = Date.now }: RefreshPanelProps) {
  const [status, setStatus] = useState<DesignationsStatus | null>(null);
  const [urls, setUrls] = useState<ListUrls>({ unUrl: DEFAULT_UN_URL, ofacUrl: DEFAULT_OFAC_URL });
  const [urlErrors, setUrlErrors] = useState<Partial<Record<keyof ListUrls, string>>>({});
  const [saved, setSaved] = useState('');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const downloads = useRef<DownloadState>({});

  useEffect(() => {
    loadListUrls(db).then(setUrls, () => undefined);
    // The background may still be loading the bundled snapshot when the page opens.
    return watchDesignationsStatus(db, setStatus, () => setStatus(null));
  }, [db]);

  const edit = (key: keyof ListUrls) => (ev: Event) => {
    setUrls({ ...urls, [key]: (ev.currentTarget as HTMLInputElement).value });
    setSaved('');
  };

  const checked = (candidate: ListUrls): boolean => {
    const errors = checkListUrls(candidate, allowedPatterns);
    setUrlErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const save = async (next: ListUrls) => {
    if (!checked(next)) return;
    await saveListUrls(db, { unUrl: next.unUrl.trim(), ofacUrl: next.ofacUrl.trim() }).then(
      () => setSaved('Addresses saved.'),
      (err: unknown) => setSaved(`Could not save the addresses: ${String(err)}`),
    );
  };

  const onRefresh = (ev: Event) => {
    ev.preventDefault();
    if (!checked(urls) || run.state === 'running') return;
    const target = { unUrl: urls.unUrl.trim(), ofacUrl: urls.ofacUrl.trim() };
    // First thing in the click handler: Firefox grants a permission request only during the user's input. (An async
    // function runs up to its first await at once; it also turns a synchronous throw into a rejection.)
    const access = (async () => requestAccess(patternsFor(target)))().catch((err: unknown) => {
      throw new Error(`The browser refused to ask for access: ${err instanceof Error ? err.message : String(err)}`);
    });
    downloads.current = {};
    setRun({ state: 'running', downloads: {} });
    void refresh(access, target);
  };

  const refresh = async (access: Promise<boolean>, target: ListUrls) => {
    try {
      if (!(await access)) {
        throw new Error('Sanctions Lens needs your permission to download the lists; nothing was changed.');
      }
      await saveListUrls(db, target);
      const start = now();
      const diff = await refreshDesignations(db, {
        ...target,
        fetch,
        signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
        onProgress: (progress) => {
          if (progress.phase === 'download') {
            const { received, total } = progress;
            downloads.current = { ...downloads.current, [progress.list]: total ? { received, total } : { received } };
          }
          setRun({ state: 'running', progress, downloads: downloads.current });
        },
      });
      const ms = now() - start;
      setStatus(await designationsStatus(db).catch(() => null));
      setRun({ state: 'done', diff, ms });
    } catch (err) {
      setRun({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const running = run.state === 'running';
  return (
    <section class="panel" aria-labelledby="designations-title">
      <h2 id="designations-title">Designations</h2>
      <StatusLine status={status} />
      <form onSubmit={onRefresh} aria-busy={running} noValidate>
        <UrlField
          id="un-url"
          label="UN Consolidated List (XML)"
          value={urls.unUrl}
          error={urlErrors.unUrl}
          onInput={edit('unUrl')}
        />
        <UrlField
          id="ofac-url"
          label="OFAC SDN list (CSV)"
          value={urls.ofacUrl}
          error={urlErrors.ofacUrl}
          onInput={edit('ofacUrl')}
        />
        <div class="buttons">
          <button type="submit" disabled={running}>
            Refresh from official sources
          </button>
          <button type="button" disabled={running} onClick={() => void save(urls)}>
            Save addresses
          </button>
          <button
            type="button"
            disabled={running}
            onClick={() => {
              const official = { unUrl: DEFAULT_UN_URL, ofacUrl: DEFAULT_OFAC_URL };
              setUrls(official);
              void save(official);
            }}
          >
            Use the official addresses
          </button>
        </div>
        {saved && <p role="status">{saved}</p>}
      </form>
      <p class="hint">
        The browser asks your permission to reach the lists' sites the first time. Nothing else is sent anywhere.
      </p>
      {running && (
        <p class="progress" role="status" aria-live="polite">
          {progressText(run.progress, run.downloads)}
        </p>
      )}
      {run.state === 'failed' && (
        <p class="error" role="alert">
          Refresh failed: {run.message}
        </p>
      )}
      {run.state === 'done' && <RefreshResult diff={run.diff} ms={run.ms} />}
    </section>
  );
}

function StatusLine({ status }: { status: DesignationsStatus | null }) {
  if (!status) return <p class="muted">Loading…</p>;
  if (status.entities === 0) return <p>No designated parties are stored yet.</p>;
  return (
    <p class="designations-status">
      {status.entities} designated parties ({status.un} on the UN list, {status.us} on the OFAC list). UN list of{' '}
      {status.unListDate ?? 'unknown date'}, OFAC list of {status.ofacListDate ?? 'unknown date'}.{' '}
      {status.refreshedAt
        ? `Last refreshed ${new Date(status.refreshedAt).toLocaleString()}.`
        : 'From the snapshot bundled with the extension.'}
    </p>
  );
}

interface UrlFieldProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onInput(ev: Event): void;
}

function UrlField({ id, label, value, error, onInput }: UrlFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="url"
        value={value}
        onInput={onInput}
        spellcheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
