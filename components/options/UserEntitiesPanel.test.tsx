// @vitest-environment jsdom
// Tests of "Your entities and aliases": adding a vessel with an IMO number, aliases on a found entity, errors, deletes.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type SanctionsLensDb } from '../../db/schema';
import { seedStarter } from '../../db/seed';
import { UserKbRepo } from '../../db/user-kb-repo';
import { UserEntitiesPanel } from './UserEntitiesPanel';

let container: HTMLElement;
let db: SanctionsLensDb;

beforeEach(async () => {
  db = createDb('options-user', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarter(db);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(<UserEntitiesPanel db={db} />, container));
  await settle();
});
afterEach(() => {
  render(null, container);
  container.remove();
  db.close();
});

async function settle(until?: () => boolean) {
  for (let i = 0; i < 100 && !(until?.() ?? i >= 5); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  }
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const texts = (selector: string) => [...container.querySelectorAll(selector)].map((e) => e.textContent ?? '');
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === label)!;

async function fill(id: string, value: string, event = 'input') {
  const field = $<HTMLInputElement>(`#${id}`);
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function submit(label: string, until: () => boolean) {
  await act(async () => button(label).click());
  await settle(until);
}

describe('UserEntitiesPanel', () => {
  it('adds a vessel with its IMO number and lists it', async () => {
    expect(texts('.user-entities li')).toEqual([]);
    expect($('label[for=entity-imo]').textContent).toBe('IMO number');
    await fill('entity-name', 'Sea Star');
    await fill('entity-names', 'SEA STAR 1\n해성호');
    await fill('entity-imo', '8660313');
    await submit('Add entity', () => texts('.user-entities li').length > 0);
    expect(texts('.entity-form [role=status]')).toEqual(['Added Sea Star.']);
    expect(texts('.user-entities li')[0]).toMatch(/^Sea Star Vessel IMO 8660313 · also SEA STAR 1, 해성호/);
    expect($<HTMLInputElement>('#entity-name').value).toBe('');
    expect((await new UserKbRepo(db).listEntities())[0]).toMatchObject({ id: 'user-sea-star', origin: 'user' });
  });

  it('shows errors next to their field, as alerts', async () => {
    await submit('Add entity', () => !!container.querySelector('[role=alert]'));
    expect($('#name-error').textContent).toBe('Write a name.');
    expect($('#entity-name').getAttribute('aria-describedby')).toBe('name-error');
    await fill('entity-name', 'Sea Star');
    await fill('entity-imo', '1234568');
    await submit('Add entity', () => !!container.querySelector('#imo-error'));
    expect($('#imo-error').textContent).toMatch(/"1234568" is not an IMO number/);
    await fill('entity-type', 'person', 'change');
    expect(container.querySelector('#entity-imo')).toBeNull();
  });

  it('finds an entity by name, adds an alias to it, rejects a duplicate, and removes it', async () => {
    await submit('Add alias', () => !!container.querySelector('[role=alert]'));
    expect(texts('.alias-form [role=alert]')).toEqual(['Find the entity first, then pick it from the results.']);
    await fill('alias-search', 'korea ut');
    await settle(() => texts('#alias-results button').length > 0);
    expect(texts('#alias-results button')).toEqual(['North Korea']);
    await act(async () => button('North Korea').click());
    expect($('.picked').textContent).toBe('Entity: North Korea (north-korea)');
    await fill('alias-text', 'Hermit Kingdom');
    await submit('Add alias', () => texts('.user-aliases li').length > 0);
    expect(texts('.user-aliases li')).toEqual(['“Hermit Kingdom” for North Korea Remove']);
    await fill('alias-text', 'DPRK');
    await submit('Add alias', () => !!container.querySelector('#alias-error'));
    expect($('#alias-error').textContent).toBe('"DPRK" is already a name of North Korea.');
    await act(async () =>
      container.querySelector<HTMLButtonElement>('[aria-label="Remove alias Hermit Kingdom"]')!.click(),
    );
    await settle(() => texts('.user-aliases li').length === 0);
    expect(await new UserKbRepo(db).listAliases()).toEqual([]);
  });

  it('deletes an entity only after a confirmation', async () => {
    await new UserKbRepo(db).addEntity({ type: 'vessel', name: 'Sea Star' });
    await act(async () => render(null, container));
    await act(async () => render(<UserEntitiesPanel db={db} />, container));
    await settle(() => texts('.user-entities li').length > 0);
    await act(async () => container.querySelector<HTMLButtonElement>('[aria-label="Delete Sea Star"]')!.click());
    expect(texts('.user-entities li')).toHaveLength(1);
    await act(async () => button('Really delete?').click());
    await settle(() => texts('.user-entities li').length === 0);
    expect(await new UserKbRepo(db).listEntities()).toEqual([]);
  });
});
