// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNote, type Note } from '../core/notes/note';
import { pageIdentity } from '../core/page-identity';
import type { NoteActions } from './note-actions';
import { NoteEditor } from './NoteEditor';
import { PageNotes } from './PageNotes';

let container: HTMLElement;
afterEach(() => container.remove());

const page = pageIdentity({ url: 'https://news.example/story' });
const noteOn = (id: string, exact: string, context: string, now: number) =>
  createNote({
    id,
    page,
    now,
    comment: `comment ${id}`,
    tags: ['arms'],
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      context,
    },
  });
const a = noteOn('a', 'artillery shells', 'Millions of artillery shells went north.', 1);
const b = noteOn('b', 'Panel of Experts', 'The Panel of Experts was disbanded in 2024.', 2);

function fakeActions(store: Map<string, Note>): NoteActions {
  const bin = new Map<string, Note>();
  return {
    get: async (id) => ({ note: store.get(id)!, entities: [] }),
    update: async (id, edit) => {
      const next = { ...store.get(id)!, ...edit };
      store.set(id, next);
      return next;
    },
    remove: async (id) => {
      bin.set(id, store.get(id)!);
      store.delete(id);
    },
    restore: async (id) => {
      const back = bin.get(id)!;
      store.set(id, back);
      return back;
    },
    tags: async () => ['arms', 'armistice'],
    searchEntities: async () => [],
  };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const mount = (ui: preact.ComponentChild) => {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(ui, container));
};
const quotes = (sel: string) => [...container.querySelectorAll(`${sel} .note-quote`)].map((q) => q.textContent);

describe('PageNotes', () => {
  it('lists orphans apart with their quote marked in its paragraph', () => {
    const store = new Map([
      ['a', a],
      ['b', b],
    ]);
    mount(<PageNotes notes={[a, b]} anchoring={{ anchored: ['a'], orphans: ['b'] }} actions={fakeActions(store)} />);
    expect(quotes('.note:not(.orphan)')).toEqual(['artillery shells']);
    expect(quotes('.orphans .note.orphan')).toEqual(['Panel of Experts']);
    expect(container.querySelector('.orphan .note-context mark')?.textContent).toBe('Panel of Experts');
    expect(container.querySelector('.orphan .note-context')?.textContent).toBe(b.target.context);
  });

  it('deletes a note and brings it back with Undo', async () => {
    const store = new Map([
      ['a', a],
      ['b', b],
    ]);
    mount(<PageNotes notes={[a, b]} anchoring={null} actions={fakeActions(store)} />);
    act(() => container.querySelector<HTMLButtonElement>('[data-note-id=a] .note-delete')!.click());
    await flush();
    expect(quotes('.notes')).toEqual(['Panel of Experts']);
    expect(store.has('a')).toBe(false);
    act(() => container.querySelector<HTMLButtonElement>('.undo')!.click());
    await flush();
    expect(quotes('.notes')).toEqual(['artillery shells', 'Panel of Experts']);
    expect(store.get('a')).toEqual(a);
    expect(container.querySelector('.undo-bar')).toBeNull();
  });

  it('edits a note in place', async () => {
    const store = new Map([['a', a]]);
    mount(<PageNotes notes={[a]} anchoring={null} actions={fakeActions(store)} />);
    act(() => container.querySelector<HTMLButtonElement>('.note-edit')!.click());
    await flush();
    const text = container.querySelector<HTMLTextAreaElement>('textarea[name=comment]')!;
    act(() => {
      text.value = 'Edited';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => container.querySelector<HTMLInputElement>('input[name=kind][value=question]')!.click());
    act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await flush();
    expect(store.get('a')).toMatchObject({ comment: 'Edited', kind: 'question', tags: ['arms'] });
    expect(container.querySelector('.note-comment')?.textContent).toBe('Edited');
  });
});

describe('NoteEditor', () => {
  it('saves a bare highlight in one click, with the linked entities, and completes tags', async () => {
    const onSave = vi.fn(async () => undefined);
    const entities = [{ id: 'msmt', name: 'MSMT', type: 'international-body' }];
    mount(
      <NoteEditor
        quote="q"
        initial={{ comment: '', tags: [], kind: 'comment', entities }}
        knownTags={['arms', 'ships']}
        searchEntities={async () => []}
        onSave={onSave}
        onCancel={() => undefined}
        highlightOnly
      />,
    );
    const tags = container.querySelector<HTMLInputElement>('input[name=tags]')!;
    act(() => {
      tags.value = 'sh';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => container.querySelector<HTMLButtonElement>('.suggestion')!.click());
    expect(tags.value).toBe('ships, ');
    act(() => container.querySelector<HTMLButtonElement>('.chip-remove')!.click());
    act(() => container.querySelector<HTMLButtonElement>('.highlight-only')!.click());
    await flush();
    expect(onSave).toHaveBeenCalledWith({ comment: '', tags: ['ships'], entityIds: [], kind: 'highlight' });
  });
});
