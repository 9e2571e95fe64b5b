// Tests the background's second stage: a sample without a North Korea anchor or a sanctions cue cannot concern the topic.
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { QUICK_SAMPLE, sampleCheck, sampleMayConcern } from './probe';
import { featuresOf, PACK_KB } from './test-kb';
import { IRAN_ARTICLE, NK_ARTICLE, NK_HEADLINE, OTHER_ARTICLE, OTHER_HEADLINES } from './test-texts';

const may = (text: string) => sampleMayConcern(PACK_KB, text);

describe('sampleMayConcern', () => {
  it('lets through an article about North Korea sanctions and a front page with one such headline', () => {
    expect(may(`${NK_ARTICLE.title}\n${NK_ARTICLE.paragraphs.join('\n')}`)).toBe(true);
    expect(may([...OTHER_HEADLINES, NK_HEADLINE].join('\n'))).toBe(true);
  });

  it('rules out South Korea without North Korea, however many sanctions words', () => {
    const text =
      'South Korea and Japan discussed export controls and sanctions on Russia. The Korean won fell. ' +
      'Seoul imposed an asset freeze on two Russian banks under its own sanctions law.';
    expect(may(text)).toBe(false);
  });

  it('rules out North Korea without a sanctions cue (a marathon in Pyongyang)', () => {
    const text =
      'Runners from 20 countries took part in the Pyongyang marathon. North Korea reopened the race to tourists.';
    expect(may(text)).toBe(false);
    expect(classify(featuresOf({ main: text })).verdict).toBe('none');
  });

  it('lets through North Korea with a sanctions body and no signal word', () => {
    expect(may('North Korea and the 1718 Committee of the UN Security Council.')).toBe(true);
  });

  it('agrees with the classifier: whatever it rules out is "none" as a whole page', () => {
    const pages = [
      OTHER_ARTICLE.join('\n'),
      `${IRAN_ARTICLE.title}\n${IRAN_ARTICLE.paragraphs.join('\n')}`,
      OTHER_HEADLINES.join('\n'),
      'Korean barbecue in Seoul: our guide. Sanctions? Only on calories.',
    ];
    for (const page of pages) {
      expect(may(page)).toBe(false);
      expect(classify(featuresOf({ main: page })).verdict).toBe('none');
    }
  });

  it('says why it ruled a page out: which of the two is missing, and what the page named', () => {
    const southKorea = sampleCheck(PACK_KB, 'South Korea imposed sanctions on Russian banks.');
    expect(southKorea.mayConcern).toBe(false);
    expect(southKorea.reasons).toEqual([
      expect.stringMatching(/no North Korea name on the page \(it names .*South Korea/),
    ]);
    const marathon = sampleCheck(PACK_KB, 'Runners took part in the Pyongyang marathon in North Korea.');
    expect(marathon.reasons).toEqual([
      expect.stringMatching(/names (North Korea, Pyongyang|Pyongyang, North Korea).*but no sanctions/),
    ]);
    expect(sampleCheck(PACK_KB, 'The weather today.').reasons).toEqual([
      'Quick check: no North Korea name on the page.',
    ]);
    expect(sampleCheck(PACK_KB, 'North Korea and the 1718 Committee.')).toEqual({ mayConcern: true, reasons: [] });
  });

  it('answers a long page by its first lines when they name both, and reads the whole page otherwise', () => {
    const filler = 'The weather stayed mild and the markets were calm all week.\n'.repeat((3 * QUICK_SAMPLE) / 60);
    const nk = 'North Korea and the 1718 Committee of the UN Security Council.';
    expect(may(`${nk}\n${filler}`)).toBe(true);
    expect(may(`${filler}${nk}`)).toBe(true);
    expect(sampleCheck(PACK_KB, `${filler}Pyongyang`).reasons).toEqual(sampleCheck(PACK_KB, 'Pyongyang').reasons);
    expect(may(filler)).toBe(false);
  });
});
