// Tests the topic classifier on features made from real texts matched against the bundled pack.
import { describe, expect, it } from 'vitest';
import { ABOUT_THRESHOLD, classify } from './classify';
import { emptyEvidence } from './features';
import { featuresOf, PACK_KB } from './test-kb';
import { IRAN_ARTICLE, NK_ARTICLE, NK_HEADLINE, OTHER_ARTICLE, OTHER_HEADLINES } from './test-texts';

const article = NK_ARTICLE.paragraphs.join('\n');

describe('classify', () => {
  it('finds an article about North Korea sanctions "about", with its reasons', () => {
    const r = classify(featuresOf({ title: NK_ARTICLE.title, main: article }));
    expect(r.verdict).toBe('about');
    expect(r.score).toBeGreaterThanOrEqual(ABOUT_THRESHOLD);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.reasons).toContain('title names North Korea');
    const signals = r.reasons.find((x) => /sanctions signal terms in the main text/.test(x));
    expect(signals).toMatch(/ship-to-ship transfers/);
    expect(signals).toMatch(/^\d+ sanctions signal terms/);
  });

  it('still finds the article "about" without its title', () => {
    expect(classify(featuresOf({ main: article })).verdict).toBe('about');
  });

  it('finds a North Korea article without a word of sanctions "none": the topic is North Korea sanctions', () => {
    const main =
      'North Korea held a military parade in Pyongyang on Sunday. Kim Jong Un watched troops march across the ' +
      'square, and the state broadcaster showed new tanks and rocket launchers. Crowds waved flowers as the ' +
      'columns passed, and fireworks lit the sky over the river after dark. North Korea holds such parades on ' +
      'anniversaries of the founding of its army and of the ruling party.';
    const r = classify(featuresOf({ title: 'North Korea stages night parade', main }));
    expect(r.verdict).toBe('none');
    expect(r.reasons).toContain('no sanctions signal terms in the main text');
    expect(r.reasons).toContain('North Korea is named, but never together with sanctions');
  });

  it('finds a front page with one North Korea sanctions headline "mentions"', () => {
    const main = [...OTHER_HEADLINES.slice(0, 7), NK_HEADLINE, ...OTHER_HEADLINES.slice(7)].join('\n');
    const r = classify(featuresOf({ title: 'Daily News - Latest headlines', main, pageType: 'listing' }));
    expect(r.verdict).toBe('mentions');
    expect(r.score).toBeLessThan(ABOUT_THRESHOLD);
    expect(r.reasons).toContain('North Korea and sanctions named together in 1 line (headline, teaser or paragraph)');
  });

  it('finds a page with North Korea only in a sidebar "mentions", and says so', () => {
    const r = classify(
      featuresOf({ title: 'Tram line approved', main: OTHER_ARTICLE.join('\n'), rest: `Most read\n${NK_HEADLINE}` }),
    );
    expect(r.verdict).toBe('mentions');
    expect(r.score).toBe(0);
    expect(r.reasons).toContain('North Korea only outside the main text (navigation/sidebar)');
  });

  it('finds a sidebar headline on North Korea without sanctions "none"', () => {
    const rest = 'Most read\nRussia using North Korean labour on building sites, rights groups say';
    const r = classify(featuresOf({ title: 'Tram line approved', main: OTHER_ARTICLE.join('\n'), rest }));
    expect(r.verdict).toBe('none');
    expect(r.reasons).toContain('North Korea only outside the main text (navigation/sidebar)');
  });

  it('finds a page that names no North Korea "none" (a drop-down option is not text, so it adds nothing)', () => {
    const f = featuresOf({ title: 'Tram line approved', main: OTHER_ARTICLE.join('\n'), rest: 'Choose your country' });
    const r = classify(f);
    expect(r.verdict).toBe('none');
    expect(r.reasons).toContain('North Korea is not named on the page');
  });

  it('finds an Iran sanctions panel story "none": sanctions alone are not the topic, and its panel is not the 1874 one', () => {
    const f = featuresOf({ title: IRAN_ARTICLE.title, main: IRAN_ARTICLE.paragraphs.join('\n') });
    expect(f.main.signal).toBeGreaterThan(2);
    expect(f.main.topicMentions).toBe(0);
    const r = classify(f);
    expect(r.verdict).toBe('none');
    expect(r.score).toBe(0);
  });

  it('does not let a long text about something else become "about" through one passing mention', () => {
    const main = [...OTHER_ARTICLE, ...OTHER_ARTICLE, ...OTHER_ARTICLE].join('\n');
    const aside = `${main}\nElsewhere, ministers discussed sanctions on North Korea and on other countries.`;
    const r = classify(featuresOf({ title: 'Tram line approved', main: aside }));
    expect(r.verdict).toBe('mentions');
  });

  it('scores a listing lower than an article with the same text', () => {
    const asArticle = classify(featuresOf({ main: article }));
    const asListing = classify(featuresOf({ main: article, pageType: 'listing' }));
    expect(asListing.score).toBeLessThan(asArticle.score);
  });

  it('counts anchors by weight: the topic entity fully, other states not at all', () => {
    expect(PACK_KB.entities.get('north-korea')?.anchor).toBe(1);
    expect(PACK_KB.entities.get('pyongyang')?.anchor).toBeGreaterThan(0);
    expect(PACK_KB.entities.get('lazarus-group')?.anchor).toBeGreaterThan(0);
    expect(PACK_KB.entities.get('russia')?.anchor).toBe(0);
    expect(PACK_KB.entities.get('united-nations')?.anchor).toBe(0);
    expect(PACK_KB.entities.get('committee-1718')?.sanctions).toBe(true);
    expect(PACK_KB.entities.get('japan')?.sanctions).toBe(false);
  });

  it('gives "none" and score 0 for empty features', () => {
    const e = emptyEvidence();
    const r = classify({ pageType: 'other', language: 'und', title: e, main: e, rest: e, hasMainContent: false });
    expect(r).toMatchObject({ verdict: 'none', score: 0 });
  });
});
