// Tests the fast path: every way the pack writes North Korea triggers it, and ordinary text does not.
import { describe, expect, it } from 'vitest';
import raw from '../kb/packs/north-korea-sanctions.json';
import { FAST_PATH_TRIGGERS, fastPathCheck, prefilterPiece } from './fast-path';
import { OTHER_ARTICLE, OTHER_HEADLINES } from './test-texts';

const pack = raw as { entities: { id: string; names: { text: string; ambiguous?: boolean }[] }[] };
/** The names that count on their own (ambiguous ones only count next to one of these). */
const namesOf = (id: string) =>
  pack.entities
    .find((e) => e.id === id)
    ?.names.filter((n) => !n.ambiguous)
    .map((n) => n.text) ?? [];

describe('fastPathCheck', () => {
  it('fires on every unambiguous name of North Korea, Pyongyang and Kim Jong Un in the pack, in every language', () => {
    const names = [...namesOf('north-korea'), ...namesOf('pyongyang'), ...namesOf('kim-jong-un')];
    expect(names.length).toBeGreaterThan(60);
    const missed = names.filter((n) => !fastPathCheck(`Some text before. ${n} and after.`).maybe);
    expect(missed).toEqual([]);
  });

  it('fires whatever the case, and says which trigger it saw', () => {
    expect(fastPathCheck('SANCTIONS ON NORTH KOREA')).toEqual({ maybe: true, trigger: 'NORTH KOREA' });
    expect(fastPathCheck('Die Sanktionen gegen NORDKOREA').maybe).toBe(true);
    expect(fastPathCheck('САНКЦИИ ПРОТИВ КНДР').maybe).toBe(true);
  });

  it('fires on the North whatever the gap between the words: none, a dash, a line break, a no-break space', () => {
    for (const text of [
      'Nordkorea',
      'Nord-Korea',
      'North-Korea',
      'North\nKorea',
      'North\u00a0Korea',
      'north\u00adkorea',
      'N. Korea',
      'N.Korea',
      'the Democratic People’s Republic of Korea',
      'Noord-Koreaanse',
      'Corée du Nord',
      'Coree du Nord',
      'nord-coréens',
      'Corea del Norte',
      'Corea del Nord',
      'los norcoreanos',
      'KOREA UTARA',
    ]) {
      expect(fastPathCheck(`Text. ${text} and more.`), text).toMatchObject({ maybe: true });
    }
  });

  it('says "nothing here" for South Korea, K-pop and Korean food', () => {
    for (const text of [
      'South Korea won the final in Seoul.',
      'A K-pop concert: KoreanGal55555 and friends.',
      'Korean food: kimchi and bibimbap at home.',
      'Veterans of the Korean War met in London.',
      'Corea del Sur y Japón firmaron un acuerdo.',
      'Le cinéma coréen à Cannes.',
      'Zuid-Koreaanse film op het IFFR.',
      'Konser K-pop Korea Selatan di Jakarta.',
      'Japan. Korea, the neighbour, exports chips.',
    ]) {
      expect(fastPathCheck(text), text).toEqual({ maybe: false });
    }
  });

  it('first scans for a piece that every trigger holds', () => {
    for (const trigger of FAST_PATH_TRIGGERS) expect(trigger).toContain(prefilterPiece(trigger));
    expect(prefilterPiece('north korea')).toBe('korea');
    expect(prefilterPiece('pyongyang')).toBe('pyongyang');
  });

  it('says "nothing here" for ordinary text', () => {
    expect(fastPathCheck([...OTHER_HEADLINES, ...OTHER_ARTICLE].join('\n'))).toEqual({ maybe: false });
    expect(fastPathCheck('')).toEqual({ maybe: false });
  });
});
