// Reads and writes notes, by page, tag, entity and date.
import type { Note } from '../core/notes/note';
import type { PageIdentity } from '../core/page-identity';
import type { SanctionsLensDb } from './schema';

/** Note access for the background and extension pages. */
export class NotesRepo {
  constructor(private readonly db: SanctionsLensDb) {}

  /** Stores a note. */
  async put(note: Note): Promise<void> {
    await this.db.notes.put(note);
  }

  /** One note by id. */
  get(id: string): Promise<Note | undefined> {
    return this.db.notes.get(id);
  }

  /**
   * Notes made on this page, found by its normalized or canonical URL (or other URLs it declares, such as og:url,
   * in `also`), whichever of those the note was filed under; oldest first.
   */
  async forPage(page: Pick<PageIdentity, 'normalizedUrl' | 'canonicalUrl'>, also: string[] = []): Promise<Note[]> {
    const keys = [...new Set([page.normalizedUrl, page.canonicalUrl, ...also])].filter((k): k is string => !!k);
    const [byUrl, byCanonical] = await Promise.all([
      this.db.notes.where('page.normalizedUrl').anyOf(keys).toArray(),
      this.db.notes.where('page.canonicalUrl').anyOf(keys).toArray(),
    ]);
    const all = new Map([...byUrl, ...byCanonical].map((n) => [n.id, n]));
    return [...all.values()].sort((a, b) => a.created - b.created);
  }

  /** Notes with this tag, newest first. */
  async byTag(tag: string): Promise<Note[]> {
    return (await this.db.notes.where('tags').equals(tag).toArray()).sort((a, b) => b.created - a.created);
  }

  /** Notes linked to this entity, newest first. */
  async byEntity(entityId: string): Promise<Note[]> {
    return (await this.db.notes.where('entityIds').equals(entityId).toArray()).sort((a, b) => b.created - a.created);
  }

  /** The newest notes. */
  recent(limit = 100): Promise<Note[]> {
    return this.db.notes.orderBy('created').reverse().limit(limit).toArray();
  }

  /** Deletes a note. */
  async delete(id: string): Promise<void> {
    await this.db.notes.delete(id);
  }
}
