// The one typed message protocol between content scripts, extension pages and the background.
import type { Entity } from '../core/kb/entity';
import { NOTE_LIMITS, type Note, type NoteKind, type NoteTarget } from '../core/notes/note';
import type { PageIdentity } from '../core/page-identity';
import type { PageAnalysis, PageContent } from '../core/analysis/analyze-content';
import {
  parseHighlightAsk,
  parseMatchTexts,
  parsePageContent,
  type HighlightAsk,
  type PageMatches,
} from './page-analysis';
import {
  parseMessagePiece,
  parseReplyPieceAsk,
  type MessagePiece,
  type PieceAnswer,
  type ReplyPieceAsk,
} from './message-pieces';
import { arr, bool, fraction, int, InvalidMessageError, obj, oneOf, optStr, str } from './validate';

/** Entity counts that a content script found on its page. */
export interface FoundEntity {
  id: string;
  count: number;
}

/** What the popup shows for a tab. */
export interface TabView {
  page: PageIdentity | null;
  /** The analysis of the page, when the content script reported one. */
  report: Omit<PageReport, 'page' | 'entities'> | null;
  entities: (Entity & { count: number })[];
  notes: Note[];
  /** Which of the notes the content script placed on the page and which it could not (orphans), once it reported. */
  anchoring: AnchoringReport | null;
  /** Why the page was not analysed, when the background's quick check of its text ruled it out (no report then). */
  ruledOut?: string[];
}

/** A note's place on its page: all a content script needs to anchor and draw it (never its comment or tags). */
export interface NoteAnchorTarget {
  id: string;
  kind: NoteKind;
  target: NoteTarget;
}

/** What a content script could place of its page's notes. */
export interface AnchoringReport {
  anchored: string[];
  orphans: string[];
}

/** An entity as the note editor lists it when linking. */
export interface EntityChoice {
  id: string;
  name: string;
  type: string;
}

/** The editable parts of a note. */
export interface NoteEdit {
  comment: string;
  tags: string[];
  entityIds: string[];
  kind: NoteKind;
}

/** Messages the background sends to a tab's content script (not requests: nothing is answered). */
export type ContentCommand = { type: 'note/from-selection' } | { type: 'notes/changed' };

/** Checks a message that claims to come from the background; null when it is not one of ours. */
export function parseContentCommand(raw: unknown): ContentCommand | null {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'note/from-selection' || type === 'notes/changed' ? { type } : null;
}

/** A note being written: where it is, before the editor adds the comment. */
export interface NoteDraft {
  page: PageIdentity;
  target: NoteTarget;
  entityIds: string[];
}

/** The topic verdict of a page. */
export type Verdict = 'about' | 'mentions' | 'none';

/** What a content script reports about its page. */
export interface PageReport {
  page: PageIdentity;
  verdict: Verdict;
  score: number;
  reasons: string[];
  pageType: 'article' | 'listing' | 'other';
  language: string;
  entities: FoundEntity[];
  /** Whether highlights are drawn (settings and verdict allowing). */
  highlighted: boolean;
}

/** Why the bootstrap content script asks for the full one: a trigger in the page, in content added later, a selection. */
export type WakeReason = 'topic' | 'content' | 'selection';
const WAKE_REASONS: readonly WakeReason[] = ['topic', 'content', 'selection'];

/** The longest text a bootstrap may send with `page/wake` (page/fast-path-sample.ts `probeText`: at most 576 K). */
export const MAX_WAKE_SAMPLE = 640 * 1024;

/**
 * The bootstrap's request for the full content script. With `sample` (the page's whole text, as the second stage
 * reads it), the background may rule the page out instead of injecting the script.
 */
export interface WakeRequest {
  reason: WakeReason;
  sample?: string;
}

/** Every request and its response, by message type. */
export interface Protocol {
  /** Content script: what it found on its own page. */
  'page/report': { req: PageReport; res: { ok: true } };
  /** Bootstrap content script: its page needs the full content script (injected once per document). */
  'page/wake': { req: WakeRequest; res: { injected: boolean; ruledOut?: boolean } };
  /** Content script: analyse its page's content (read from the DOM) with the background's knowledge base. */
  'page/analyse': {
    req: { content: PageContent; highlight?: HighlightAsk };
    /** With `highlight`, the matches of its text too when the verdict calls for highlights. */
    res: { analysis: PageAnalysis; matches?: PageMatches };
  };
  /** Content script: the entity names in texts of its page (for highlights, or a selection). */
  'page/match': { req: { texts: string[] }; res: PageMatches };
  /** Content script: a piece of a long message (messaging/message-pieces.ts); the last one gets the message's reply. */
  'message/piece': { req: MessagePiece; res: PieceAnswer };
  /** Content script: one more piece of a long reply to a message sent in pieces. */
  'message/reply-piece': { req: ReplyPieceAsk; res: { text: string } };
  /**
   * Content script: one entity that the background found on its page, for its card (null for any other: a page may
   * not read the knowledge base, the user's own entities included).
   */
  'entity/get': { req: { id: string }; res: { entity: Entity | null } };
  /** Content script: open an entity found on its page in the full-tab Bodies view. */
  'ui/open-entity': { req: { id: string }; res: { ok: true } };
  /**
   * Content script: start a note on a selection of its own page; the editor iframe takes the draft id. Linked
   * entities that the background did not find on the page are dropped.
   */
  'note/draft': { req: { draft: NoteDraft }; res: { draftId: string } };
  /** Extension page (note editor): read a draft. */
  'draft/get': { req: { draftId: string }; res: { draft: NoteDraft; entities: Entity[] } };
  /** Extension page (note editor): save a draft as a note (kind and entities as edited; else as drafted). */
  'note/create': {
    req: { draftId: string; comment: string; tags: string[]; kind?: NoteKind; entityIds?: string[] };
    res: { note: Note };
  };
  /** Content script: the notes of its own page (found by URL, normalized URL, canonical link or og:url). */
  'note/targets': { req: { page: PageIdentity; also?: string[] }; res: { notes: NoteAnchorTarget[] } };
  /** Content script: which of its page's notes it anchored and which are orphans. */
  'note/anchoring': { req: AnchoringReport; res: { ok: true } };
  /** Extension page: one note with its linked entities. */
  'note/get': { req: { id: string }; res: { note: Note; entities: Entity[] } };
  /** Extension page: changes a note's comment, tags, entities or kind. */
  'note/update': { req: { id: string; edit: NoteEdit }; res: { note: Note } };
  /** Extension page: deletes a note; it is kept for the session so that the deletion can be undone. */
  'note/delete': { req: { id: string }; res: { ok: true } };
  /** Extension page: undoes a deletion. */
  'note/restore': { req: { id: string }; res: { note: Note } };
  /** Extension page: every tag in use, most used first, for completion. */
  'tags/list': { req: object; res: { tags: string[] } };
  /** Extension page: entities whose names start with a text, for linking to a note. */
  'entity/search': { req: { q: string }; res: { entities: EntityChoice[] } };
  /** Extension page: waits until the background has loaded the knowledge base; answers how many entities it has. */
  'kb/ready': { req: object; res: { entities: number } };
  /** Extension page (popup): what the extension knows of a tab. */
  'tab/view': { req: { tabId: number }; res: TabView };
}

/** A message type. */
export type MessageType = keyof Protocol;
/** A request of a given type, as sent. */
export type Request<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Protocol[T]['req']
  : never;
/** The response to a given type. */
export type Response<T extends MessageType> = Protocol[T]['res'];
/** What the receiver sends back: the response, or an error message. */
export type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };

/** Message types that content scripts (untrusted, in web pages) may send. */
export const CONTENT_SCRIPT_TYPES: readonly MessageType[] = [
  'page/report',
  'page/wake',
  'page/analyse',
  'page/match',
  'message/piece',
  'message/reply-piece',
  'entity/get',
  'ui/open-entity',
  'note/draft',
  'note/targets',
  'note/anchoring',
];
/** Every message type; a Record so that the compiler insists on each one. */
const KNOWN_TYPES: Record<MessageType, true> = {
  'page/report': true,
  'page/wake': true,
  'page/analyse': true,
  'page/match': true,
  'message/piece': true,
  'message/reply-piece': true,
  'entity/get': true,
  'ui/open-entity': true,
  'note/draft': true,
  'draft/get': true,
  'note/create': true,
  'kb/ready': true,
  'tab/view': true,
  'note/targets': true,
  'note/anchoring': true,
  'note/get': true,
  'note/update': true,
  'note/delete': true,
  'note/restore': true,
  'tags/list': true,
  'entity/search': true,
};
const ALL_TYPES = Object.keys(KNOWN_TYPES) as MessageType[];

function pageOf(v: unknown, path: string): PageIdentity {
  const o = obj(v, path);
  const canonicalUrl = optStr(o.canonicalUrl, `${path}.canonicalUrl`, 4096);
  return {
    url: str(o.url, `${path}.url`, 8192),
    normalizedUrl: str(o.normalizedUrl, `${path}.normalizedUrl`, 8192),
    ...(canonicalUrl !== undefined ? { canonicalUrl } : {}),
    title: str(o.title, `${path}.title`, 1000),
    lang: str(o.lang, `${path}.lang`, 35),
    site: str(o.site, `${path}.site`, 300),
  };
}

const id = (v: unknown, p: string) => str(v, p, 200);

function targetOf(v: unknown, path: string): NoteTarget {
  const o = obj(v, path);
  const q = obj(o.quote, `${path}.quote`);
  const pos = obj(o.position, `${path}.position`);
  const start = int(pos.start, `${path}.position.start`);
  const end = int(pos.end, `${path}.position.end`);
  if (end < start) throw new InvalidMessageError(`${path}.position ends before it starts`);
  const target: NoteTarget = {
    quote: {
      type: 'TextQuoteSelector',
      exact: str(q.exact, `${path}.quote.exact`, NOTE_LIMITS.quote),
      prefix: str(q.prefix, `${path}.quote.prefix`, 200),
      suffix: str(q.suffix, `${path}.quote.suffix`, 200),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
  if (!target.quote.exact.trim()) throw new InvalidMessageError(`${path}.quote.exact is empty`);
  if (o.range !== undefined) {
    const r = obj(o.range, `${path}.range`);
    target.range = {
      type: 'RangeSelector',
      startContainer: str(r.startContainer, `${path}.range.startContainer`, 2000),
      startOffset: int(r.startOffset, `${path}.range.startOffset`),
      endContainer: str(r.endContainer, `${path}.range.endContainer`, 2000),
      endOffset: int(r.endOffset, `${path}.range.endOffset`),
    };
  }
  const context = optStr(o.context, `${path}.context`, NOTE_LIMITS.context);
  if (context !== undefined) target.context = context;
  if (o.copies !== undefined) target.copies = int(o.copies, `${path}.copies`);
  return target;
}

const tagsOf = (v: unknown) => arr(v, 'tags', NOTE_LIMITS.tags, (t, p) => str(t, p, NOTE_LIMITS.tag));
const entityIdsOf = (v: unknown, path: string) => arr(v, path, NOTE_LIMITS.entities, id);
const kindOf = (v: unknown) => oneOf(v, 'kind', ['highlight', 'comment', 'question'] as const);

/** Checks an incoming message's shape. Throws {@link InvalidMessageError} with the reason. */
export function parseRequest(raw: unknown): Request {
  const m = obj(raw, 'message');
  const type = oneOf(m.type, 'message.type', ALL_TYPES);
  switch (type) {
    case 'page/report':
      return {
        type,
        page: pageOf(m.page, 'page'),
        verdict: oneOf(m.verdict, 'verdict', ['about', 'mentions', 'none'] as const),
        score: fraction(m.score, 'score'),
        reasons: arr(m.reasons, 'reasons', 50, (r, p) => str(r, p, 500)),
        pageType: oneOf(m.pageType, 'pageType', ['article', 'listing', 'other'] as const),
        language: str(m.language, 'language', 35),
        highlighted: bool(m.highlighted, 'highlighted'),
        entities: arr(m.entities, 'entities', 5000, (e, p) => {
          const o = obj(e, p);
          return { id: id(o.id, `${p}.id`), count: int(o.count, `${p}.count`) };
        }),
      };
    case 'note/draft': {
      const d = obj(m.draft, 'draft');
      return {
        type,
        draft: {
          page: pageOf(d.page, 'draft.page'),
          target: targetOf(d.target, 'draft.target'),
          entityIds: arr(d.entityIds, 'draft.entityIds', NOTE_LIMITS.entities, id),
        },
      };
    }
    case 'kb/ready':
      return { type };
    case 'page/wake':
      return {
        type,
        reason: oneOf(m.reason, 'reason', WAKE_REASONS),
        ...(m.sample !== undefined ? { sample: str(m.sample, 'sample', MAX_WAKE_SAMPLE) } : {}),
      };
    case 'page/analyse':
      return {
        type,
        content: parsePageContent(m.content, 'content'),
        ...(m.highlight !== undefined ? { highlight: parseHighlightAsk(m.highlight, 'highlight') } : {}),
      };
    case 'page/match':
      return { type, texts: parseMatchTexts(m.texts, 'texts') };
    case 'message/piece':
      return { type, ...parseMessagePiece(m) };
    case 'message/reply-piece':
      return { type, ...parseReplyPieceAsk(m) };
    case 'entity/get':
    case 'ui/open-entity':
      return { type, id: id(m.id, 'id') };
    case 'draft/get':
      return { type, draftId: id(m.draftId, 'draftId') };
    case 'note/create':
      return {
        type,
        draftId: id(m.draftId, 'draftId'),
        comment: str(m.comment, 'comment', NOTE_LIMITS.comment),
        tags: tagsOf(m.tags),
        ...(m.kind !== undefined ? { kind: kindOf(m.kind) } : {}),
        ...(m.entityIds !== undefined ? { entityIds: entityIdsOf(m.entityIds, 'entityIds') } : {}),
      };
    case 'note/targets':
      return {
        type,
        page: pageOf(m.page, 'page'),
        ...(m.also !== undefined ? { also: arr(m.also, 'also', 4, (u, p) => str(u, p, 4096)) } : {}),
      };
    case 'note/anchoring':
      return {
        type,
        anchored: arr(m.anchored, 'anchored', 10_000, id),
        orphans: arr(m.orphans, 'orphans', 10_000, id),
      };
    case 'note/get':
    case 'note/delete':
    case 'note/restore':
      return { type, id: id(m.id, 'id') };
    case 'note/update': {
      const e = obj(m.edit, 'edit');
      return {
        type,
        id: id(m.id, 'id'),
        edit: {
          comment: str(e.comment, 'edit.comment', NOTE_LIMITS.comment),
          tags: tagsOf(e.tags),
          entityIds: entityIdsOf(e.entityIds, 'edit.entityIds'),
          kind: kindOf(e.kind),
        },
      };
    }
    case 'tags/list':
      return { type };
    case 'entity/search':
      return { type, q: str(m.q, 'q', 200) };
    case 'tab/view':
      return { type, tabId: int(m.tabId, 'tabId') };
  }
}
