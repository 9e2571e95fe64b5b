// Tests language detection by script, by Cyrillic letters, by stop words, and its use of declared tags.
import { describe, expect, it } from 'vitest';
import { chineseVariant, detectLanguage, primaryLanguage } from './language';

const detect = (text: string, htmlLang?: string) => detectLanguage({ text, htmlLang });

describe('detectLanguage by script', () => {
  it('tells Korean by Hangul, even with Han characters and a wrong declared tag', () => {
    expect(detect('북한이 유엔 안보리 대북제재를 회피하기 위해 해상 환적을 계속했다고 보고서가 밝혔다. 金正恩')).toBe(
      'ko',
    );
    expect(detect('북한이 유엔 안보리 대북제재를 회피하기 위해 해상 환적을 계속했다고 보고서가 밝혔다.', 'en')).toBe(
      'ko',
    );
  });

  it('tells Japanese by kana among Han characters', () => {
    expect(detect('北朝鮮は国連安保理の制裁決議に違反して、ロシアに弾薬を送ったと報告書は指摘した。')).toBe('ja');
  });

  it('tells Chinese by Han without kana, and Simplified from Traditional', () => {
    expect(detect('联合国安理会的报告说，朝鲜这一年继续通过船对船转运进口精炼石油，违反了制裁决议。')).toBe('zh-Hans');
    expect(detect('聯合國安理會的報告說，北韓這一年繼續通過船對船轉運進口精煉石油，違反了制裁決議。')).toBe('zh-Hant');
    expect(chineseVariant('制裁', 'zh-TW')).toBe('zh-Hant');
    expect(chineseVariant('制裁', 'zh')).toBe('zh');
  });

  it('tells Ukrainian from Russian by the letters only one of them uses', () => {
    expect(detect('Північна Корея продовжує ухилятися від санкцій, йдеться у звіті групи моніторингу.')).toBe('uk');
    expect(detect('Северная Корея продолжает уклоняться от санкций, говорится в докладе группы мониторинга.')).toBe(
      'ru',
    );
    // A Russian page declared as Ukrainian is still Russian.
    expect(
      detect('Северная Корея продолжает уклоняться от санкций, говорится в докладе группы мониторинга.', 'uk'),
    ).toBe('ru');
  });
});

describe('detectLanguage for Latin-script text', () => {
  const samples: Record<string, string> = {
    en: 'The report said that North Korea was able to evade sanctions with the help of front companies from abroad.',
    id: 'Laporan itu menyebutkan bahwa Korea Utara dapat menghindari sanksi dengan bantuan perusahaan yang ada di luar negeri untuk itu.',
    de: 'Der Bericht sagt, dass Nordkorea die Sanktionen mit Hilfe von Tarnfirmen umgehen konnte, die sich auf das Ausland stützen.',
    fr: 'Le rapport indique que la Corée du Nord a pu contourner les sanctions avec des sociétés écrans qui sont dans les ports.',
    es: 'El informe dice que Corea del Norte pudo eludir las sanciones con la ayuda de empresas pantalla para los envíos del país.',
    nl: 'Het rapport zegt dat Noord-Korea de sancties kon omzeilen met de hulp van een netwerk van bedrijven voor de handel.',
  };

  for (const [lang, text] of Object.entries(samples)) {
    it(`tells ${lang} by its stop words`, () => expect(detect(text)).toBe(lang));
  }

  it('keeps a declared Latin-script language unless the stop words clearly say otherwise', () => {
    expect(detect(samples.en!, 'en-GB')).toBe('en');
    expect(detect(`${samples.id} ${samples.id}`, 'en')).toBe('id');
    expect(detect('Sanksi PBB. MSMT. DPRK. Rajin. Dunai. Vostochny.', 'id')).toBe('id');
  });

  it('returns the declared language or und when there is too little text', () => {
    expect(detect('DPRK', 'de')).toBe('de');
    expect(detect('DPRK')).toBe('und');
  });
});

describe('primaryLanguage', () => {
  it('reads the primary subtag of a tag or a content-language list', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('ZH_tw')).toBe('zh');
    expect(primaryLanguage('de, en')).toBe('de');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('not a tag')).toBeNull();
  });
});
