import { describe, expect, it } from 'vitest';
import { pageIdentity } from '../page-identity';
import { cleanTags, createNote } from './note';

const page = pageIdentity({ url: 'https://example.com/a', title: 'A' });
const target = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'MSMT', prefix: 'the ', suffix: ' said' },
  position: { type: 'TextPositionSelector' as const, start: 4, end: 8 },
};

describe('notes', () => {
  it('cleans tags', () => {
    expect(cleanTags([' arms ', 'Arms', '', 'ship  to ship'])).toEqual(['arms', 'ship to ship']);
  });
  it('creates a comment note with ids and times', () => {
    const note = createNote({ page, target, comment: 'Check this', tags: ['x'], entityIds: ['msmt', 'msmt'], now: 5 });
    expect(note).toMatchObject({
      kind: 'comment',
      comment: 'Check this',
      tags: ['x'],
      entityIds: ['msmt'],
      created: 5,
      modified: 5,
    });
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('makes an empty comment a highlight', () => {
    expect(createNote({ page, target, comment: '  ' }).kind).toBe('highlight');
  });
});
