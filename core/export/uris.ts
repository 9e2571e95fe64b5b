// Stable IRIs that Sanctions Lens exports use for notes, entities and itself, and their inverses for import.

/** The base of every IRI that Sanctions Lens mints. The one place to change it. */
export const SANCTIONS_LENS_BASE = 'https://sanctions-lens.org';

/** Prefix of entity IRIs: `https://sanctions-lens.org/entity/<id>`. */
export const ENTITY_URI_PREFIX = `${SANCTIONS_LENS_BASE}/entity/`;

/** Prefix of the IRI of a note whose id is not a UUID: `https://sanctions-lens.org/note/<id>`. */
export const NOTE_URI_PREFIX = `${SANCTIONS_LENS_BASE}/note/`;

/** Prefix of the IRI of a note whose id is a UUID. */
export const UUID_URN_PREFIX = 'urn:uuid:';

/** The generator agent's IRI and name. */
export const APP_URI = `${SANCTIONS_LENS_BASE}/`;
export const APP_NAME = 'Sanctions Lens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// scheme ":" ["//" authority] path ["?" query] ["#" fragment], leniently: each part is re-encoded on its own.
const URI_PARTS = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;
// What RFC 3986 allows unencoded in each part (besides valid percent-escapes).
const AUTHORITY_CHARS = /[\w\-.~!$&'()*+,;=:@[\]/]/;
const PATH_CHARS = /[\w\-.~!$&'()*+,;=:@/]/;
const QUERY_CHARS = /[\w\-.~!$&'()*+,;=:@/?]/;

function encodePart(part: string, allowed: RegExp, keepFirst: number): string {
  let out = part.slice(0, keepFirst);
  const rest = part.slice(keepFirst);
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === '%' && /^[0-9a-f]{2}$/i.test(rest.slice(i + 1, i + 3))) out += ch;
    else if (allowed.test(ch)) out += ch;
    else {
      const code = rest.codePointAt(i)!;
      const full = String.fromCodePoint(code);
      if (full.length === 2) i++;
      const lone = code >= 0xd800 && code <= 0xdfff;
      out += lone ? '%EF%BF%BD' : encodeURIComponent(full);
    }
  }
  return out;
}

/**
 * A string as an absolute URI that JSON Schema's `uri` format accepts: every character that RFC 3986 does not
 * allow in its part (spaces, non-ASCII, `[` `]` outside the host, a second `#`, a `%` not starting an escape) is
 * percent-encoded as UTF-8. A string that already is such a URI is returned unchanged; null when it has no scheme.
 */
export function toUri(text: string): string | null {
  const m = URI_PARTS.exec(text);
  if (!m) return null;
  const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = m;
  return (
    scheme +
    encodePart(authority, AUTHORITY_CHARS, 2) +
    encodePart(path, PATH_CHARS, 0) +
    encodePart(query, QUERY_CHARS, 1) +
    encodePart(fragment, QUERY_CHARS, 1)
  );
}

// An http(s) URL with a plain host name and port, or a URN: ids of this shape are kept as the annotation's IRI.
const SIMPLE_IRI =
  /^(?:https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#].*)?|urn:[a-z0-9][a-z0-9-]{0,31}:.+)$/is;

/** Whether `text` is a simple absolute IRI (http(s) with a plain host, or a URN) that needs no encoding. */
export function isAbsoluteUri(text: string): boolean {
  return SIMPLE_IRI.test(text) && toUri(text) === text;
}

/** The IRI of an entity, e.g. `https://sanctions-lens.org/entity/north-korea`. */
export function entityUri(id: string): string {
  return ENTITY_URI_PREFIX + encodeComponent(id);
}

/** The entity id of an IRI minted by {@link entityUri}, or null for any other IRI. */
export function entityIdFromUri(uri: string): string | null {
  if (!uri.startsWith(ENTITY_URI_PREFIX)) return null;
  return safeDecode(uri.slice(ENTITY_URI_PREFIX.length));
}

/**
 * The IRI of a note: `urn:uuid:<id>` for a UUID (every note the extension creates), the id itself when it is
 * already an absolute IRI (notes imported from other tools keep their annotation's IRI), else a Sanctions Lens IRI.
 */
export function noteUri(id: string): string {
  if (UUID.test(id)) return UUID_URN_PREFIX + id;
  if (isAbsoluteUri(id) && !id.startsWith(UUID_URN_PREFIX) && !id.startsWith(NOTE_URI_PREFIX)) return id;
  return mint(id);
}

/** The note id of an annotation IRI: the inverse of {@link noteUri}. */
export function noteIdFromUri(uri: string): string {
  if (uri.startsWith(UUID_URN_PREFIX) && UUID.test(uri.slice(UUID_URN_PREFIX.length))) {
    return uri.slice(UUID_URN_PREFIX.length);
  }
  if (uri.startsWith(NOTE_URI_PREFIX)) return safeDecode(uri.slice(NOTE_URI_PREFIX.length)) ?? uri;
  return uri;
}

function mint(id: string): string {
  return NOTE_URI_PREFIX + encodeComponent(id);
}

/** encodeURIComponent that never throws: a lone surrogate (not valid Unicode) is encoded as U+FFFD. */
function encodeComponent(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function safeDecode(text: string): string | null {
  try {
    const decoded = decodeURIComponent(text);
    return decoded === '' ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * A page URL as a URI for JSON-LD: unchanged when it already is one (browsers report URLs serialized and
 * percent-encoded); else serialized by the URL parser (a valid host and port) and percent-encoded by {@link toUri}.
 */
export function pageUri(url: string): string {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    // Not a URL: encode what can be encoded.
  }
  return toUri(href) ?? href;
}
