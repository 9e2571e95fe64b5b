// Tests of the Markdown export: escaping of user text, tags, grouping by page.
import { describe, expect, it } from 'vitest';
import type { Note } from '../notes/note';
import { pageIdentity } from '../page-identity';
import { escapeMarkdown, exportMarkdown, groupByPage, markdownTag } from './markdown-export';
import { testEntityName } from './test-notes';

const options = { appVersion: '0.1.0', now: Date.UTC(2026, 10, 25), entityName: testEntityName };

function note(id: string, url: string, start: number, created: number, extra: Partial<Note> = {}): Note {
  return {
    id,
    page: pageIdentity({ url, title: `Title of ${url}`, lang: 'ko' }),
    target: {
      quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + 5 },
    },
    kind: 'comment',
    comment: `comment ${id}`,
    tags: [],
    entityIds: [],
    created,
    modified: created,
    ...extra,
  };
}

describe('escapeMarkdown', () => {
  it('escapes inline markup so that it shows as written', () => {
    expect(escapeMarkdown('*bold* _it_ `code` [l](x) <b> &amp; #tag | ~~s~~ ==h== $x$ %%c%% {{m}} ^id')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[l\\](x) \\<b\\> \\&amp; \\#tag \\| \\~\\~s\\~\\~ \\=\\=h\\=\\= \\$x\\$ \\%\\%c\\%\\% \\{\\{m\\}\\} \\^id',
    );
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('a \\ b')).toBe('a \\\\ b');
  });
  it('escapes line starts that would make lists, quotes, headings or code, and Logseq properties', () => {
    expect(escapeMarkdown('- item\n+ item\n1. one\n2) two\n> quote\n# head\n    code\nkey:: value')).toBe(
      '\\- item\n\\+ item\n1\\. one\n2\\) two\n\\> quote\n\\# head\ncode\nkey:\\: value',
    );
    expect(escapeMarkdown('a\r\nb')).toBe('a\nb');
  });
  it('leaves ordinary text in any script alone', () => {
    expect(escapeMarkdown('북한 — Россия 🚢 U.S. 2397')).toBe('북한 — Россия 🚢 U.S. 2397');
  });
});

describe('markdownTag', () => {
  it('makes Obsidian/Logseq tags', () => {
    expect(markdownTag('ship to ship')).toBe('#ship-to-ship');
    expect(markdownTag('선박')).toBe('#선박');
    expect(markdownTag('a;b!')).toBe('#a-b');
    expect(markdownTag('2397')).toBe('#_2397');
    expect(markdownTag('🚢')).toBe('');
  });
});

describe('exportMarkdown', () => {
  const a1 = note('a1', 'https://a.example/story', 50, 3);
  const a2 = note('a2', 'https://a.example/story?utm_source=x', 10, 4, {
    kind: 'question',
    comment: 'Who *owns* it?',
    tags: ['oil', 'ship to ship'],
    entityIds: ['msmt', 'unknown-id'],
  });
  const b1 = note('b1', 'https://b.example/(x)', 0, 1, { comment: '', kind: 'highlight', modified: 86_400_000 * 3 });

  it('groups by page in the order of their first note, notes in reading order', () => {
    expect(groupByPage([a1, a2, b1]).map((g) => g.map((n) => n.id))).toEqual([['b1'], ['a1', 'a2']]);
    const md = exportMarkdown([a1, a2, b1], options);
    expect(md.indexOf('quote b1')).toBeLessThan(md.indexOf('quote a2'));
    expect(md.indexOf('quote a2')).toBeLessThan(md.indexOf('quote a1'));
  });

  it('writes a heading per page with a link, then each note', () => {
    const md = exportMarkdown([a1, a2, b1], options);
    expect(
      md.startsWith('# Sanctions Lens notes\n\nExported 2026-11-25 from Sanctions Lens 0.1.0: 3 notes on 2 pages.'),
    ).toBe(true);
    expect(md).toContain('## [Title of https://b.example/(x)](https://b.example/%28x%29)\n\nb.example · ko');
    expect(md).toContain('> quote a2\n\n**Question:** Who \\*owns\\* it?\n\n#oil #ship-to-ship  \n');
    expect(md).toContain('Entities: Multilateral Sanctions Monitoring Team, unknown-id  \n*1970-01-01*');
    expect(md).toContain('*1970-01-01, edited 1970-01-04*');
    expect(md).toContain('\n\n---\n\n');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('quotes multi-line text line by line and never lets user text become markup', () => {
    const n = note('c', 'https://c.example/', 0, 0, {
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'line 1\n\n# not a heading', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 1 },
      },
      comment: '<img src=x onerror=alert(1)>',
    });
    const md = exportMarkdown([n], options);
    expect(md).toContain('> line 1\n>\n> \\# not a heading');
    expect(exportMarkdown([{ ...n, comment: 'one\ntwo\n\nthree' }], options)).toContain('one  \ntwo\n\nthree');
    expect(md).toContain('\\<img src\\=x onerror\\=alert(1)\\>');
    expect(md).not.toMatch(/(?<!\\)<img/);
  });
});
