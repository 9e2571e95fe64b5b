// Tests of the IRIs that exports mint, including a property test against JSON Schema's `uri` format.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { entityIdFromUri, entityUri, isAbsoluteUri, noteIdFromUri, noteUri, pageUri, toUri } from './uris';

const ajv = new Ajv({ strict: false });
addFormats(ajv);
const isJsonSchemaUri = ajv.compile({ type: 'string', format: 'uri' });

describe('entity IRIs', () => {
  it('mints https://sanctions-lens.org/entity/<id> and reads it back', () => {
    expect(entityUri('north-korea')).toBe('https://sanctions-lens.org/entity/north-korea');
    for (const id of ['north-korea', 'user-chon-ma-san', 'a/b c', '천마산', '%41']) {
      expect(entityIdFromUri(entityUri(id))).toBe(id);
    }
  });
  it('reads no entity from other IRIs or broken escapes', () => {
    expect(entityIdFromUri('https://www.wikidata.org/entity/Q423')).toBeNull();
    expect(entityIdFromUri('https://sanctions-lens.org/entity/%E0%A4%A')).toBeNull();
    expect(entityIdFromUri('https://sanctions-lens.org/entity/')).toBeNull();
  });
});

describe('note IRIs', () => {
  it('uses urn:uuid: for UUIDs, keeps simple IRIs, mints the rest, and inverts each', () => {
    const uuid = '6f1c2a9e-0b1d-4c3e-9f8a-7b6c5d4e3f2a';
    expect(noteUri(uuid)).toBe(`urn:uuid:${uuid}`);
    expect(noteUri('https://hypothes.is/a/abc123')).toBe('https://hypothes.is/a/abc123');
    expect(noteUri('my note')).toBe('https://sanctions-lens.org/note/my%20note');
    for (const id of [uuid, 'https://hypothes.is/a/abc123', 'my note', 'urn:uuid:x', 'urn:uuid:' + uuid]) {
      expect(noteIdFromUri(noteUri(id))).toBe(id);
    }
    expect(noteIdFromUri('http://example.org/anno1')).toBe('http://example.org/anno1');
  });
});

describe('URIs for JSON Schema', () => {
  it('leaves browser URLs alone and encodes what RFC 3986 does not allow', () => {
    const url = 'https://www.nknews.org/2025/05/msmt-report/?utm_source=x&id=7';
    expect(pageUri(url)).toBe(url);
    expect(isAbsoluteUri(url)).toBe(true);
    expect(pageUri('https://example.com/a b/북한?q=[1]#x#y')).toBe(
      'https://example.com/a%20b/%EB%B6%81%ED%95%9C?q=%5B1%5D#x%23y',
    );
    expect(pageUri('http://127.0.0.1:8080/%zz')).toBe('http://127.0.0.1:8080/%25zz');
    expect(toUri('no scheme')).toBeNull();
    expect(isAbsoluteUri('https://example.com/a b')).toBe(false);
  });

  it('always gives a valid `uri` for any page URL and any note id (20,000 random strings)', () => {
    const rand = seededRandom(42);
    const chars = 'aZ09:/?#[]@!$&\'()*+,;=%-._~ "<>\\^`{|}\n한🚢é\uD800';
    const starts = [
      'http://',
      'https://x.org',
      'https://a.b/',
      'urn:uuid:',
      'urn:x:',
      'mailto:',
      'http://[::1]:80',
      '',
    ];
    const bad: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let s = starts[Math.floor(rand() * starts.length)]!;
      for (let n = Math.floor(rand() * 20); n > 0; n--) s += chars[Math.floor(rand() * chars.length)];
      let isUrl = true;
      try {
        new URL(s);
      } catch {
        isUrl = false;
      }
      if (isUrl && /^https?:/.test(s) && !isJsonSchemaUri(pageUri(s))) bad.push(`page ${JSON.stringify(s)}`);
      if (s !== '' && !isJsonSchemaUri(noteUri(s))) bad.push(`id ${JSON.stringify(s)}`);
    }
    expect(bad).toEqual([]);
  });
});
