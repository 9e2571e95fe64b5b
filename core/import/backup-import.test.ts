// Tests of the backup importer's user entities, aliases and settings sections.
import { describe, expect, it } from 'vitest';
import { TEST_USER_ENTITY, testBackupData } from '../export/test-notes';
import { importBackup } from './backup-import';
import { MAX_SETTING_DEPTH, jsonDepth } from './kb-shape';

const base = testBackupData(2, 4);
const backup = (over: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ format: 'sanctions-lens-backup', formatVersion: 1, ...base, ...over })) as Record<
    string,
    unknown
  >;

describe('importBackup sections', () => {
  it('treats missing sections other than notes as empty', () => {
    const r = importBackup({ format: 'sanctions-lens-backup', formatVersion: 1, notes: [] });
    expect(r).toMatchObject({ notes: [], userEntities: [], userAliases: [], settings: [], invalid: [] });
  });

  it('imports only user entities, each checked, and reports the others', () => {
    const r = importBackup(
      backup({
        userEntities: [
          TEST_USER_ENTITY,
          { ...TEST_USER_ENTITY, id: 'msmt', origin: 'pack' },
          { ...TEST_USER_ENTITY, id: 'x', type: 'spaceship' },
          { ...TEST_USER_ENTITY, id: 'y', names: [{ text: '', lang: 'en' }] },
          { ...TEST_USER_ENTITY, extra: '<b>dropped</b>' },
        ],
      }),
    );
    expect(r.userEntities).toEqual([TEST_USER_ENTITY]);
    expect(r.invalid).toEqual([
      { section: 'userEntities', index: 1, reason: 'origin must be "user", got "pack"' },
      {
        section: 'userEntities',
        index: 2,
        reason: expect.stringMatching(/^type must be one of state, .*"spaceship"$/),
      },
      { section: 'userEntities', index: 3, reason: 'names[0].text is empty' },
      { section: 'userEntities', index: 4, reason: 'duplicate of an earlier item (user-chon-ma-san)' },
    ]);
  });

  it('checks aliases and settings', () => {
    const deep = JSON.parse('['.repeat(MAX_SETTING_DEPTH + 2) + ']'.repeat(MAX_SETTING_DEPTH + 2)) as unknown;
    const r = importBackup(
      backup({
        userAliases: [...base.userAliases, { id: 'a3', entityId: 'komid', text: 'K', lang: 'en', created: -5 }],
        settings: [...base.settings, { key: 'deep', version: 1, value: deep }, { key: 'no-value', version: 1 }],
      }),
    );
    expect(r.userAliases).toEqual(base.userAliases);
    expect(r.settings).toEqual(base.settings);
    expect(r.invalid.map((i) => `${i.section}[${i.index}]: ${i.reason}`)).toEqual([
      'userAliases[2]: created must be a time in epoch milliseconds, got the number -5',
      `settings[2]: value nests deeper than ${MAX_SETTING_DEPTH}`,
      'settings[3]: value is missing',
    ]);
  });

  it('measures nesting without recursion', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth({ a: [1, { b: null }] })).toBe(3);
    const deep = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000)) as unknown;
    expect(jsonDepth(deep)).toBe(49_999);
  });
});
