// Reads the page's identity (URL, canonical link, title, language) from the document.
import { pageIdentity, type PageIdentity } from '../../core/page-identity';

/** The identity of the document this content script runs in. */
export function currentPage(doc: Document = document): PageIdentity {
  const canonical =
    doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href ??
    doc.querySelector<HTMLMetaElement>('meta[property="og:url"][content]')?.content ??
    null;
  return pageIdentity({ url: doc.location.href, canonical, title: doc.title, lang: doc.documentElement.lang });
}
