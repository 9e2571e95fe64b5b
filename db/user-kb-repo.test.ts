// Tests of the user's own entities and aliases: ids, validation, edits, deletes and the alias terms for detection.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { EntitiesRepo } from './entities-repo';
import { createDb, type SanctionsLensDb } from './schema';
import { loadKnowledgeBase } from './kb-loader';
import { NO_DESIGNATIONS, STARTER_PACK, seedStarter } from './seed';
import { aliasTerms, slug, UserKbRepo, validImo } from './user-kb-repo';

let db: SanctionsLensDb;
async function repo(): Promise<UserKbRepo> {
  db = createDb('user-kb', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  let id = 0;
  return new UserKbRepo(db, { now: () => 1000 + id, newId: () => `a${++id}` });
}
afterEach(() => db?.close());

const vessel = {
  type: 'vessel' as const,
  name: ' Chon  Ma San ',
  names: [{ text: 'CHONMASAN' }, { text: '천마산호' }],
  identifiers: [{ scheme: 'imo' as const, value: 'IMO 8660313' }],
};

describe('UserKbRepo entities', () => {
  it('adds a vessel with an IMO number as a user entity that search finds', async () => {
    const kb = await repo();
    const e = await kb.addEntity(vessel);
    expect(e).toMatchObject({
      id: 'user-chon-ma-san',
      origin: 'user',
      type: 'vessel',
      name: 'Chon Ma San',
      background: '',
      identifiers: [{ scheme: 'imo', value: '8660313' }],
    });
    expect(e.names).toEqual([
      { text: 'Chon Ma San', lang: 'en' },
      { text: 'CHONMASAN', lang: 'en' },
      { text: '천마산호', lang: 'ko' },
    ]);
    expect((await new EntitiesRepo(db).searchByName('천마')).map((x) => x.id)).toEqual([e.id]);
    expect((await kb.addEntity(vessel)).id).toBe('user-chon-ma-san-2');
    expect((await kb.listEntities()).map((x) => x.id)).toEqual(['user-chon-ma-san', 'user-chon-ma-san-2']);
  });

  it('gives a name without Latin letters a fallback id, and marks acronyms case-sensitive', async () => {
    const kb = await repo();
    expect((await kb.addEntity({ type: 'organisation', name: '조선광업무역' })).id).toBe('user-entity');
    const e = await kb.addEntity({ type: 'organisation', name: 'KOMID' });
    expect(e.names).toEqual([{ text: 'KOMID', lang: 'en', caseSensitive: true }]);
  });

  it('rejects an empty name, an unknown type and a wrong IMO number, with the field named', async () => {
    const kb = await repo();
    await expect(kb.addEntity({ type: 'vessel', name: '   ' })).rejects.toMatchObject({
      name: 'UserKbError',
      field: 'name',
      message: 'Write a name.',
    });
    await expect(kb.addEntity({ type: 'ship' as never, name: 'X' })).rejects.toMatchObject({ field: 'type' });
    await expect(
      kb.addEntity({ type: 'vessel', name: 'X', identifiers: [{ scheme: 'imo', value: '8660314' }] }),
    ).rejects.toMatchObject({ field: 'identifiers', message: expect.stringMatching(/not an IMO number/) });
    expect(await kb.listEntities()).toEqual([]);
  });

  it('edits and deletes only its own entities; deleting removes their aliases', async () => {
    const kb = await repo();
    const e = await kb.addEntity(vessel);
    await kb.addAlias({ entityId: e.id, text: 'Chonmasan tanker' });
    const edited = await kb.updateEntity(e.id, { ...vessel, background: 'A tanker.', names: [] });
    expect(edited).toMatchObject({ id: e.id, background: 'A tanker.', names: [{ text: 'Chon Ma San', lang: 'en' }] });
    expect((await new EntitiesRepo(db).searchByName('chonmasan')).map((x) => x.id)).toEqual([]);
    await expect(kb.updateEntity('msmt', vessel)).rejects.toMatchObject({ field: 'entity' });
    await expect(kb.deleteEntity('msmt')).rejects.toThrow(/not one of your entities/);
    await expect(kb.deleteEntity('user-nothing')).rejects.toThrow(/No entity/);
    await kb.deleteEntity(e.id);
    expect(await kb.listEntities()).toEqual([]);
    expect(await kb.listAliases()).toEqual([]);
    expect(await new EntitiesRepo(db).getMany(['msmt'])).toHaveLength(1);
  });
});

describe('UserKbRepo aliases', () => {
  it('adds aliases to any entity and lists them', async () => {
    const kb = await repo();
    const a = await kb.addAlias({ entityId: 'north-korea', text: '  Hermit   Kingdom ' });
    expect(a).toEqual({ id: 'a1', entityId: 'north-korea', text: 'Hermit Kingdom', lang: 'en', created: 1001 });
    const b = await kb.addAlias({ entityId: 'msmt', text: '대북제재 감시팀', lang: 'ko' });
    expect(b.lang).toBe('ko');
    const c = await kb.addAlias({ entityId: 'north-korea', text: 'NK' });
    expect(c.caseSensitive).toBe(true);
    expect((await kb.listAliases('north-korea')).map((x) => x.text)).toEqual(['Hermit Kingdom', 'NK']);
    expect(await kb.listAliases()).toHaveLength(3);
    await kb.removeAlias(c.id);
    expect(await kb.listAliases('north-korea')).toHaveLength(1);
  });

  it('rejects an unknown entity, an empty alias and duplicates of names or aliases', async () => {
    const kb = await repo();
    await expect(kb.addAlias({ entityId: 'nope', text: 'Nope' })).rejects.toMatchObject({
      field: 'entity',
      message: expect.stringMatching(/No entity "nope"/),
    });
    await expect(kb.addAlias({ entityId: 'msmt', text: ' ' })).rejects.toMatchObject({ field: 'alias' });
    await expect(kb.addAlias({ entityId: 'north-korea', text: 'korea utara' })).rejects.toThrow(
      /already a name of North Korea/,
    );
    await kb.addAlias({ entityId: 'north-korea', text: 'Hermit Kingdom' });
    await expect(kb.addAlias({ entityId: 'north-korea', text: 'HERMIT kingdom' })).rejects.toThrow(
      /already one of your aliases/,
    );
    expect(await kb.listAliases()).toHaveLength(1);
  });

  it('gives the aliases as extra names per entity id', async () => {
    const kb = await repo();
    await kb.addAlias({ entityId: 'north-korea', text: 'Hermit Kingdom' });
    await kb.addAlias({ entityId: 'north-korea', text: 'NK' });
    await kb.addAlias({ entityId: 'msmt', text: 'Monitoring Team' });
    expect(await aliasTerms(db)).toEqual({
      msmt: [{ text: 'Monitoring Team', lang: 'en' }],
      'north-korea': [
        { text: 'Hermit Kingdom', lang: 'en' },
        { text: 'NK', lang: 'en', caseSensitive: true },
      ],
    });
  });
});

describe('the user knowledge base and pack loads', () => {
  it('keeps the user entities and aliases when another pack version is loaded', async () => {
    const kb = await repo();
    const mine = await kb.addEntity(vessel);
    await kb.addAlias({ entityId: 'north-korea', text: 'Hermit Kingdom' });
    const before = { entities: await kb.listEntities(), aliases: await kb.listAliases() };
    const load = await loadKnowledgeBase(db, {
      pack: { ...STARTER_PACK, version: '9.0.0' },
      designations: NO_DESIGNATIONS,
    });
    expect(load.changed).toBe(true);
    expect(await kb.listEntities()).toEqual(before.entities);
    expect(await kb.listAliases()).toEqual(before.aliases);
    expect((await new EntitiesRepo(db).getMany([mine.id, 'north-korea'])).map((e) => e.id)).toEqual([
      mine.id,
      'north-korea',
    ]);
  });
});

describe('helpers', () => {
  it('makes slugs and checks IMO numbers', () => {
    expect(slug('Société Générale — Pyongyang!')).toBe('societe-generale-pyongyang');
    expect(slug('평양')).toBe('entity');
    expect(validImo('8660313')).toBe(true);
    expect(validImo('9087741')).toBe(false);
    expect(validImo('866031')).toBe(false);
  });
});
