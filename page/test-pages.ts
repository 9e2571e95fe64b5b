// Test helper: builds realistic HTML pages (site chrome, article, front page, sidebar, country drop-down).
import { NK_HEADLINE, OTHER_HEADLINES } from '../core/analysis/test-texts';

/** What goes into a test page. */
export interface TestPage {
  lang?: string;
  title: string;
  /** Paragraphs of the article; none for a front page. */
  paragraphs?: string[];
  /** Headlines of a front page. */
  headlines?: string[];
  /** Headlines in a "most read" sidebar. */
  sidebar?: string[];
  /** Countries of a drop-down in the footer. */
  countries?: string[];
  /** Declare the page an article in JSON-LD and og:type. */
  declareArticle?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NAV = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion']
  .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
  .join('');

/** Builds the HTML of a page. */
export function pageHtml(p: TestPage): string {
  const head = [
    '<meta charset="utf-8">',
    `<title>${esc(p.title)} | Daily Courier</title>`,
    p.declareArticle ? '<meta property="og:type" content="article">' : '<meta property="og:type" content="website">',
    p.declareArticle
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: p.title })}</script>`
      : '',
  ].join('\n');
  const article = p.paragraphs
    ? `<main><article><h1>${esc(p.title)}</h1><p class="byline">By Staff Reporter</p>` +
      p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('') +
      '</article></main>'
    : '';
  const front = p.headlines
    ? '<main><div class="river">' +
      p.headlines
        .map(
          (h, i) =>
            `<div class="teaser"><h3><a href="/story/${i}">${esc(h)}</a></h3><span class="time">${i + 1}h ago</span></div>`,
        )
        .join('') +
      '</div></main>'
    : '';
  const sidebar = p.sidebar
    ? `<aside class="most-read"><h2>Most read</h2><ol>${p.sidebar.map((h, i) => `<li><a href="/r/${i}">${esc(h)}</a></li>`).join('')}</ol></aside>`
    : '';
  const countries = p.countries
    ? `<form class="edition"><label>Edition <select name="country">${p.countries.map((c) => `<option value="${esc(c)}">${esc(c)}</option>`).join('')}</select></label></form>`
    : '';
  return (
    `<!DOCTYPE html><html${p.lang ? ` lang="${p.lang}"` : ''}><head>${head}</head><body>` +
    `<header><a href="/" class="logo">Daily Courier</a><nav><ul>${NAV}</ul></nav></header>` +
    `${article}${front}${sidebar}<footer>${countries}<p>© Daily Courier</p></footer></body></html>`
  );
}

/** A front page of other headlines with one North Korea sanctions headline in the middle. */
export function frontPage(): TestPage {
  const headlines = [...OTHER_HEADLINES.slice(0, 7), NK_HEADLINE, ...OTHER_HEADLINES.slice(7)];
  return { lang: 'en', title: 'Daily Courier - Latest news and headlines', headlines };
}

/** Countries of a typical edition drop-down, North Korea among them. */
export const COUNTRIES = ['Japan', 'Kenya', 'North Korea', 'South Korea', 'Norway', 'Peru', 'United Kingdom'];
