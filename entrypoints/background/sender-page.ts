// What page a content script's message is about: the browser's word for its URL, never the script's claim.
import { normalizeUrl, siteOfNormalized, type PageIdentity } from '../../core/page-identity';
import type { Sender } from './sender';

/** Replaces the URL fields a content script reported with what the browser says its page is. */
export function ownPage(page: PageIdentity, senderUrl: string): PageIdentity {
  const normalizedUrl = normalizeUrl(senderUrl);
  if (!normalizedUrl) throw new Error('Not a web page');
  const origin = new URL(senderUrl).origin;
  const canonicalOk = page.canonicalUrl && sameOrigin(page.canonicalUrl, origin);
  const { canonicalUrl: _dropped, ...rest } = page;
  return {
    ...rest,
    url: senderUrl,
    normalizedUrl,
    ...(canonicalOk ? { canonicalUrl: page.canonicalUrl } : {}),
    site: siteOfNormalized(normalizedUrl),
  };
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Other URLs a page declares for itself (its canonical link and og:url), kept only when they are web URLs on the
 * sender's own origin (a page may not claim another site's notes); normalized.
 */
export function ownAlternates(urls: readonly string[], senderUrl: string): string[] {
  const origin = new URL(senderUrl).origin;
  return urls.flatMap((u) => {
    const n = normalizeUrl(u);
    return n && sameOrigin(n, origin) ? [n] : [];
  });
}

/** The tab and URL of a content script; throws for any other sender. */
export function contentTab(sender: Sender): { tabId: number; url: string } {
  if (sender.kind !== 'content') throw new Error('Only a content script may send this');
  return sender;
}
