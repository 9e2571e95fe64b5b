// Tests the page-type decision on the measurements of typical articles, front pages and bare documents.
import { describe, expect, it } from 'vitest';
import { decidePageType, type PageTypeClues } from './page-type';

const base: PageTypeClues = {
  ogType: '',
  jsonLdTypes: [],
  readerable: true,
  mainLength: 4000,
  mainDenseChars: 0,
  pageLength: 6000,
  linkLength: 900,
  teaserLinks: 8,
  mainLinkLength: 100,
};
const type = (c: Partial<PageTypeClues>) => decidePageType({ ...base, ...c }).pageType;

describe('decidePageType', () => {
  it('takes a page with a long main text as an article, declared or not', () => {
    expect(type({})).toBe('article');
    expect(type({ jsonLdTypes: ['NewsArticle'], mainLength: 400 })).toBe('article');
    expect(type({ ogType: 'article', mainLength: 400 })).toBe('article');
  });

  it('takes a front page full of headlines as a listing, even when Readability finds a block of it', () => {
    const front = { mainLength: 3000, pageLength: 18000, linkLength: 6000, teaserLinks: 100, ogType: 'website' };
    expect(type(front)).toBe('listing');
    expect(type({ ...front, ogType: '', readerable: false })).toBe('listing');
    expect(type({ jsonLdTypes: ['CollectionPage'] })).toBe('listing');
  });

  it('does not take a list of links for an article, whatever the metadata says', () => {
    expect(type({ ogType: 'article', mainLinkLength: 3000, teaserLinks: 40, linkLength: 4000 })).toBe('listing');
  });

  it('counts Han, kana and Hangul characters for more than Latin ones', () => {
    const short = { mainLength: 400, pageLength: 900, linkLength: 200, mainLinkLength: 0, teaserLinks: 5 };
    expect(type(short)).toBe('other');
    expect(type({ ...short, mainDenseChars: 380 })).toBe('article');
  });

  it('takes a short text alone on a page, with no navigation, as other', () => {
    expect(type({ mainLength: 850, pageLength: 860, linkLength: 0, mainLinkLength: 0, teaserLinks: 0 })).toBe('other');
    expect(type({ mainLength: 0, pageLength: 40, linkLength: 0, teaserLinks: 0 })).toBe('other');
  });
});
