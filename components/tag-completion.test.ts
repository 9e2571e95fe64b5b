import { describe, expect, it } from 'vitest';
import { applySuggestion, parseTags, tagSuggestions } from './tag-completion';

const known = ['arms', 'Armistice', 'ships', 'ship-to-ship', 'coal', 'charms'];

describe('tag completion', () => {
  it('suggests tags starting with what is typed, then containing it, case-insensitively', () => {
    expect(tagSuggestions('ARM', known)).toEqual(['arms', 'Armistice', 'charms']);
    expect(tagSuggestions('coal, shi', known)).toEqual(['ships', 'ship-to-ship']);
  });

  it('suggests nothing for an empty token, and leaves out tags already chosen or typed in full', () => {
    expect(tagSuggestions('arms, ', known)).toEqual([]);
    expect(tagSuggestions('arms, ar', known)).toEqual(['Armistice', 'charms']);
    expect(tagSuggestions('coal', known)).toEqual([]);
  });

  it('replaces the typed token with the suggestion', () => {
    expect(applySuggestion('coal, shi', 'ships')).toBe('coal, ships, ');
    expect(applySuggestion('ar', 'arms')).toBe('arms, ');
    expect(parseTags(applySuggestion('coal, shi', 'ships'))).toEqual(['coal', 'ships']);
  });

  it('parses a field into clean, distinct tags', () => {
    expect(parseTags(' arms ,Arms,, dual  use ')).toEqual(['arms', 'dual use']);
  });
});
