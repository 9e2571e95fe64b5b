// The popup's Notes view: the library in a small window, with this tab's page for "export this page's notes".
import { useEffect, useState } from 'preact/hooks';
import type { PageIdentity } from '../../core/page-identity';
import type { LibraryDeps } from './library-deps';
import { LibraryView } from './LibraryView';

/** Props of {@link PopupNotes}. */
export interface PopupNotesProps {
  deps: LibraryDeps;
  /** The page of the popup's tab, or null when the extension has not read it. */
  loadPage(): Promise<PageIdentity | null>;
  /** Opens the full-tab Library. */
  openLibrary?(): void;
}

/** The Notes view. */
export function PopupNotes({ deps, loadPage, openLibrary }: PopupNotesProps) {
  const [page, setPage] = useState<PageIdentity | null>(null);
  useEffect(() => {
    loadPage().then(setPage, () => setPage(null));
  }, [loadPage]);
  return <LibraryView deps={deps} height={360} currentPage={page} {...(openLibrary ? { openLibrary } : {})} />;
}
