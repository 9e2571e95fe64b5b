// The background's note handlers: a page's notes for anchoring, anchoring reports, editing, deleting with undo, tags.
import { cleanTags, NOTE_LIMITS, type Note } from '../../core/notes/note';
import { normalizeUrl, type PageIdentity } from '../../core/page-identity';
import { EntitiesRepo } from '../../db/entities-repo';
import { NotesRepo } from '../../db/notes-repo';
import type { AnchoringReport, MessageType } from '../../messaging/protocol';
import type { Handler, HandlerDeps } from './handlers';
import { contentTab, ownAlternates, ownPage } from './sender-page';

type NoteMessageType = Extract<
  MessageType,
  | 'note/targets'
  | 'note/anchoring'
  | 'note/get'
  | 'note/update'
  | 'note/delete'
  | 'note/restore'
  | 'tags/list'
  | 'entity/search'
>;

/** Session key of a tab's last anchoring report. */
export const anchoringKey = (tabId: number) => `anchoring:${tabId}`;
const deletedKey = (id: string) => `deleted:${id}`;

interface StoredAnchoring extends AnchoringReport {
  normalizedUrl: string;
}

async function noteOrThrow(id: string, deps: HandlerDeps): Promise<Note> {
  const note = await new NotesRepo(deps.db).get(id);
  if (!note) throw new Error('This note no longer exists.');
  return note;
}

/**
 * A tab's last anchoring report, if it is about the page the tab now shows, restricted to that page's notes; a note
 * that the content script has not reported on yet counts as neither anchored nor orphan.
 */
export async function anchoringFor(
  tabId: number,
  page: PageIdentity,
  notes: Note[],
  deps: Pick<HandlerDeps, 'session'>,
): Promise<AnchoringReport | null> {
  const stored = await deps.session.get<StoredAnchoring>(anchoringKey(tabId));
  if (!stored || stored.normalizedUrl !== page.normalizedUrl) return null;
  const ids = new Set(notes.map((n) => n.id));
  return {
    anchored: stored.anchored.filter((id) => ids.has(id)),
    orphans: stored.orphans.filter((id) => ids.has(id)),
  };
}

/** Handlers of the note messages, merged into the background's handler table. */
export const noteHandlers: { [T in NoteMessageType]: Handler<T> } = {
  async 'note/targets'(req, sender, deps) {
    const { url } = contentTab(sender);
    const page = ownPage(req.page, url);
    const notes = await new NotesRepo(deps.db).forPage(page, ownAlternates(req.also ?? [], url));
    return { notes: notes.map((n) => ({ id: n.id, kind: n.kind, target: n.target })) };
  },

  async 'note/anchoring'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    const normalizedUrl = normalizeUrl(url);
    if (!normalizedUrl) throw new Error('Not a web page');
    const stored: StoredAnchoring = { normalizedUrl, anchored: req.anchored, orphans: req.orphans };
    await deps.session.set(anchoringKey(tabId), stored);
    return { ok: true };
  },

  async 'note/get'(req, _sender, deps) {
    const note = await noteOrThrow(req.id, deps);
    return { note, entities: await new EntitiesRepo(deps.db).getMany(note.entityIds) };
  },

  async 'note/update'(req, _sender, deps) {
    const note = await noteOrThrow(req.id, deps);
    const { edit } = req;
    const updated: Note = {
      ...note,
      comment: edit.comment,
      tags: cleanTags(edit.tags),
      entityIds: [...new Set(edit.entityIds)].slice(0, NOTE_LIMITS.entities),
      kind: edit.kind,
      modified: (deps.now ?? Date.now)(),
    };
    await new NotesRepo(deps.db).put(updated);
    await deps.notesChanged?.();
    return { note: updated };
  },

  async 'note/delete'(req, _sender, deps) {
    const note = await noteOrThrow(req.id, deps);
    // Kept for the session first, so that nothing is lost if deleting fails half-way and the user can undo.
    await deps.session.set(deletedKey(note.id), note);
    await new NotesRepo(deps.db).delete(note.id);
    await deps.notesChanged?.();
    return { ok: true };
  },

  async 'note/restore'(req, _sender, deps) {
    const note = await deps.session.get<Note>(deletedKey(req.id));
    if (!note) throw new Error('There is no deleted note to restore.');
    await new NotesRepo(deps.db).put(note);
    await deps.session.remove(deletedKey(req.id));
    await deps.notesChanged?.();
    return { note };
  },

  async 'tags/list'(_req, _sender, deps) {
    const counts = new Map<string, number>();
    for (const tag of (await deps.db.notes.orderBy('tags').keys()) as string[]) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const tags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
    return { tags: tags.slice(0, 1000) };
  },

  async 'entity/search'(req, _sender, deps) {
    const found = await new EntitiesRepo(deps.db).searchByName(req.q, 20);
    return { entities: found.map((e) => ({ id: e.id, name: e.name, type: e.type })) };
  },
};
