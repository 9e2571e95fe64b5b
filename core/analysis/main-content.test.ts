// Tests the main-content finder on page models built by hand: article versus furniture, link lists, short pages.
import { describe, expect, it } from 'vitest';
import { findMainContent } from './main-content';
import { CONTAINER, type ModelBlock, type ModelContainer, type PageModel } from './page-model';

/** Builds a model: `add(parent, tag, flags, weight)` returns the container's index; `text(c, s, links)` adds a block. */
function builder() {
  const containers: ModelContainer[] = [{ parent: -1, tag: 'BODY', flags: 0, classWeight: 0 }];
  const blocks: ModelBlock[] = [];
  return {
    add: (parent: number, tag: string, flags = 0, classWeight = 0) =>
      containers.push({ parent, tag, flags, classWeight }) - 1,
    text: (container: number, text: string, linkChars = 0) => void blocks.push({ container, text, linkChars }),
    model: (): PageModel => ({ containers, blocks, linkLength: 0, teaserLinks: 0 }),
  };
}

const PARA =
  'North Korea kept evading sanctions, the monitors said, with transfers at sea, front companies, and IT workers ' +
  'abroad earning money for the weapons programmes, in breach of resolutions.';

describe('findMainContent', () => {
  it('takes the article and leaves out navigation, a sidebar and the footer', () => {
    const b = builder();
    const nav = b.add(0, 'NAV', CONTAINER.chromeTag);
    b.text(b.add(nav, 'LI'), 'World news', 10);
    const article = b.add(0, 'ARTICLE', 0, 25);
    b.text(b.add(article, 'H1'), 'Sanctions report');
    for (let i = 0; i < 5; i++) b.text(b.add(article, 'P'), `${PARA} (${i})`);
    const aside = b.add(0, 'ASIDE', CONTAINER.chromeTag);
    for (let i = 0; i < 3; i++) b.text(b.add(aside, 'P'), `Sidebar headline about North Korea sanctions, number ${i}`);
    b.text(b.add(0, 'FOOTER', CONTAINER.chromeTag), 'Copyright, all rights reserved, contact us, imprint.');
    const main = findMainContent(b.model());
    expect(main.text.startsWith('Sanctions report\n')).toBe(true);
    expect(main.text).toContain('(4)');
    expect(main.text).not.toContain('Sidebar');
    expect(main.text).not.toContain('World news');
    expect(main.text).not.toContain('Copyright');
    expect(main.readerable).toBe(true);
    const texts = b.model().blocks.map((x) => x.text);
    const fromLines: string[] = [];
    for (let i = 0; i < main.lines.length; i += 2) fromLines.push(...texts.slice(main.lines[i], main.lines[i + 1]));
    expect(fromLines.join('\n')).toBe(main.text);
    expect(main.length).toBe(main.text.length);
  });

  it('drops a list of related links inside the article', () => {
    const b = builder();
    const article = b.add(0, 'DIV', 0, 25);
    for (let i = 0; i < 4; i++) b.text(b.add(article, 'P'), PARA);
    const related = b.add(article, 'UL');
    for (let i = 0; i < 4; i++) b.text(b.add(related, 'LI'), `Related story number ${i}`, 23);
    const main = findMainContent(b.model());
    expect(main.text).toContain(PARA);
    expect(main.text).not.toContain('Related story');
    expect(main.linkLength).toBe(0);
  });

  it('prefers the container of the prose over one of teaser links', () => {
    const b = builder();
    const teasers = b.add(0, 'DIV');
    for (let i = 0; i < 10; i++) {
      const t = `A teaser headline of a front page about something, item ${i}, with more words`;
      b.text(b.add(teasers, 'P'), t, t.length);
    }
    const story = b.add(0, 'DIV');
    for (let i = 0; i < 3; i++) b.text(b.add(story, 'P'), PARA);
    const main = findMainContent(b.model());
    expect(main.text).toContain(PARA);
    expect(main.text).not.toContain('teaser headline');
  });

  it('drops the exclusions when the first try finds too little (a page whose content sits in a "comment" box)', () => {
    const b = builder();
    const box = b.add(0, 'DIV', CONTAINER.unlikely, -25);
    for (let i = 0; i < 4; i++) b.text(b.add(box, 'P'), PARA);
    const main = findMainContent(b.model());
    expect(main.text).toContain(PARA);
  });

  it('finds nothing on a page without paragraphs', () => {
    const b = builder();
    b.text(b.add(0, 'DIV'), 'Short');
    expect(findMainContent(b.model())).toEqual({ text: '', length: 0, lines: [], linkLength: 0, readerable: false });
  });
});
