// The full-tab Library page: the library with a list window as tall as the tab.
import { LibraryView, type LibraryViewProps } from '../../components/library/LibraryView';

/** Props of {@link LibraryPage}. */
export type LibraryPageProps = Pick<LibraryViewProps, 'deps' | 'initial' | 'height'> & {
  /** Whether the browser keeps the database under storage pressure; null while unknown. */
  persisted: boolean | null;
};

/** The page's root component. */
export function LibraryPage({ deps, initial, height, persisted }: LibraryPageProps) {
  return (
    <main class="library-page">
      <header>
        <h1>Sanctions Lens · Notes library</h1>
        <p class="muted" data-persisted={String(persisted)}>
          Your notes stay in this browser
          {persisted === true && ' (persistent storage: the browser will not clear them to free space)'}
          {persisted === false && ' (the browser did not grant persistent storage: export a backup now and then)'}.
        </p>
      </header>
      <LibraryView deps={deps} {...(initial ? { initial } : {})} {...(height ? { height } : {})} />
    </main>
  );
}
