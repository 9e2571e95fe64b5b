import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageIdentity } from './page-identity';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest in order', () => {
    expect(normalizeUrl('https://News.example.com/a?id=3&utm_source=x&fbclid=1&gclid=2&p=1#top')).toBe(
      'https://news.example.com/a?id=3&p=1',
    );
  });
  it('drops the question mark when nothing is left', () => {
    expect(normalizeUrl('http://example.com:80/a?utm_medium=e')).toBe('http://example.com/a');
  });
  it('refuses non-web URLs', () => {
    expect(normalizeUrl('chrome://extensions')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('pageIdentity', () => {
  it('resolves and normalizes the canonical URL', () => {
    const id = pageIdentity({
      url: 'https://www.example.org/x?utm_campaign=a',
      canonical: '/story#c',
      title: ' T ',
      lang: 'id',
    });
    expect(id).toEqual({
      url: 'https://www.example.org/x?utm_campaign=a',
      normalizedUrl: 'https://www.example.org/x',
      canonicalUrl: 'https://www.example.org/story',
      title: 'T',
      lang: 'id',
      site: 'example.org',
    });
  });
  it('throws on a non-web URL', () => {
    expect(() => pageIdentity({ url: 'about:blank' })).toThrow(/Not a web page/);
  });
});
