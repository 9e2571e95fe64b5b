import { describe, expect, it } from 'vitest';
import { forgetFound, foundOn, recordFound } from './found-entities';
import { memoryStore, type SessionStore } from './session-store';

const url = 'https://news.example/story?utm_source=feed';

/** A session store whose reads and writes each wait a turn, so that unserialized changes would interleave. */
function slowStore(): SessionStore {
  const inner = memoryStore();
  const turn = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    get: async (key) => (await turn(), inner.get(key)),
    set: async (key, value) => (await turn(), inner.set(key, value)),
    remove: async (key) => (await turn(), inner.remove(key)),
  };
}

describe('entities found per tab', () => {
  it('keeps every id of changes made at once (one tab’s changes run in turn)', async () => {
    const session = slowStore();
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => recordFound(session, 1, url, [id])));
    expect([...(await foundOn(session, 1, url))].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is per page: the fragment and tracking parameters make no other page, another path does', async () => {
    const session = memoryStore();
    await recordFound(session, 1, url, ['a', 'a']);
    await recordFound(session, 1, 'https://news.example/story#part-2', ['b']);
    expect([...(await foundOn(session, 1, 'https://NEWS.example/story'))]).toEqual(['a', 'b']);
    expect((await foundOn(session, 2, url)).size).toBe(0);
    // The tab navigated: the other page's record replaces the first.
    await recordFound(session, 1, 'https://news.example/next', ['c']);
    expect([...(await foundOn(session, 1, 'https://news.example/next'))]).toEqual(['c']);
    expect((await foundOn(session, 1, url)).size).toBe(0);
  });

  it('gives nothing for pages that are no web pages, and forgets a closed tab', async () => {
    const session = memoryStore();
    await recordFound(session, 3, url, ['a']);
    expect((await foundOn(session, 3, 'about:blank')).size).toBe(0);
    await forgetFound(session, 3);
    expect((await foundOn(session, 3, url)).size).toBe(0);
  });

  it('lets a failed write reach its caller without holding up the next one', async () => {
    const inner = memoryStore();
    let fail = true;
    const session: SessionStore = {
      ...inner,
      set: async (key, value) => {
        if (fail) throw new Error('quota');
        return inner.set(key, value);
      },
    };
    await expect(recordFound(session, 4, url, ['a'])).rejects.toThrow('quota');
    fail = false;
    await recordFound(session, 4, url, ['b']);
    expect([...(await foundOn(session, 4, url))]).toEqual(['b']);
  });
});
