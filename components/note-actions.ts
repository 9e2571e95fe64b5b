// The note actions of the editor and the popup, as messages to the background (replaceable in tests).
import type { Entity } from '../core/kb/entity';
import type { Note } from '../core/notes/note';
import { send } from '../messaging/client';
import type { EntityChoice, NoteEdit } from '../messaging/protocol';

/** What the note views ask of the background. */
export interface NoteActions {
  get(id: string): Promise<{ note: Note; entities: Entity[] }>;
  update(id: string, edit: NoteEdit): Promise<Note>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<Note>;
  tags(): Promise<string[]>;
  searchEntities(q: string): Promise<EntityChoice[]>;
}

/** The actions, by message. */
export const messageNoteActions: NoteActions = {
  get: (id) => send('note/get', { id }),
  update: async (id, edit) => (await send('note/update', { id, edit })).note,
  remove: async (id) => void (await send('note/delete', { id })),
  restore: async (id) => (await send('note/restore', { id })).note,
  tags: async () => (await send('tags/list', {})).tags,
  searchEntities: async (q) => (await send('entity/search', { q })).entities,
};

/** An entity as the editor shows it. */
export const choiceOf = (e: Entity): EntityChoice => ({ id: e.id, name: e.name, type: e.type });
