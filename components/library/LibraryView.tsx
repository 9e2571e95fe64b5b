// The notes library: every note newest first, searchable and filterable, grouped by page in a virtualized list,
// with export, import and delete-all. Used full-tab (Library page) and in the popup's Notes view.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  dayEnd,
  dayStart,
  groupRows,
  indexNotes,
  noteFacets,
  searchNotes,
  type LibraryRow,
  type NoteQuery,
} from '../../core/library/note-search';
import type { Note } from '../../core/notes/note';
import type { PageIdentity } from '../../core/page-identity';
import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel, type NoteSet } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LibraryFilters, NO_FILTERS, type FilterValues } from './LibraryFilters';
import type { LibraryDeps } from './library-deps';
import { NoteRow } from './NoteRow';
import { VirtualList } from './VirtualList';

/** Row heights in px (CSS keeps each row's content within them). */
export const PAGE_ROW_HEIGHT = 44;
export const NOTE_ROW_HEIGHT = 124;

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  deps: LibraryDeps;
  /** Filters to start with (e.g. from `?entity=`). */
  initial?: Partial<FilterValues>;
  /** Height of the list window in px. */
  height?: number;
  /** The page of the popup's tab, to offer exporting its notes. */
  currentPage?: PageIdentity | null;
  /** Opens the full-tab Library (from the popup). */
  openLibrary?(): void;
}

/** The query for a set of filter values. */
export function toQuery(v: FilterValues): NoteQuery {
  const from = dayStart(v.from);
  const to = dayEnd(v.to);
  return {
    text: v.text,
    ...(v.tag ? { tag: v.tag } : {}),
    ...(v.entityId ? { entityId: v.entityId } : {}),
    ...(v.site ? { site: v.site } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

const rowHeight = (r: LibraryRow) => (r.kind === 'page' ? PAGE_ROW_HEIGHT : NOTE_ROW_HEIGHT);
const rowKey = (r: LibraryRow) => r.key;

function onPage(note: Note, page: PageIdentity): boolean {
  const keys = [page.normalizedUrl, page.canonicalUrl].filter(Boolean);
  return keys.includes(note.page.normalizedUrl) || (!!note.page.canonicalUrl && keys.includes(note.page.canonicalUrl));
}

/** The library. */
export function LibraryView({ deps, initial, height = 560, currentPage, openLibrary }: LibraryViewProps) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState('');
  const [filters, setFilters] = useState<FilterValues>({ ...NO_FILTERS, ...initial });

  const load = useCallback(() => {
    deps
      .loadNotes()
      .then(async (all) => {
        setNames(await deps.entityNames([...new Set(all.flatMap((n) => n.entityIds))]));
        setNotes(all);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [deps]);
  useEffect(() => {
    load();
    // Notes saved in other tabs appear when the user comes back to this one.
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const index = useMemo(() => indexNotes(notes ?? []), [notes]);
  const facets = useMemo(() => noteFacets(index.notes), [index]);
  const hits = useMemo(() => searchNotes(index, toQuery(filters)), [index, filters]);
  const rows = useMemo(() => groupRows(hits), [hits]);
  const entityName = useCallback((id: string) => names.get(id), [names]);
  const renderRow = useCallback(
    (r: LibraryRow) =>
      r.kind === 'page' ? (
        <h3 class="lib-page" title={r.url}>
          <span class="lib-page-title">{r.title}</span>{' '}
          <span class="muted">
            {r.site} · {r.count}
          </span>
        </h3>
      ) : (
        <NoteRow note={r.note} entityName={entityName} />
      ),
    [entityName],
  );

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!notes) return <p class="empty">Loading…</p>;

  const sets: NoteSet[] = [
    { id: 'all', label: 'All notes', notes: index.notes },
    { id: 'filtered', label: 'Shown (search and filters)', notes: hits },
  ];
  if (currentPage)
    sets.push({ id: 'page', label: 'This page', notes: index.notes.filter((n) => onPage(n, currentPage)) });

  return (
    <div class="library" data-state="ready" data-count={notes.length}>
      <LibraryFilters values={filters} facets={facets} entityName={entityName} onChange={setFilters} />
      <p class="lib-summary-line" role="status">
        <span class="lib-shown">{hits.length}</span> of {notes.length} notes
        {openLibrary && (
          <button type="button" class="link" name="open-library" onClick={openLibrary}>
            Open the Library
          </button>
        )}
      </p>
      {notes.length === 0 ? (
        <p class="empty">No notes yet. Select text on a page and choose “Add note”, or import a file below.</p>
      ) : (
        <VirtualList
          rows={rows}
          rowHeight={rowHeight}
          rowKey={rowKey}
          renderRow={renderRow}
          height={height}
          label="Notes by page"
        />
      )}
      <details class="lib-tools" open={!openLibrary}>
        <summary>Export, import, delete</summary>
        <ExportPanel sets={sets} deps={deps} names={names} />
        <ImportPanel deps={deps} onImported={load} />
        <DeleteAllPanel count={notes.length} deps={deps} onDeleted={load} />
      </details>
    </div>
  );
}
