// Exports notes as W3C Web Annotations in JSON-LD: an AnnotationCollection with one embedded AnnotationPage.
import type { Note, NoteKind, RangeSelector } from '../notes/note';
import { entityLabel, isoDate, isoTime, type ExportOptions } from './export-options';
import { APP_NAME, APP_URI, SANCTIONS_LENS_BASE, entityUri, noteUri, pageUri } from './uris';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The W3C motivation of each kind of note (all three are in the model's list of motivations). */
export const MOTIVATION_OF_KIND: Readonly<Record<NoteKind, 'highlighting' | 'commenting' | 'questioning'>> = {
  highlight: 'highlighting',
  comment: 'commenting',
  question: 'questioning',
};

/**
 * Name of the extension property that carries what the Web Annotation model has no term for. It is plain JSON:
 * other tools ignore it, and JSON-LD processors drop it (it is not in the anno.jsonld context); nothing that the
 * model can say is put only there.
 */
export const EXTENSION_KEY = 'sanctionsLens';

/** The extension property of an exported annotation. */
export interface SanctionsLensExtension {
  page: {
    normalizedUrl: string;
    site: string;
    /** The URL as stored, only when `target.source.id` is not exactly it (it had to be percent-encoded). */
    url?: string;
    /** Likewise the canonical URL, when `target.source.canonical` is not exactly it. */
    canonicalUrl?: string;
    /** Likewise the language, when `target.source.language` is not exactly it or is absent. */
    lang?: string;
  };
  /** The paragraph around the quote. */
  context?: string;
  /** How many times the quote stood on the page when the note was made (NoteTarget.copies). */
  copies?: number;
}

/** A JSON object as exported. */
export type JsonObject = { [key: string]: unknown };

/** A W3C RangeSelector: XPath start and end containers, each refined by a zero-length TextPositionSelector whose
 * `start` is the character offset in that container (how our XPath and offsets survive in the model's terms). */
export function toW3cRangeSelector(range: RangeSelector): JsonObject {
  const point = (container: string, offset: number) => ({
    type: 'XPathSelector',
    value: container,
    refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
  });
  return {
    type: 'RangeSelector',
    startSelector: point(range.startContainer, range.startOffset),
    endSelector: point(range.endContainer, range.endOffset),
  };
}

const LANGUAGE = /^([a-z]{2,3})(-[a-z0-9-]*)?$/i;

/** The page language as the model wants it (primary subtag in lower case), or null when it is not a language tag. */
function w3cLanguage(lang: string): string | null {
  const m = LANGUAGE.exec(lang);
  return m ? (m[1] ?? '').toLowerCase() + (m[2] ?? '') : null;
}

function target(note: Note): { target: JsonObject; page: SanctionsLensExtension['page'] } {
  const { page } = note;
  const extPage: SanctionsLensExtension['page'] = { normalizedUrl: page.normalizedUrl, site: page.site };
  const source: JsonObject = { id: pageUri(page.url), type: 'Text' };
  if (source.id !== page.url) extPage.url = page.url;
  if (page.title) source.label = page.title;
  const language = w3cLanguage(page.lang);
  if (language) source.language = language;
  if (language !== page.lang && page.lang !== '') extPage.lang = page.lang;
  if (page.canonicalUrl !== undefined) {
    source.canonical = pageUri(page.canonicalUrl);
    if (source.canonical !== page.canonicalUrl) extPage.canonicalUrl = page.canonicalUrl;
  }
  const { quote, position, range } = note.target;
  const quoteSelector: JsonObject = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix) quoteSelector.prefix = quote.prefix;
  if (quote.suffix) quoteSelector.suffix = quote.suffix;
  const selector: JsonObject[] = [
    quoteSelector,
    { type: 'TextPositionSelector', start: position.start, end: position.end },
  ];
  if (range) selector.push(toW3cRangeSelector(range));
  return { target: { type: 'SpecificResource', source, selector }, page: extPage };
}

function bodies(note: Note, options: ExportOptions): JsonObject[] {
  const out: JsonObject[] = [];
  if (note.comment !== '') {
    out.push({
      type: 'TextualBody',
      value: note.comment,
      purpose: note.kind === 'question' ? 'questioning' : 'commenting',
      format: 'text/plain',
      ...(options.commentLanguage ? { language: options.commentLanguage } : {}),
    });
  }
  for (const tag of note.tags) out.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const id of note.entityIds) {
    const name = entityLabel(options, id);
    out.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: name === id ? entityUri(id) : { id: entityUri(id), label: name },
    });
  }
  return out;
}

/** The generator of every exported annotation and collection: this software, with its version. */
export function generator(appVersion: string): JsonObject {
  return { id: APP_URI, type: 'Software', name: `${APP_NAME} ${appVersion}` };
}

/**
 * One note as a stand-alone Web Annotation (with its own `@context`, so that it can be taken out of the collection):
 * id `urn:uuid:<note id>`; motivation highlighting, commenting or questioning; a SpecificResource target on the page
 * (id, label = title, language, canonical) with TextQuote, TextPosition and Range selectors; bodies for the comment
 * (TextualBody, plain text), each tag (purpose tagging) and each linked entity (SpecificResource, purpose identifying).
 */
export function noteToAnnotation(note: Note, options: ExportOptions): JsonObject {
  const body = bodies(note, options);
  const { target: t, page } = target(note);
  const extension: SanctionsLensExtension = { page };
  if (note.target.context !== undefined) extension.context = note.target.context;
  if (note.target.copies !== undefined) extension.copies = note.target.copies;
  return {
    '@context': ANNO_CONTEXT,
    id: noteUri(note.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[note.kind],
    created: isoTime(note.created),
    modified: isoTime(note.modified),
    generator: generator(options.appVersion),
    generated: isoTime(options.now),
    ...(body.length ? { body } : {}),
    target: t,
    [EXTENSION_KEY]: extension,
  };
}

/** The IRI of an export's collection, from the time of the export. */
export function collectionUri(now: number): string {
  return `${SANCTIONS_LENS_BASE}/export/${now}`;
}

/** Notes as an AnnotationCollection whose first (and only) AnnotationPage embeds every annotation. */
export function notesToAnnotationCollection(notes: readonly Note[], options: ExportOptions): JsonObject {
  const id = collectionUri(options.now);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `${APP_NAME} notes, exported ${isoDate(options.now)}`,
    total: notes.length,
    generator: generator(options.appVersion),
    generated: isoTime(options.now),
    ...(notes.length
      ? {
          first: {
            id: `${id}/page/1`,
            type: 'AnnotationPage',
            partOf: id,
            startIndex: 0,
            items: notes.map((n) => noteToAnnotation(n, options)),
          },
        }
      : {}),
  };
}

/** The W3C Web Annotation JSON-LD export: a collection of every note, as indented JSON. */
export function exportW3c(notes: readonly Note[], options: ExportOptions): string {
  return JSON.stringify(notesToAnnotationCollection(notes, options), null, 2) + '\n';
}
