// @vitest-environment jsdom
// Tests page analysis end to end on DOM documents: verdicts, page types, entities, languages and the fast path.
import { describe, expect, it } from 'vitest';
import { PACK_KB } from '../core/analysis/test-kb';
import { IRAN_ARTICLE, NK_ARTICLE, NK_HEADLINE, OTHER_ARTICLE, OTHER_HEADLINES } from '../core/analysis/test-texts';
import { analyzePage, fastPathPage } from './analyze-page';
import { COUNTRIES, frontPage, pageHtml, type TestPage } from './test-pages';
import { visibleText } from './visible-text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const analyze = (p: TestPage, fastPath = true) => analyzePage(parse(pageHtml(p)), PACK_KB, { fastPath });
const TRAM = { lang: 'en', title: 'Tram line to the northern suburbs approved', paragraphs: OTHER_ARTICLE };

describe('analyzePage verdicts', () => {
  it('finds an article about North Korea sanctions "about", with its entities', () => {
    const r = analyze({ lang: 'en', declareArticle: true, ...NK_ARTICLE, sidebar: OTHER_HEADLINES.slice(0, 5) });
    expect(r).toMatchObject({ language: 'en', pageType: 'article', verdict: 'about' });
    expect(r.score).toBeGreaterThanOrEqual(0.5);
    expect(r.reasons).toContain('title names North Korea');
    const nk = r.entities.find((e) => e.id === 'north-korea');
    expect(nk).toMatchObject({ name: 'North Korea', type: 'state' });
    expect(nk?.matches).toEqual(expect.arrayContaining(['North Korea', 'DPRK']));
    expect(nk?.count).toBeGreaterThanOrEqual(3);
    const ids = r.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['msmt', 'pyongyang', 'nampo', 'unscr-2397', 'panel-of-experts']));
  });

  it('finds the same article "about" without any metadata declaring it an article', () => {
    expect(analyze({ lang: 'en', ...NK_ARTICLE }).verdict).toBe('about');
  });

  it('finds a front page with one North Korea sanctions headline a listing that "mentions" them', () => {
    const r = analyze(frontPage());
    expect(r.pageType).toBe('listing');
    expect(r.verdict).toBe('mentions');
    expect(r.entities.map((e) => e.id)).toContain('north-korea');
  });

  it('finds an article with North Korea only in its sidebar "mentions"', () => {
    const r = analyze({ ...TRAM, declareArticle: true, sidebar: [OTHER_HEADLINES[0]!, NK_HEADLINE] });
    expect(r).toMatchObject({ pageType: 'article', verdict: 'mentions', score: 0 });
    expect(r.reasons).toContain('North Korea only outside the main text (navigation/sidebar)');
  });

  it('does not count a country drop-down that lists North Korea, not even as a mention', () => {
    const r = analyze({ ...TRAM, declareArticle: true, countries: COUNTRIES }, false);
    expect(r.verdict).toBe('none');
    expect(r.entities.map((e) => e.id)).not.toContain('north-korea');
  });

  it('finds an Iran sanctions panel story "none"', () => {
    const r = analyze({ lang: 'en', declareArticle: true, ...IRAN_ARTICLE }, false);
    expect(r.verdict).toBe('none');
    expect(r.score).toBe(0);
    expect(r.entities.map((e) => e.id)).not.toContain('north-korea');
  });
});

describe('the fast path', () => {
  it('decides "nothing here" for a page without a trigger, with the same verdict as the full analysis', () => {
    const quick = analyze(TRAM);
    expect(quick.verdict).toBe('none');
    expect(quick.reasons[0]).toMatch(/^fast path/);
    const full = analyze(TRAM, false);
    expect(full.verdict).toBe('none');
    expect(full.reasons[0]).not.toMatch(/^fast path/);
  });

  it('lets a page through when North Korea is anywhere in the sample', () => {
    expect(fastPathPage(parse(pageHtml({ ...TRAM, sidebar: [NK_HEADLINE] }))).maybe).toBe(true);
    expect(fastPathPage(parse(pageHtml(TRAM))).maybe).toBe(false);
  });
});

describe('analyzePage language', () => {
  const cases: [string, string, string][] = [
    [
      'ko',
      '북한 제재 보고서',
      '유엔 안보리 대북제재위원회 전문가 패널의 보고서에 따르면 북한은 올해도 해상 환적을 통해 정제유를 들여왔다.',
    ],
    [
      'ja',
      '北朝鮮制裁の報告書',
      '国連安保理の報告書によると、北朝鮮は今年も瀬取りによって石油精製品を輸入していたという。',
    ],
    ['zh-Hans', '朝鲜制裁报告', '联合国安理会的报告说，朝鲜今年继续通过船对船转运进口精炼石油，违反了制裁决议。'],
    [
      'ru',
      'Доклад о санкциях против КНДР',
      'Согласно докладу, Северная Корея продолжает ввозить нефтепродукты в обход санкций с помощью перегрузки с судна на судно.',
    ],
    [
      'uk',
      'Доповідь про санкції проти КНДР',
      'Згідно з доповіддю, Північна Корея продовжує ввозити нафтопродукти в обхід санкцій за допомогою перевантаження з судна на судно.',
    ],
    [
      'id',
      'Laporan sanksi Korea Utara',
      'Menurut laporan itu, Korea Utara terus mengimpor minyak olahan dengan menghindari sanksi melalui transfer antarkapal yang dilakukan di laut.',
    ],
  ];
  for (const [lang, title, text] of cases) {
    it(`detects ${lang} from the text even when <html lang> says en`, () => {
      const p = { lang: 'en', title, paragraphs: [text, text, text, text] };
      expect(analyze(p).language).toBe(lang);
      expect(analyze({ ...p, lang: undefined }).language).toBe(lang);
    });
  }
});

describe('visibleText', () => {
  it('skips scripts, drop-downs and hidden elements, keeps aria-hidden text, and separates blocks', () => {
    const d = parse(
      '<body><p>North <b>Korea</b></p><div>MSMT<p>report</p>tail</div><script>DPRK()</script>' +
        '<select><option>North Korea</option></select><div hidden>Hidden</div><div style="display: none">None</div>' +
        '<div aria-hidden="true">Teaser</div></body>',
    );
    expect(visibleText(d.body)).toBe('North Korea\nMSMT\nreport\ntail\nTeaser');
  });
});
