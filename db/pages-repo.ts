// Records what the extension found on the pages the user visited.
import type { PageRow, SanctionsLensDb } from './schema';

/** Page-visit records. */
export class PagesRepo {
  constructor(private readonly db: SanctionsLensDb) {}

  /** Records (or refreshes) a visit. */
  async record(row: PageRow): Promise<void> {
    await this.db.pages.put(row);
  }

  /** The record for a normalized URL. */
  get(normalizedUrl: string): Promise<PageRow | undefined> {
    return this.db.pages.get(normalizedUrl);
  }
}
