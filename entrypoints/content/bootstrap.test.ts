// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WakeReason } from '../../messaging/protocol';
import { CHECK_EVERY_MS, init } from './bootstrap';

let stop: AbortController;
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

/** Starts the bootstrap on a page with this body; returns the reasons it woke the full script for. */
function start(body: string, present = () => false): WakeReason[] {
  document.title = 'Sourdough';
  document.body.innerHTML = body;
  stop = new AbortController();
  const woke: WakeReason[] = [];
  init(stop.signal, async (reason) => void woke.push(reason), present);
  return woke;
}

describe('the bootstrap content script', () => {
  it('asks for the full script at once on a page with a trigger', () => {
    expect(start('<p>Sanctions on North Korea</p>')).toEqual(['topic']);
  });

  it('asks for nothing on a page without one, until a selection', () => {
    const woke = start('<p>Feed the starter twice a day.</p>');
    expect(woke).toEqual([]);
    document.dispatchEvent(new MouseEvent('mouseup'));
    expect(woke).toEqual([]);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup'));
    document.dispatchEvent(new KeyboardEvent('keyup'));
    expect(woke).toEqual(['selection']);
    document.getSelection()!.removeAllRanges();
  });

  it('checks content added later, at most once per interval, and asks once', async () => {
    vi.useFakeTimers();
    const woke = start('<p>Feed the starter twice a day.</p>');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More bread.' }));
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(woke).toEqual([]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Pyongyang, later.' }));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'DPRK again.' }));
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(woke).toEqual(['content']);
  });

  it('stops when the full script already runs (injected for the site’s notes)', async () => {
    vi.useFakeTimers();
    let present = false;
    const woke = start('<p>Feed the starter twice a day.</p>', () => present);
    present = true;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'North Korea' }));
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(woke).toEqual([]);
  });
});
