// Reads W3C Web Annotations (ours and other tools'): one annotation, a list, an AnnotationCollection or Page.
import { EXTENSION_KEY } from '../export/w3c-export';
import { entityIdFromUri, noteIdFromUri } from '../export/uris';
import type { NoteKind } from '../notes/note';
import { normalizeUrl } from '../page-identity';
import { asList, fallbackId, findSelectors, firstString, hasValue, parseIsoTime, siteOf } from './annotation-fields';
import { FIELD_LIMITS, ImportFormatError, checkItemCount } from './import-error';
import { addNote, emptyResult, type ImportResult, type NoteIndex } from './import-result';
import { describeValue, isRecord, type JsonRecord } from './safe-json';

/** Options of the annotation importers. */
export interface AnnotationImportOptions {
  /** The time of the import, epoch ms: the creation time of annotations that have none. */
  now: number;
}

const W3C_CONTEXT = /^https?:\/\/www\.w3\.org\/ns\/anno\.jsonld$/;

/** Whether parsed JSON looks like W3C Web Annotation data: the anno.jsonld context, or an annotation type. */
export function isW3cAnnotationData(data: unknown): boolean {
  const looks = (v: unknown) =>
    isRecord(v) &&
    (asList(v['@context']).some((c) => typeof c === 'string' && W3C_CONTEXT.test(c)) ||
      ['Annotation', 'AnnotationCollection', 'AnnotationPage'].some((t) => hasValue(v.type, t)));
  return Array.isArray(data) ? data.length > 0 && data.some(looks) : looks(data);
}

/** The annotations of a collection, page, list or single annotation. */
function annotationItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return [];
  if (hasValue(data.type, 'AnnotationCollection')) {
    if (data.first === undefined && (data.total === undefined || data.total === 0)) return [];
    if (!isRecord(data.first)) {
      throw new ImportFormatError(
        'invalid-structure',
        'This W3C AnnotationCollection does not contain its annotations: its first page is only a link. ' +
          'Export it with the annotations embedded.',
        'w3c-web-annotation',
      );
    }
    return annotationItems(data.first);
  }
  if (hasValue(data.type, 'AnnotationPage')) {
    if (!Array.isArray(data.items)) {
      throw new ImportFormatError(
        'invalid-structure',
        'This W3C AnnotationPage has no list of items.',
        'w3c-web-annotation',
      );
    }
    return data.items;
  }
  return [data];
}

function iriOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return isRecord(v) && typeof v.id === 'string' ? v.id : undefined;
}

/** Comment text, tags and entity links from an annotation's bodies. */
function readBodies(a: JsonRecord): { comment: string; tags: string[]; entityIds: string[]; question: boolean } {
  const comments: string[] = [];
  const tags: string[] = [];
  const entityIds: string[] = [];
  let question = false;
  if (typeof a.bodyValue === 'string') comments.push(a.bodyValue);
  for (const body of asList(a.body)) {
    if (!isRecord(body)) continue;
    const purpose = body.purpose;
    if (hasValue(purpose, 'tagging')) {
      if (typeof body.value === 'string') tags.push(body.value);
    } else if (hasValue(purpose, 'identifying') || hasValue(purpose, 'classifying')) {
      const iri = iriOf(body.source) ?? iriOf(body);
      const id = iri === undefined ? null : entityIdFromUri(iri);
      if (id !== null) entityIds.push(id);
    } else if (typeof body.value === 'string' && (body.type === undefined || hasValue(body.type, 'TextualBody'))) {
      comments.push(body.value);
      if (hasValue(purpose, 'questioning')) question = true;
    }
  }
  return { comment: comments.join('\n\n'), tags, entityIds, question };
}

function kindOf(motivation: unknown, comment: string, question: boolean): NoteKind {
  if (hasValue(motivation, 'questioning') || question) return 'question';
  if (hasValue(motivation, 'highlighting')) return 'highlight';
  if (hasValue(motivation, 'commenting')) return 'comment';
  return comment.trim() ? 'comment' : 'highlight';
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * A candidate note (for the note normalizer to check) from one annotation, or the reason it cannot be one. The
 * first target with a TextQuoteSelector is used; the page comes from its source (id, label or title, language,
 * canonical) and, for our own exports, from the `sanctionsLens` extension.
 */
export function annotationToCandidate(
  item: unknown,
  now: number,
): { ok: true; raw: unknown } | { ok: false; reason: string } {
  if (typeof item === 'string') return { ok: false, reason: 'the item is a link to an annotation, not an annotation' };
  if (!isRecord(item)) return { ok: false, reason: 'the item is not an annotation object' };
  if (item.type !== undefined && !hasValue(item.type, 'Annotation')) {
    const type = firstString(item.type);
    return {
      ok: false,
      reason: `the item is not an Annotation (type ${type !== undefined ? JSON.stringify(type.slice(0, 60)) : describeValue(item.type)})`,
    };
  }
  const targets = asList(item.target).filter(isRecord);
  const target = targets.find((t) => findSelectors(t.selector).quote !== undefined);
  if (!target) {
    return {
      ok: false,
      reason: 'no target has a TextQuoteSelector (the annotation is on a whole page or on something other than text)',
    };
  }
  const { quote, position, range } = findSelectors(target.selector);
  const source = isRecord(target.source) ? target.source : {};
  const url = iriOf(target.source) ?? '';
  const ext = isRecord(item[EXTENSION_KEY]) ? item[EXTENSION_KEY] : null;
  const extPage = ext && isRecord(ext.page) ? ext.page : {};
  const pageUrl = str(extPage.url) ?? url;
  const canonical = str(extPage.canonicalUrl) ?? str(source.canonical);
  const created = item.created === undefined ? now : parseIsoTime(item.created);
  if (created === null) return { ok: false, reason: 'created is not an ISO 8601 date-time' };
  const modified = item.modified === undefined ? created : parseIsoTime(item.modified);
  if (modified === null) return { ok: false, reason: 'modified is not an ISO 8601 date-time' };
  const bodies = readBodies(item);
  const exact = quote?.exact ?? '';
  const iri = str(item.id);
  const id =
    iri !== undefined && iri.length <= FIELD_LIMITS.id
      ? noteIdFromUri(iri)
      : fallbackId(iri ?? url, exact, String(created));
  const raw = {
    id,
    page: {
      url: pageUrl,
      normalizedUrl: str(extPage.normalizedUrl) ?? normalizeUrl(pageUrl) ?? pageUrl,
      ...(canonical !== undefined ? { canonicalUrl: ext ? canonical : (normalizeUrl(canonical) ?? canonical) } : {}),
      title: firstString(source.label) ?? firstString(source.title) ?? '',
      lang: str(extPage.lang) ?? firstString(source.language) ?? '',
      site: str(extPage.site) ?? siteOf(pageUrl),
    },
    target: {
      quote,
      // Without a position, 0–0 says "unknown": anchoring then relies on the quote alone.
      position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 },
      ...(range ? { range } : {}),
      ...(ext && typeof ext.context === 'string' ? { context: ext.context } : {}),
      ...(ext && ext.copies !== undefined ? { copies: ext.copies } : {}),
    },
    kind: kindOf(item.motivation, bodies.comment, bodies.question),
    comment: bodies.comment,
    tags: bodies.tags,
    entityIds: bodies.entityIds,
    created,
    modified,
  };
  return { ok: true, raw };
}

/**
 * Reads W3C Web Annotation data into a result: each annotation becomes a note or an `invalid` entry with its reason.
 * @throws ImportFormatError for a collection whose annotations are not embedded, or too many annotations
 */
export function importW3c(data: unknown, options: AnnotationImportOptions): ImportResult {
  const items = annotationItems(data);
  checkItemCount(items.length, 'annotations');
  const result = emptyResult('w3c-web-annotation');
  const seen: NoteIndex = new Map();
  items.forEach((item, index) => {
    const c = annotationToCandidate(item, options.now);
    if (c.ok) addNote(result, c.raw, index, seen);
    else result.invalid.push({ section: 'notes', index, reason: c.reason });
  });
  return result;
}
