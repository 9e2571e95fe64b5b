// Tests the analyze CLI: table and JSON output, directories, every kind of bad input, and the exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NK_ARTICLE, OTHER_ARTICLE } from '../core/analysis/test-texts';
import { pageHtml } from '../page/test-pages';
import { estimateNesting, looksBinary, main, MAX_BYTES, type FileResult } from './analyze';

let dir = '';
const file = (name: string) => join(dir, name);

/** Runs the CLI's main function, capturing what it writes. */
function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const json = (args: string[]) => {
  const r = run(['--json', ...args]);
  return { ...r, results: JSON.parse(r.out) as FileResult[] };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
  writeFileSync(file('nk.html'), pageHtml({ lang: 'en', declareArticle: true, ...NK_ARTICLE }));
  writeFileSync(file('tram.html'), pageHtml({ lang: 'en', title: 'Tram line approved', paragraphs: OTHER_ARTICLE }));
  // A PNG header: binary, with NUL bytes.
  writeFileSync(file('image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  // 50 MB, sparse: its size is what counts.
  writeFileSync(file('huge.html'), '<html><body>');
  truncateSync(file('huge.html'), 50 * 1024 * 1024);
  writeFileSync(file('unclosed.html'), `<html><body>${'<div>'.repeat(5000)}North Korea sanctions</body></html>`);
  writeFileSync(file('truncated.html'), '<html><head><title>North Korea sanctions</title><body><p>Pyongyang <b>evaded');
  writeFileSync(file('notes.txt'), 'Just a note about North Korea, with no markup at all.');
  mkdirSync(file('site/news'), { recursive: true });
  writeFileSync(file('site/news/a.html'), pageHtml({ lang: 'en', ...NK_ARTICLE }));
  writeFileSync(file('site/b.htm'), pageHtml({ lang: 'en', title: 'Tram', paragraphs: OTHER_ARTICLE }));
  writeFileSync(file('site/style.css'), 'body { color: red }');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI', () => {
  it('prints one JSON array with the documented fields, the entity names in English', () => {
    const { code, results } = json([file('nk.html'), file('tram.html')]);
    expect(code).toBe(0);
    expect(results).toHaveLength(2);
    const [nk, tram] = results;
    if (!nk || 'error' in nk) throw new Error(`nk.html not analysed: ${JSON.stringify(nk)}`);
    expect(nk).toMatchObject({ file: file('nk.html'), language: 'en', pageType: 'article', verdict: 'about' });
    expect(Object.keys(nk).sort()).toEqual(['entities', 'file', 'language', 'pageType', 'reasons', 'score', 'verdict']);
    expect(nk.score).toBeGreaterThan(0.5);
    expect(nk.reasons.length).toBeGreaterThan(0);
    const msmt = nk.entities.find((e) => e.id === 'msmt');
    expect(msmt).toMatchObject({ name: 'Multilateral Sanctions Monitoring Team', type: 'international-body' });
    expect(msmt?.matches).toEqual(expect.arrayContaining(['MSMT', 'Multilateral Sanctions Monitoring Team']));
    expect(msmt?.count).toBe(2);
    expect(tram).toMatchObject({ verdict: 'none', score: 0 });
  });

  it('prints a readable table without --json', () => {
    const { code, out } = run([file('nk.html'), file('missing.html')]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^file\s+lang\s+type\s+verdict\s+score\s+top entities$/);
    expect(lines.find((l) => l.includes('nk.html'))).toMatch(/en\s+article\s+about\s+0\.\d\d\s+North Korea \(\d+\)/);
    expect(lines.find((l) => l.includes('missing.html'))).toMatch(/ERROR.*no such file/);
  });

  it('walks directories for HTML files only, in order', () => {
    const { results } = json([file('site')]);
    expect(results.map((r) => r.file)).toEqual([file('site/b.htm'), file('site/news/a.html')]);
  });

  it('gives each bad input an error and still analyses the other files', () => {
    const bad = ['missing.html', 'image.html', 'huge.html', 'unclosed.html', 'notes.txt'];
    const { code, results } = json([...bad.map(file), file('nk.html')]);
    expect(code).toBe(0);
    const errors = Object.fromEntries(results.map((r) => [r.file.split('/').pop(), 'error' in r ? r.error : null]));
    expect(errors).toEqual({
      'missing.html': 'no such file',
      'image.html': 'binary file, not HTML',
      'huge.html': expect.stringMatching(/^file too large: 50\.0 MB/),
      'unclosed.html': expect.stringMatching(/^broken HTML: elements nested 5000 deep/),
      'notes.txt': 'no HTML markup found',
      'nk.html': null,
    });
  });

  it('analyses truncated HTML leniently, as a browser would', () => {
    const [r] = json([file('truncated.html')]).results;
    expect(r).not.toHaveProperty('error');
    expect(r).toMatchObject({ verdict: expect.stringMatching(/about|mentions/) });
  });

  it('exits 1 when every file failed, 2 on a usage error', () => {
    expect(json([file('missing.html'), file('image.html')]).code).toBe(1);
    expect(run([]).code).toBe(2);
    expect(run(['--bogus', file('nk.html')])).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option/) });
  });

  it('runs as a command: one JSON array on stdout and exit code 0', () => {
    const cli = resolve(import.meta.dirname, 'analyze.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--json', file('nk.html'), file('missing.html')], {
      encoding: 'utf8',
      cwd: resolve(import.meta.dirname, '..'),
    });
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as FileResult[];
    expect(results.map((x) => ('error' in x ? 'error' : x.verdict))).toEqual(['about', 'error']);
  }, 30_000);
});

describe('input checks', () => {
  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from('<html>Korea</html>'))).toBe(false);
    expect(looksBinary(Buffer.from([60, 104, 0, 62]))).toBe(true);
    expect(MAX_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('estimates nesting from tags, ignoring void elements, optional end tags, comments and scripts', () => {
    expect(estimateNesting('<div><p>a<p>b<br><img src=x><div>c</div></div>')).toBe(2);
    expect(estimateNesting(`<script>${'<div>'.repeat(50)}</script><!-- <div><div> --><ul><li>a<li>b</ul>`)).toBe(1);
    expect(estimateNesting('<div>'.repeat(30))).toBe(30);
  });
});
