// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_ENTITIES } from '../../core/kb/starter';
import { createNote, type Note } from '../../core/notes/note';
import { pageIdentity } from '../../core/page-identity';
import { BodiesView } from '../bodies/BodiesView';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

const entity = STARTER_ENTITIES[0]!;
const note = (id: string, url: string, lang: string, exact: string, now: number): Note =>
  createNote({
    id,
    page: pageIdentity({ url, title: `Title ${id}`, lang }),
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    comment: `comment ${id}`,
    entityIds: [entity.id],
    now,
  });

describe('notes by entity, under the entity card in the Bodies view', () => {
  it('lists every note linked to the entity, across pages and languages, and opens the Library', async () => {
    const notes = [
      note('ko', 'https://yna.co.kr/x', 'ko', '북한 제재', 2),
      note('ru', 'https://ria.ru/y', 'ru', 'КНДР', 1),
    ];
    const asked: string[] = [];
    const opened: string[] = [];
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(
        <BodiesView
          loadEntities={() => Promise.resolve(STARTER_ENTITIES)}
          initialEntity={entity.id}
          loadNotesAbout={(id) => {
            asked.push(id);
            return Promise.resolve(notes);
          }}
          openLibrary={(id) => opened.push(id)}
        />,
        container,
      );
    });
    await act(async () => {});
    await act(async () => {});
    expect(asked).toEqual([entity.id]);
    const section = container.querySelector('.entity-notes')!;
    expect(section.querySelector('h3')?.textContent).toBe('Your notes (2)');
    expect([...section.querySelectorAll('.lib-note')].map((n) => n.getAttribute('data-note-id'))).toEqual(['ko', 'ru']);
    expect(section.querySelector('.lib-note-page')?.textContent).toMatch(/Title ko.*yna\.co\.kr/);
    expect(section.querySelector('.lib-entity')?.textContent).toBe(entity.name);
    await act(async () => section.querySelector<HTMLButtonElement>('button[name=open-library]')!.click());
    expect(opened).toEqual([entity.id]);
  });
});
