// The matcher over the whole dictionary the extension ships: the curated pack plus the designations snapshot.
import { describe, expect, it } from 'vitest';
import snapshot from '../designations/snapshot.json';
import type { Entity } from '../kb/entity';
import pack from '../kb/packs/north-korea-sanctions.json';
import { createMatcher, termsOf } from './matcher';

const entities = [
  ...(pack.entities as unknown as Omit<Entity, 'origin'>[]).map((e): Entity => ({ ...e, origin: 'pack' })),
  ...(snapshot.entities as unknown as Entity[]),
];
const matcher = createMatcher(termsOf(entities), { contextEntityIds: ['north-korea', 'pyongyang', 'kim-jong-un'] });
const ids = (text: string) => matcher.find(text).map((m) => m.entityId);

describe('matcher: full dictionary', () => {
  it('is built from thousands of names', () => {
    expect(matcher.size).toBeGreaterThan(3000);
  });

  it("a page about Iran's sanctions panel yields no DPRK Panel of Experts", () => {
    const iran = 'The Panel of Experts on Iran reported to the Committee. Kim, a spokesman, declined to comment.';
    expect(ids(iran)).toEqual([]);
  });

  it('finds designated entities by any alias, in any case; a curated entity wins a shared name', () => {
    expect(ids('EXTERNAL TECHNOLOGY GENERAL CORPORATION')).toEqual(['des-kpe-001']);
    expect(ids('Korea Mining Development Trading Corporation')).toEqual(['komid']);
  });

  it('counts ambiguous designated aliases in a North Korea context only', () => {
    expect(ids('DCB and OMM, Vienna.')).toEqual([]);
    expect(ids('DCB and OMM, Pyongyang.')).toEqual(['daedong-credit-bank', 'ocean-maritime-management', 'pyongyang']);
  });
});
