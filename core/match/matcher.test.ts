import { describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../kb/starter';
import { countByEntity, createMatcher, foldCase, termsOf } from './matcher';

const matcher = createMatcher(termsOf(STARTER_ENTITIES), { contextEntityIds: ['north-korea'] });
const ids = (text: string) => matcher.find(text).map((m) => m.entityId);

describe('starter matcher', () => {
  it('finds North Korea in English, Indonesian and Korean', () => {
    expect(ids('Sanctions on North Korea tightened.')).toEqual(['north-korea']);
    expect(ids('Sanksi terhadap Korea Utara diperketat.')).toEqual(['north-korea']);
    expect(ids('북한은 러시아에 무기를 보냈다.')).toEqual(['north-korea', 'russia']);
  });

  it('reports offsets into the original text', () => {
    const text = 'Report: the MSMT said Pyongyang shipped shells.';
    const found = matcher.find(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['MSMT', 'Pyongyang']);
  });

  it('respects word boundaries in spaced scripts', () => {
    expect(ids('The DPRKs and NorthKorea are not names.')).toEqual([]);
    expect(ids('Russian troops')).toEqual([]);
  });

  it('matches across line breaks and extra spaces inside a name', () => {
    expect(ids('North\n   Korea')).toEqual(['north-korea']);
  });

  it('keeps case-sensitive abbreviations exact', () => {
    expect(ids('the dprk')).toEqual([]);
    expect(ids('the DPRK')).toEqual(['north-korea']);
    expect(ids('north korea')).toEqual(['north-korea']);
  });

  it('prefers the longest name at a position', () => {
    const found = matcher.find('the UN Security Council met');
    expect(found).toHaveLength(1);
    expect(found[0]?.alias).toBe('UN Security Council');
  });

  it('counts ambiguous names only in a North Korea context', () => {
    expect(ids('The Panel of Experts on Iran met.')).toEqual([]);
    expect(ids('North Korea evaded the Panel of Experts.')).toEqual(['north-korea', 'panel-of-experts']);
  });

  it('counts matches per entity', () => {
    expect(countByEntity(matcher.find('DPRK, North Korea and MSMT'))).toEqual([
      { id: 'north-korea', count: 2 },
      { id: 'msmt', count: 1 },
    ]);
  });

  it('folds case without changing length', () => {
    expect(foldCase('İstanbul ÀB')).toHaveLength('İstanbul ÀB'.length);
    expect(foldCase('ÀB')).toBe('àb');
  });
});
