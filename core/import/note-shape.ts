// The Note shape check, and the normalizer that copies an untrusted note's known fields into a fresh, valid Note.
import { NOTE_LIMITS, cleanTags, type Note, type NoteKind, type NoteTarget } from '../notes/note';
import type { PageIdentity } from '../page-identity';
import { FIELD_LIMITS } from './import-error';
import { describeValue, isRecord, type JsonRecord } from './safe-json';

/** The latest time a note may carry: the end of year 9999 (ISO 8601 and the W3C schemas need four-digit years). */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const KINDS: Readonly<Record<NoteKind, true>> = { highlight: true, comment: true, question: true };
const NOTE_KEYS = ['id', 'page', 'target', 'kind', 'comment', 'tags', 'entityIds', 'created', 'modified'];
const PAGE_KEYS = ['url', 'normalizedUrl', 'canonicalUrl', 'title', 'lang', 'site'];
const TARGET_KEYS = ['quote', 'position', 'range', 'context', 'copies'];

/** A rejected field; caught by {@link normalizeNote}, never thrown out of this module. */
class Reject extends Error {}

function plain(v: unknown, path: string): JsonRecord {
  if (!isRecord(v)) throw new Reject(`${path} must be an object, got ${describeValue(v)}`);
  return v;
}

function text(v: unknown, path: string, max: number, nonEmpty = false): string {
  if (typeof v !== 'string') throw new Reject(`${path} must be a string, got ${describeValue(v)}`);
  if (v.length > max) throw new Reject(`${path} is ${v.length} characters long, more than the limit of ${max}`);
  if (nonEmpty && v.trim() === '') throw new Reject(`${path} is empty`);
  return v;
}

function count(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new Reject(`${path} must be a whole number of at least 0, got ${describeValue(v)}`);
  }
  return v;
}

function time(v: unknown, path: string): number {
  const t = count(v, path);
  if (t > MAX_TIME) throw new Reject(`${path} is after the year 9999`);
  return t;
}

function webUrl(v: unknown, path: string, max: number): string {
  const url = text(v, path, max, true);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Reject(`${path} is not a URL: ${describeValue(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Reject(`${path} is not a web page (http or https) URL: ${describeValue(url)}`);
  }
  return url;
}

function stringList(v: unknown, path: string, maxItem: number): string[] {
  if (!Array.isArray(v)) throw new Reject(`${path} must be an array, got ${describeValue(v)}`);
  return v.map((item, i) => text(item, `${path}[${i}]`, maxItem));
}

/**
 * Every way in which a value is not a well-formed stored Note: a plain object with exactly the Note's fields, of
 * the right types and within the limits, tags clean, entity links unique. An empty list means it is one.
 */
export function validateNoteShape(value: unknown): string[] {
  const problems: string[] = [];
  const check = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof Reject)) throw err;
      problems.push(err.message);
    }
  };
  const onlyKeys = (o: JsonRecord, keys: string[], path: string) => {
    if (Object.getPrototypeOf(o) !== Object.prototype) problems.push(`${path} is not a plain object`);
    for (const k of Object.keys(o)) if (!keys.includes(k)) problems.push(`${path}.${k} is not a Note field`);
  };
  if (!isRecord(value)) return [`note must be an object, got ${describeValue(value)}`];
  onlyKeys(value, NOTE_KEYS, 'note');
  check(() => text(value.id, 'id', FIELD_LIMITS.id, true));
  check(() => {
    const page = plain(value.page, 'page');
    onlyKeys(page, PAGE_KEYS, 'page');
    check(() => webUrl(page.url, 'page.url', FIELD_LIMITS.url));
    check(() => text(page.normalizedUrl, 'page.normalizedUrl', FIELD_LIMITS.url, true));
    if (page.canonicalUrl !== undefined) check(() => text(page.canonicalUrl, 'page.canonicalUrl', FIELD_LIMITS.url));
    check(() => text(page.title, 'page.title', FIELD_LIMITS.title));
    check(() => text(page.lang, 'page.lang', FIELD_LIMITS.lang));
    check(() => text(page.site, 'page.site', FIELD_LIMITS.site));
  });
  check(() => {
    const target = plain(value.target, 'target');
    onlyKeys(target, TARGET_KEYS, 'target');
    check(() => {
      const q = plain(target.quote, 'target.quote');
      if (q.type !== 'TextQuoteSelector') problems.push('target.quote.type must be "TextQuoteSelector"');
      text(q.exact, 'target.quote.exact', NOTE_LIMITS.quote, true);
      text(q.prefix, 'target.quote.prefix', FIELD_LIMITS.affix);
      text(q.suffix, 'target.quote.suffix', FIELD_LIMITS.affix);
    });
    check(() => {
      const p = plain(target.position, 'target.position');
      if (p.type !== 'TextPositionSelector') problems.push('target.position.type must be "TextPositionSelector"');
      if (count(p.end, 'target.position.end') < count(p.start, 'target.position.start')) {
        problems.push('target.position ends before it starts');
      }
    });
    if (target.range !== undefined) {
      check(() => {
        const r = plain(target.range, 'target.range');
        if (r.type !== 'RangeSelector') problems.push('target.range.type must be "RangeSelector"');
        text(r.startContainer, 'target.range.startContainer', FIELD_LIMITS.xpath, true);
        text(r.endContainer, 'target.range.endContainer', FIELD_LIMITS.xpath, true);
        count(r.startOffset, 'target.range.startOffset');
        count(r.endOffset, 'target.range.endOffset');
      });
    }
    if (target.context !== undefined) check(() => text(target.context, 'target.context', NOTE_LIMITS.context));
    if (target.copies !== undefined) check(() => count(target.copies, 'target.copies'));
  });
  if (typeof value.kind !== 'string' || !Object.hasOwn(KINDS, value.kind)) {
    problems.push(`kind must be highlight, comment or question, got ${describeValue(value.kind)}`);
  }
  check(() => text(value.comment, 'comment', NOTE_LIMITS.comment));
  check(() => {
    const tags = stringList(value.tags, 'tags', NOTE_LIMITS.tag);
    if (JSON.stringify(cleanTags(tags)) !== JSON.stringify(tags)) problems.push('tags are not clean');
  });
  check(() => {
    const ids = stringList(value.entityIds, 'entityIds', FIELD_LIMITS.id);
    if (ids.length > NOTE_LIMITS.entities) problems.push(`entityIds has more than ${NOTE_LIMITS.entities} items`);
    if (new Set(ids).size !== ids.length) problems.push('entityIds has duplicates');
    if (ids.some((id) => id === '')) problems.push('entityIds has an empty id');
  });
  check(() => time(value.created, 'created'));
  check(() => time(value.modified, 'modified'));
  return problems;
}

/** The outcome of {@link normalizeNote}. */
export type NoteNormalization = { ok: true; note: Note; warnings: string[] } | { ok: false; reason: string };

function normalizePage(v: unknown, warn: (w: string) => void): PageIdentity {
  const p = plain(v, 'page');
  const url = webUrl(p.url, 'page.url', FIELD_LIMITS.url);
  const title = text(p.title ?? '', 'page.title', Infinity);
  if (title.length > FIELD_LIMITS.title) warn(`page title cut to ${FIELD_LIMITS.title} characters`);
  let lang = text(p.lang ?? '', 'page.lang', Infinity);
  if (lang.length > FIELD_LIMITS.lang) {
    warn(`page language ${describeValue(lang)} dropped: longer than ${FIELD_LIMITS.lang} characters`);
    lang = '';
  }
  const page: PageIdentity = {
    url,
    normalizedUrl: text(p.normalizedUrl, 'page.normalizedUrl', FIELD_LIMITS.url, true),
    title: title.slice(0, FIELD_LIMITS.title),
    lang,
    site: text(p.site, 'page.site', FIELD_LIMITS.site),
  };
  if (p.canonicalUrl !== undefined) page.canonicalUrl = text(p.canonicalUrl, 'page.canonicalUrl', FIELD_LIMITS.url);
  return page;
}

function normalizeTarget(v: unknown, warn: (w: string) => void): NoteTarget {
  const t = plain(v, 'target');
  const q = plain(t.quote, 'target.quote');
  const prefix = text(q.prefix ?? '', 'target.quote.prefix', Infinity);
  const suffix = text(q.suffix ?? '', 'target.quote.suffix', Infinity);
  if (prefix.length > FIELD_LIMITS.affix || suffix.length > FIELD_LIMITS.affix) {
    warn(`quote context cut to ${FIELD_LIMITS.affix} characters either side`);
  }
  const p = plain(t.position, 'target.position');
  const start = count(p.start, 'target.position.start');
  const end = count(p.end, 'target.position.end');
  if (end < start) throw new Reject('target.position ends before it starts');
  const target: NoteTarget = {
    quote: {
      type: 'TextQuoteSelector',
      exact: text(q.exact, 'target.quote.exact', NOTE_LIMITS.quote, true),
      prefix: prefix.slice(-FIELD_LIMITS.affix),
      suffix: suffix.slice(0, FIELD_LIMITS.affix),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
  if (t.range !== undefined) {
    try {
      const r = plain(t.range, 'target.range');
      target.range = {
        type: 'RangeSelector',
        startContainer: text(r.startContainer, 'target.range.startContainer', FIELD_LIMITS.xpath, true),
        startOffset: count(r.startOffset, 'target.range.startOffset'),
        endContainer: text(r.endContainer, 'target.range.endContainer', FIELD_LIMITS.xpath, true),
        endOffset: count(r.endOffset, 'target.range.endOffset'),
      };
    } catch (err) {
      if (!(err instanceof Reject)) throw err;
      warn(`range selector dropped (the quote still places the note): ${err.message}`);
    }
  }
  if (t.context !== undefined) {
    const context = text(t.context, 'target.context', Infinity);
    if (context.length > NOTE_LIMITS.context) warn(`paragraph context cut to ${NOTE_LIMITS.context} characters`);
    target.context = context.slice(0, NOTE_LIMITS.context);
  }
  if (t.copies !== undefined) {
    try {
      target.copies = count(t.copies, 'target.copies');
    } catch (err) {
      if (!(err instanceof Reject)) throw err;
      warn(`copy count dropped (the quote still places the note): ${err.message}`);
    }
  }
  return target;
}

/**
 * Copies an untrusted note (from a backup, or built from an annotation) into a fresh Note with only the known
 * fields, applying the {@link FIELD_LIMITS} policy. Never throws for bad input: it returns the first reason instead.
 */
export function normalizeNote(raw: unknown): NoteNormalization {
  const warnings: string[] = [];
  const warn = (w: string) => warnings.push(w);
  try {
    const o = plain(raw, 'note');
    const kind = o.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind)) {
      throw new Reject(`kind must be highlight, comment or question, got ${describeValue(kind)}`);
    }
    const rawTags = stringList(o.tags ?? [], 'tags', Infinity);
    const tags = cleanTags(rawTags);
    if (rawTags.length > NOTE_LIMITS.tags || rawTags.some((t) => t.trim().length > NOTE_LIMITS.tag)) {
      warn(`tags limited to ${NOTE_LIMITS.tags} of at most ${NOTE_LIMITS.tag} characters`);
    }
    const ids = [...new Set(stringList(o.entityIds ?? [], 'entityIds', FIELD_LIMITS.id))];
    if (ids.some((id) => id === '')) throw new Reject('entityIds has an empty id');
    if (ids.length > NOTE_LIMITS.entities) warn(`entity links limited to ${NOTE_LIMITS.entities}`);
    const created = time(o.created, 'created');
    const note: Note = {
      id: text(o.id, 'id', FIELD_LIMITS.id, true),
      page: normalizePage(o.page, warn),
      target: normalizeTarget(o.target, warn),
      kind: kind as NoteKind,
      comment: text(o.comment ?? '', 'comment', NOTE_LIMITS.comment),
      tags,
      entityIds: ids.slice(0, NOTE_LIMITS.entities),
      created,
      modified: o.modified === undefined ? created : time(o.modified, 'modified'),
    };
    const problems = validateNoteShape(note);
    if (problems.length) return { ok: false, reason: problems[0]! };
    return { ok: true, note, warnings };
  } catch (err) {
    if (err instanceof Reject) return { ok: false, reason: err.message };
    throw err;
  }
}
