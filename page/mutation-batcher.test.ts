// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, watchUrl, whenSettled } from './mutation-batcher';

afterEach(() => vi.useRealTimers());

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchMutations', () => {
  it('batches added content into topmost roots after a quiet period, ignoring the extension’s own UI', async () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    const batches: string[][] = [];
    const controller = new AbortController();
    watchMutations(document.body, (roots) => batches.push(roots.map((r) => r.id)), controller.signal, {
      quietMs: 20,
      ignore: (el) => !!el.closest('[data-sanctions-lens-ui]'),
    });
    const a = document.createElement('section');
    a.id = 'a';
    main.append(a);
    const inner = document.createElement('p');
    inner.id = 'inner';
    a.append(inner);
    const ui = document.createElement('div');
    ui.id = 'ui';
    ui.setAttribute('data-sanctions-lens-ui', '');
    main.append(ui);
    await tick(60);
    expect(batches).toEqual([['a']]);
    controller.abort();
  });

  it('skips ignored elements and hands over at most maxRoots at a time', async () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    const batches: number[] = [];
    const controller = new AbortController();
    watchMutations(document.body, (roots) => batches.push(roots.length), controller.signal, {
      quietMs: 10,
      maxRoots: 3,
      ignore: (el) => el.hasAttribute('data-skip'),
    });
    for (let i = 0; i < 7; i++) main.append(document.createElement('p'));
    const skipped = document.createElement('div');
    skipped.setAttribute('data-skip', '');
    main.append(skipped);
    await tick(100);
    expect(batches).toEqual([3, 3, 1]);
    controller.abort();
  });

  it('stops after abort', async () => {
    document.body.innerHTML = '';
    const onBatch = vi.fn();
    const controller = new AbortController();
    watchMutations(document.body, onBatch, controller.signal, { quietMs: 5 });
    controller.abort();
    document.body.append(document.createElement('p'));
    await tick(30);
    expect(onBatch).not.toHaveBeenCalled();
  });
});

describe('watchUrl', () => {
  it('notices history API navigation', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchUrl(window, (url) => seen.push(new URL(url).pathname), controller.signal, 10);
    history.pushState({}, '', '/next-story');
    await tick(400);
    expect(seen).toEqual(['/next-story']);
    controller.abort();
  });

  it('waits until the new view is shown: the page quiet for a while, or at the latest a second', async () => {
    document.body.innerHTML = '<main><p>Old view</p></main>';
    const seen: string[] = [];
    const controller = new AbortController();
    watchUrl(window, () => seen.push(document.querySelector('main')!.textContent!), controller.signal, 10);
    history.pushState({}, '', '/fetched-view');
    // The app fetches its new view and shows it 60 ms later: the old view is never what is read.
    await tick(60);
    document.querySelector('main')!.innerHTML = '<p>New view</p>';
    await tick(60);
    expect(seen).toEqual([]);
    await tick(400);
    expect(seen).toEqual(['New view']);
    // A page that never stops changing is read after a second.
    history.pushState({}, '', '/busy-view');
    const busy = setInterval(() => document.querySelector('main')!.append('.'), 20);
    await tick(600);
    expect(seen).toHaveLength(1);
    await tick(1000);
    clearInterval(busy);
    expect(seen).toHaveLength(2);
    controller.abort();
  });

  it('listens to the Navigation API where the browser has it, and then polls nothing', async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const seen: string[] = [];
    const controller = new AbortController();
    try {
      watchUrl(window, (url) => seen.push(new URL(url).pathname), controller.signal, 10);
      // A change without the event is not polled for...
      history.pushState({}, '', '/unannounced');
      await tick(400);
      expect(seen).toEqual([]);
      // ...the event tells.
      history.pushState({}, '', '/announced');
      navigation.dispatchEvent(new Event('currententrychange'));
      await tick(400);
      expect(seen).toEqual(['/announced']);
    } finally {
      controller.abort();
      Reflect.deleteProperty(window, 'navigation');
    }
  });

  it('stops waiting when its signal aborts', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchUrl(window, (url) => seen.push(url), controller.signal, 10);
    history.pushState({}, '', '/left-behind');
    await tick(30);
    controller.abort();
    await tick(200);
    expect(seen).toEqual([]);
  });
});

describe('whenSettled', () => {
  it('is called once after a quiet period, and not at all once cancelled', async () => {
    let calls = 0;
    whenSettled(document, 30, 1000, () => calls++);
    await tick(80);
    expect(calls).toBe(1);
    const cancel = whenSettled(document, 30, 1000, () => calls++);
    cancel();
    await tick(80);
    expect(calls).toBe(1);
  });
});
