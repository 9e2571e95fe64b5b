// Tests the fast path: every way the pack writes North Korea triggers it, and ordinary text does not.
import { describe, expect, it } from 'vitest';
import raw from '../kb/packs/north-korea-sanctions.json';
import { fastPathCheck } from './fast-path';
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
    expect(fastPathCheck('SANCTIONS ON NORTH KOREA')).toEqual({ maybe: true, trigger: 'KOREA' });
    expect(fastPathCheck('Die Sanktionen gegen NORDKOREA').maybe).toBe(true);
    expect(fastPathCheck('САНКЦИИ ПРОТИВ КНДР').maybe).toBe(true);
  });

  it('says "nothing here" for ordinary text', () => {
    expect(fastPathCheck([...OTHER_HEADLINES, ...OTHER_ARTICLE].join('\n'))).toEqual({ maybe: false });
    expect(fastPathCheck('')).toEqual({ maybe: false });
  });
});
