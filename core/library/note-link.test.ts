import { describe, expect, it } from 'vitest';
import { createNote } from '../notes/note';
import { pageIdentity } from '../page-identity';
import { encodeFragmentTerm, noteLink } from './note-link';

const note = (url: string, exact: string, prefix = '', suffix = '') =>
  createNote({
    page: pageIdentity({ url }),
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    comment: '',
  });

describe('note links', () => {
  it('opens the page at the quote with a text fragment, replacing any fragment', () => {
    expect(noteLink(note('https://ex.com/a?x=1#top', 'Panel of Experts'))).toBe(
      'https://ex.com/a?x=1#:~:text=Panel%20of%20Experts',
    );
  });

  it('adds whole context words only', () => {
    expect(noteLink(note('https://ex.com/', 'Panel', 'cut-wor the UN ', ' of Experts'))).toBe(
      'https://ex.com/#:~:text=UN-,Panel,-of',
    );
    expect(noteLink(note('https://ex.com/', 'Panel', 'the UN', 'of'))).toBe('https://ex.com/#:~:text=Panel');
  });

  it('links long or multi-line quotes by their first and last words', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen end';
    expect(noteLink(note('https://ex.com/', long))).toBe(
      'https://ex.com/#:~:text=one%20two%20three%20four,fourteen%20fifteen%20sixteen%20end',
    );
    expect(noteLink(note('https://ex.com/', 'first line\nsecond line'))).toBe(
      'https://ex.com/#:~:text=first%20line,second%20line',
    );
  });

  it('encodes the directive syntax characters and non-Latin text', () => {
    expect(encodeFragmentTerm('ship-to-ship, oil & gas')).toBe('ship%2Dto%2Dship%2C%20oil%20%26%20gas');
    expect(noteLink(note('https://ex.com/', '북한'))).toBe('https://ex.com/#:~:text=%EB%B6%81%ED%95%9C');
  });

  it('never links a page that is not http(s)', () => {
    expect(noteLink(note('https://ex.com/', 'x'))).not.toBeNull();
    const bad = { ...note('https://ex.com/', 'x') };
    bad.page = { ...bad.page, url: 'javascript:alert(1)' };
    expect(noteLink(bad)).toBeNull();
    bad.page = { ...bad.page, url: 'not a url' };
    expect(noteLink(bad)).toBeNull();
  });
});
