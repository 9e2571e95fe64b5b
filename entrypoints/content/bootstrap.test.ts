// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WakeReason } from '../../messaging/protocol';
import { CHECK_EVERY_MS, init } from './bootstrap';

let stop: AbortController;
afterEach(() => {
  stop.abort();
  document.getSelection()?.removeAllRanges();
  vi.useRealTimers();
});

/** The samples the bootstrap sent with its requests, by reason. */
let samples: (string | undefined)[];

/**
 * Starts the bootstrap on a page with this body; returns the reasons it woke the full script for. `coming` is the
 * background's answer (false: the page was ruled out).
 */
function start(body: string, present = () => false, coming = async () => true): WakeReason[] {
  document.title = 'Sourdough';
  document.body.innerHTML = body;
  stop = new AbortController();
  const woke: WakeReason[] = [];
  samples = [];
  init(
    stop.signal,
    async (reason, sample) => {
      woke.push(reason);
      samples.push(sample);
      return coming();
    },
    present,
  );
  return woke;
}

function selectFirstParagraph(): void {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new MouseEvent('mouseup'));
}

describe('the bootstrap content script', () => {
  it('asks for the full script at once on a page with a trigger, sending the page’s text', () => {
    expect(start('<p>Sanctions on</p><p>North Korea</p>')).toEqual(['topic']);
    expect(samples[0]).toContain('Sanctions on\n');
    expect(samples[0]).toContain('North Korea');
  });

  it('goes on watching when the background rules the page out, and asks again for a selection', async () => {
    let answered = false;
    const woke = start('<p>North Korea won the final.</p>', undefined, async () => {
      answered = true;
      return false;
    });
    expect(woke).toEqual(['topic']);
    await vi.waitFor(() => expect(answered).toBe(true));
    await new Promise((r) => setTimeout(r, 0));
    selectFirstParagraph();
    expect(woke).toEqual(['topic', 'selection']);
    expect(samples[1]).toBeUndefined();
    document.getSelection()!.removeAllRanges();
  });

  it('keeps a selection made while the background answers, and asks for it next', async () => {
    let answer!: (coming: boolean) => void;
    const woke = start('<p>North Korea won the final.</p>', undefined, () => new Promise((r) => (answer = r)));
    selectFirstParagraph();
    expect(woke).toEqual(['topic']);
    answer(false);
    await vi.waitFor(() => expect(woke).toEqual(['topic', 'selection']));
    document.getSelection()!.removeAllRanges();
  });

  it('asks nothing more once the full script is coming', async () => {
    const woke = start('<p>North Korea sanctions</p>');
    await new Promise((r) => setTimeout(r, 0));
    selectFirstParagraph();
    expect(woke).toEqual(['topic']);
    document.getSelection()!.removeAllRanges();
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
