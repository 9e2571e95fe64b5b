// The background's message handlers as plain functions: validate, check the sender, answer.
import type { PackSignal } from '../../core/kb/pack';
import { createNote } from '../../core/notes/note';
import { normalizeUrl, type PageIdentity } from '../../core/page-identity';
import type { Settings } from '../../core/settings';
import type { KbCache } from './analysis-handlers';
import { EntitiesRepo } from '../../db/entities-repo';
import { NotesRepo } from '../../db/notes-repo';
import { PagesRepo } from '../../db/pages-repo';
import type { SanctionsLensDb } from '../../db/schema';
import { isQuotaError, storageError } from '../../db/storage-error';
import {
  CONTENT_SCRIPT_TYPES,
  parseRequest,
  type FoundEntity,
  type MessageType,
  type PageReport,
  type NoteDraft,
  type Reply,
  type Request,
  type Response,
} from '../../messaging/protocol';
import { analysisHandlers } from './analysis-handlers';
import { forgetFound, foundOn } from './found-entities';
import { checkedKey, wakeHandlers, type CheckedPage } from './full-script';
import { anchoringFor, anchoringKey, noteHandlers } from './note-handlers';
import { receivePiece, replyPiece } from './piece-handlers';
import type { PieceStore } from './piece-store';
import type { Sender } from './sender';
import { contentTab, ownPage } from './sender-page';
import type { SessionStore } from './session-store';

export { ownPage } from './sender-page';

/** What the handlers need from the background. */
export interface HandlerDeps {
  db: SanctionsLensDb;
  session: SessionStore;
  /** Sets a tab's badge; `about` gives it the distinct look of a page about the topic. */
  setBadge(tabId: number, text: string, about: boolean): Promise<void>;
  /** The detection signal terms per language (from the bundled pack). */
  signals?: () => Record<string, PackSignal[]>;
  /** Opens one of the extension's pages (a path such as `/popup.html?view=bodies`) in a new tab. */
  openPage?(path: string): Promise<void>;
  now?: () => number;
  newId?: () => string;
  /** Tells the content scripts that notes changed (so that they draw them again). */
  notesChanged?(): Promise<void>;
  /** The compiled knowledge base, kept between messages (built for each message without it, as in tests). */
  compiledKb?: KbCache;
  /**
   * Injects the full content script into a tab's top frame once per document; resolves whether it did now. With
   * `settings` (just read), the script gets them with the injection instead of reading them itself.
   */
  injectFull?(tabId: number, settings?: Settings): Promise<boolean>;
  /** The user's settings (the defaults without it, as in tests). */
  settings?(): Promise<Settings>;
  /** A tab's page from its URL and title, for a tab whose content script sent no report. */
  tabPage?(tabId: number): Promise<PageIdentity | null>;
  /** Pieces of content scripts' long messages, kept per tab (messages in pieces are refused without it). */
  pieces?: PieceStore;
}

/** What the background remembers about a tab. */
export interface TabState {
  page: PageIdentity;
  entities: FoundEntity[];
  report: Omit<PageReport, 'page' | 'entities'>;
}

interface StoredDraft {
  tabId: number;
  draft: NoteDraft;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const draftKey = (id: string) => `draft:${id}`;

async function draftFor(draftId: string, sender: Sender, deps: HandlerDeps): Promise<StoredDraft> {
  const stored = await deps.session.get<StoredDraft>(draftKey(draftId));
  if (!stored) throw new Error('This note draft has expired: select the text again.');
  // The editor frame sits in the tab the draft was made in.
  if (sender.tabId !== undefined && sender.tabId !== stored.tabId) throw new Error('This draft belongs to another tab');
  return stored;
}

/** Whether a sender may learn of entity `id`: any extension page; a content script when it is on its page. */
async function onSendersPage(id: string, sender: Sender, deps: HandlerDeps): Promise<boolean> {
  if (sender.kind !== 'content') return true;
  return (await foundOn(deps.session, sender.tabId, sender.url)).has(id);
}

/** One message type's handler. */
export type Handler<T extends MessageType> = (
  req: Request<T>,
  sender: Sender,
  deps: HandlerDeps,
) => Promise<Response<T>>;
type Handlers = { [T in MessageType]: Handler<T> };

const handlers: Handlers = {
  async 'page/report'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    const page = ownPage(req.page, url);
    const { type: _type, page: _claimed, entities, ...report } = req;
    const state: TabState = { page, entities, report };
    await deps.session.set(tabKey(tabId), state);
    await deps.setBadge(tabId, entities.length > 0 ? String(entities.length) : '', report.verdict === 'about');
    if (entities.length > 0) {
      await new PagesRepo(deps.db).record({
        normalizedUrl: page.normalizedUrl,
        ...(page.canonicalUrl ? { canonicalUrl: page.canonicalUrl } : {}),
        title: page.title,
        lang: page.lang,
        site: page.site,
        verdict: report.verdict,
        entities,
        seen: (deps.now ?? Date.now)(),
      });
    }
    return { ok: true };
  },

  async 'entity/get'(req, sender, deps) {
    // A content script learns nothing of an entity that is not on its page, not even whether it exists.
    if (!(await onSendersPage(req.id, sender, deps))) return { entity: null };
    const [entity] = await new EntitiesRepo(deps.db).getMany([req.id]);
    return { entity: entity ?? null };
  },

  async 'ui/open-entity'(req, sender, deps) {
    if (!(await onSendersPage(req.id, sender, deps)) || !(await deps.db.entities.get(req.id))) {
      throw new Error(`Unknown entity: ${req.id}`);
    }
    await deps.openPage?.(`/popup.html?view=bodies&entity=${encodeURIComponent(req.id)}`);
    return { ok: true };
  },

  async 'note/draft'(req, sender, deps) {
    const { tabId, url } = contentTab(sender);
    const draftId = (deps.newId ?? (() => crypto.randomUUID()))();
    const found = await foundOn(deps.session, tabId, url);
    const entityIds = req.draft.entityIds.filter((id) => found.has(id));
    const stored: StoredDraft = { tabId, draft: { ...req.draft, page: ownPage(req.draft.page, url), entityIds } };
    await deps.session.set(draftKey(draftId), stored);
    return { draftId };
  },

  async 'draft/get'(req, sender, deps) {
    const stored = await draftFor(req.draftId, sender, deps);
    const entities = await new EntitiesRepo(deps.db).getMany(stored.draft.entityIds);
    return { draft: stored.draft, entities };
  },

  async 'note/create'(req, sender, deps) {
    const stored = await draftFor(req.draftId, sender, deps);
    const { draft } = stored;
    const note = createNote({
      page: draft.page,
      target: draft.target,
      comment: req.comment,
      tags: req.tags,
      entityIds: req.entityIds ?? draft.entityIds,
      ...(req.kind ? { kind: req.kind } : {}),
      ...(deps.now ? { now: deps.now() } : {}),
    });
    await new NotesRepo(deps.db).put(note);
    await deps.session.remove(draftKey(req.draftId));
    await deps.notesChanged?.();
    return { note };
  },

  async 'kb/ready'(_req, _sender, deps) {
    return { entities: await deps.db.entities.count() };
  },

  async 'tab/view'(req, _sender, deps) {
    const state = await deps.session.get<TabState>(tabKey(req.tabId));
    if (!state) {
      // The bootstrap content script ruled the page out and sent nothing: the tab's own URL and title.
      const page = (await deps.tabPage?.(req.tabId)) ?? null;
      if (!page) return { page: null, report: null, entities: [], notes: [], anchoring: null };
      const notes = await new NotesRepo(deps.db).forPage(page);
      const anchoring = await anchoringFor(req.tabId, page, notes, deps);
      // The second stage's reasons, when it ruled out this very page.
      const checked = await deps.session.get<CheckedPage>(checkedKey(req.tabId));
      const ruledOut = checked && normalizeUrl(checked.url) === page.normalizedUrl ? checked.reasons : undefined;
      return { page, report: null, entities: [], notes, anchoring, ...(ruledOut ? { ruledOut } : {}) };
    }
    const counts = new Map(state.entities.map((e) => [e.id, e.count]));
    const entities = (await new EntitiesRepo(deps.db).getMany(state.entities.map((e) => e.id))).map((e) => ({
      ...e,
      count: counts.get(e.id) ?? 0,
    }));
    const notes = await new NotesRepo(deps.db).forPage(state.page);
    const anchoring = await anchoringFor(req.tabId, state.page, notes, deps);
    return { page: state.page, report: state.report, entities, notes, anchoring };
  },

  'message/piece': (req, sender, deps) => receivePiece(req, sender, deps, handleMessage),
  'message/reply-piece': (req, sender, deps) => replyPiece(req, sender, deps),

  ...noteHandlers,
  ...analysisHandlers,
  ...wakeHandlers,
};

/** Answers one message: validates its shape and its sender's right to send it, then runs its handler. */
export async function handleMessage(
  raw: unknown,
  sender: Sender | null,
  deps: HandlerDeps,
): Promise<Reply<MessageType>> {
  try {
    if (!sender) throw new Error('Unknown sender');
    const req = parseRequest(raw);
    if (sender.kind === 'content' && !CONTENT_SCRIPT_TYPES.includes(req.type)) {
      throw new Error(`A content script may not send ${req.type}`);
    }
    const handler = handlers[req.type] as Handler<MessageType>;
    return { ok: true, value: await handler(req, sender, deps) };
  } catch (err) {
    // A full disk gets words the user can act on (shown by the editor or page that sent the message).
    if (isQuotaError(err)) return { ok: false, error: storageError(err, 'This change').message };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Forgets what a tab showed (its URL changed). What the background found on its page is kept: it is per page, and
 * the next page's analysis may have come before this (a single-page app's navigation).
 */
export async function forgetTab(tabId: number, deps: Pick<HandlerDeps, 'session' | 'pieces'>): Promise<void> {
  deps.pieces?.forgetTab(tabId);
  await deps.session.remove(tabKey(tabId));
  await deps.session.remove(anchoringKey(tabId));
  await deps.session.remove(checkedKey(tabId));
}

/** Forgets a closed tab, with what the background found on its page. */
export async function closeTab(tabId: number, deps: Pick<HandlerDeps, 'session' | 'pieces'>): Promise<void> {
  await forgetTab(tabId, deps);
  await forgetFound(deps.session, tabId);
}
