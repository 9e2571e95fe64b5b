import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => void;
const sent: [number, unknown][] = [];
const created: unknown[] = [];
let menuClick: Listener | null = null;
let command: Listener | null = null;
let hasMenus = true;

vi.mock('wxt/browser', () => ({
  browser: {
    get menus() {
      return hasMenus
        ? {
            create: (p: unknown) => void created.push(p),
            removeAll: async () => void created.splice(0),
            onClicked: { addListener: (cb: Listener) => (menuClick = cb) },
          }
        : undefined;
    },
    get contextMenus() {
      return undefined;
    },
    commands: { onCommand: { addListener: (cb: Listener) => (command = cb) } },
    tabs: {
      sendMessage: async (id: number, m: unknown) => {
        if (id === 99) throw new Error('Could not establish connection');
        sent.push([id, m]);
      },
      query: async (q: { active?: boolean }) => (q.active ? [{ id: 5 }] : [{ id: 1 }, { id: 99 }, {}]),
    },
  },
}));

const { NOTE_COMMAND, NOTE_MENU_ID, registerNoteCommands, tellAllTabsNotesChanged } = await import('./note-commands');
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  sent.length = 0;
  created.length = 0;
  menuClick = command = null;
  hasMenus = true;
});

describe('note commands', () => {
  it('adds a selection-only menu item whose click asks that tab for a note', async () => {
    registerNoteCommands();
    await settle();
    expect(created).toEqual([{ id: NOTE_MENU_ID, title: 'Add note to selection', contexts: ['selection'] }]);
    (menuClick as unknown as (i: object, t: object) => void)({ menuItemId: NOTE_MENU_ID }, { id: 3 });
    (menuClick as unknown as (i: object, t: object) => void)({ menuItemId: 'other' }, { id: 4 });
    await settle();
    expect(sent).toEqual([[3, { type: 'note/from-selection' }]]);
  });

  it('sends the shortcut to the tab it came from, else the active tab, and ignores other commands', async () => {
    hasMenus = false;
    registerNoteCommands();
    const run = command as unknown as (name: string, tab?: object) => void;
    run(NOTE_COMMAND, { id: 8 });
    run(NOTE_COMMAND);
    run('something-else', { id: 9 });
    await settle();
    await settle();
    expect(sent).toEqual([
      [8, { type: 'note/from-selection' }],
      [5, { type: 'note/from-selection' }],
    ]);
  });

  it('tells every tab that notes changed, skipping tabs without a content script', async () => {
    await tellAllTabsNotesChanged();
    expect(sent).toEqual([[1, { type: 'notes/changed' }]]);
  });
});
