// Tests of the options page's pure helpers: URL checks against the manifest's hosts, texts, and form input.
import { describe, expect, it } from 'vitest';
import { UserKbError } from '../../db/user-kb-repo';
import {
  checkListUrls,
  dateChange,
  formatBytes,
  hostPattern,
  listUrlProblem,
  patternCovers,
  patternsFor,
  progressText,
} from './refresh-text';
import { entityInput, fieldError, typeLabel } from './user-kb-text';

const ALLOWED = [
  'https://scsanctions.un.org/*',
  'https://sanctionslistservice.ofac.treas.gov/*',
  'https://www.treasury.gov/*',
];

describe('list URLs', () => {
  it('accepts https addresses on the declared hosts only', () => {
    expect(listUrlProblem('https://scsanctions.un.org/resources/xml/en/consolidated.xml', ALLOWED)).toBeUndefined();
    expect(listUrlProblem(' https://www.treasury.gov/ofac/downloads/sdn.csv ', ALLOWED)).toBeUndefined();
    expect(listUrlProblem('http://www.treasury.gov/sdn.csv', ALLOWED)).toBe('Use an https:// address.');
    expect(listUrlProblem('https://mirror.example.org/sdn.csv', ALLOWED)).toBe(
      'Sanctions Lens may only download from scsanctions.un.org, sanctionslistservice.ofac.treas.gov or www.treasury.gov.',
    );
    expect(listUrlProblem('not a url', ALLOWED)).toBe('Not a web address.');
    expect(checkListUrls({ unUrl: 'x', ofacUrl: 'https://www.treasury.gov/a' }, ALLOWED)).toEqual({
      unUrl: 'Not a web address.',
    });
  });

  it('matches host patterns and asks for each host once', () => {
    expect(patternCovers('https://*.un.org/*', 'https://scsanctions.un.org/x')).toBe(true);
    expect(patternCovers('https://*.un.org/*', 'https://un.org.evil.com/x')).toBe(false);
    expect(patternCovers('*://www.treasury.gov/*', 'https://www.treasury.gov/x')).toBe(true);
    expect(patternCovers('<all_urls>', 'https://www.treasury.gov/x')).toBe(false);
    expect(hostPattern('https://www.treasury.gov:443/ofac/sdn.csv?x=1')).toBe('https://www.treasury.gov/*');
    expect(patternsFor({ unUrl: 'https://a.org/1', ofacUrl: 'https://a.org/2' })).toEqual(['https://a.org/*']);
  });
});

describe('texts', () => {
  it('describes progress and date changes', () => {
    expect(progressText(undefined, {})).toBe('Asking for access…');
    expect(
      progressText({ phase: 'download', list: 'us', received: 3 }, { un: { received: 2_300_000, total: 4_000_000 } }),
    ).toBe('Downloading: UN list 2.2 MB of 3.8 MB…');
    expect(progressText({ phase: 'save', entities: 537 }, {})).toBe('Saving 537 designated parties…');
    expect(formatBytes(100)).toBe('1 KB');
    expect(dateChange({ new: '2025-06-02' })).toBe('2025-06-02');
    expect(dateChange({ old: '2025-04-19', new: '2025-06-02' })).toBe('2025-04-19 → 2025-06-02');
    expect(dateChange({ old: '2025-06-02', new: '2025-06-02' })).toBe('2025-06-02 (unchanged)');
  });

  it('turns the entity form into repository input', () => {
    const values = { name: 'Sea Star', otherNames: 'SEA STAR\n\n 해성호 ', imo: ' 8660313 ', background: '' };
    expect(entityInput({ ...values, type: 'vessel' })).toEqual({
      type: 'vessel',
      name: 'Sea Star',
      names: [{ text: 'SEA STAR' }, { text: '해성호' }],
      background: '',
      identifiers: [{ scheme: 'imo', value: '8660313' }],
    });
    expect(entityInput({ ...values, type: 'person' }).identifiers).toEqual([]);
    expect(typeLabel('international-body')).toBe('International body');
    expect(fieldError(new UserKbError('name', 'Write a name.'))).toEqual({ field: 'name', message: 'Write a name.' });
    expect(fieldError(new Error('boom'))).toEqual({ field: 'form', message: 'boom' });
  });
});
