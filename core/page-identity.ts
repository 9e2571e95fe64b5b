// A web page's identity: the URL as visited, a normalized URL and the canonical URL, for finding its notes.

/** What identifies a page, as reported by the content script. */
export interface PageIdentity {
  /** The URL as visited. */
  url: string;
  /** The URL without tracking parameters and fragment; the key notes are filed under. */
  normalizedUrl: string;
  /** The page's `<link rel=canonical>` or `og:url`, normalized, when it has one. */
  canonicalUrl?: string;
  title: string;
  /** The page's declared language (BCP-47), or '' if none. */
  lang: string;
  /** The host name, without `www.`. */
  site: string;
}

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_ga',
  '_gl',
  'ref_src',
  'spm',
]);

/** True for query parameters that only track visitors (`utm_*`, `fbclid`, `gclid` and the like). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * Normalizes a URL for matching notes to pages: drops the fragment and tracking parameters,
 * lower-cases the host, drops default ports. Returns null for anything that is not http(s).
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  return url.toString();
}

/** The site key of a URL already normalized by {@link normalizeUrl}: its host name without `www.`. */
export function siteOfNormalized(normalizedUrl: string): string {
  return new URL(normalizedUrl).hostname.replace(/^www\./, '');
}

/** The site key of any URL (host name without `www.`), or null for anything but an http(s) page. */
export function siteOfUrl(url: string): string | null {
  const normalized = normalizeUrl(url);
  return normalized ? siteOfNormalized(normalized) : null;
}

/** Builds a page identity from what the page declares. Throws on a URL that is not http(s). */
export function pageIdentity(input: {
  url: string;
  canonical?: string | null;
  title?: string;
  lang?: string;
}): PageIdentity {
  const normalizedUrl = normalizeUrl(input.url);
  if (!normalizedUrl) throw new Error(`Not a web page URL: ${input.url}`);
  const canonical = input.canonical ? normalizeUrl(new URL(input.canonical, input.url).toString()) : null;
  return {
    url: input.url,
    normalizedUrl,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    title: (input.title ?? '').trim().slice(0, 500),
    lang: (input.lang ?? '').trim().slice(0, 35),
    site: siteOfNormalized(normalizedUrl),
  };
}
