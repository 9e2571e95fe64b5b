// Benchmarks the notes library with 10,000 generated notes: the list's first render and search answers, against a
// naive baseline (every row in the DOM, every field folded again at each search), side by side in one run.
// Run: npm run bench:library   (Node + jsdom + Preact: the real LibraryView component, not a model of it)
import os from 'node:os';
import { JSDOM } from 'jsdom';
import type { ComponentChild as El } from 'preact';
import type { LibraryDeps } from '../components/library/library-deps';
import type { Note } from '../core/notes/note';

const NOTES = 10_000;
const PAGES = 1_500;
const SITES = 40;
const ROUNDS = 7;
const NAIVE_ROUNDS = 1;
const TARGET_MS = 100;

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const g = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'SVGElement', 'navigator']) {
  Object.defineProperty(g, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true });
}
g.requestAnimationFrame = (f: FrameRequestCallback) => setTimeout(() => f(performance.now()), 0);
g.cancelAnimationFrame = (id: number) => clearTimeout(id);

const { render, h } = await import('preact');
const { act } = await import('preact/test-utils');
const { useMemo, useState } = await import('preact/hooks');
const { variedNotes } = await import('../core/export/test-notes');
const { foldText, groupRows, newestFirst } = await import('../core/library/note-search');
const { LibraryView } = await import('../components/library/LibraryView');
const { NoteRow } = await import('../components/library/NoteRow');

/** 10,000 varied notes (Korean, Russian, emoji, long quotes, tags, entities) spread over 1,500 pages of 40 sites. */
function libraryNotes(): Note[] {
  return variedNotes(NOTES, 20261126).map((n, i) => {
    const p = (i * 7919) % PAGES;
    const site = `news${p % SITES}.example.org`;
    const url = `https://${site}/2026/${p}/story-about-sanctions-${p}`;
    return {
      ...n,
      id: `${n.id.slice(0, 24)}${String(i).padStart(12, '0')}`,
      page: { ...n.page, url, normalizedUrl: url, title: `Story ${p}: ${n.page.title || 'DPRK sanctions'}`, site },
      created: 1_700_000_000_000 + i * 60_000,
      modified: 1_700_000_000_000 + i * 60_000,
    };
  });
}

const QUERIES = ['komid', '북한', 'sanctions', 'ship oil', 'группа', 'story 42', 'zzz-no-match', 'a'];

function cpu<T>(f: () => Promise<T>): Promise<number> {
  const before = process.cpuUsage();
  return f().then(() => {
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The baseline: all rows in the DOM, and a search that folds every note's fields again each time. */
function NaiveLibrary({ notes }: { notes: Note[] }) {
  const [text, setText] = useState('');
  const sorted = useMemo(() => [...notes].sort(newestFirst), [notes]);
  const hits = useMemo(() => {
    const words = foldText(text).split(' ').filter(Boolean);
    if (!words.length) return sorted;
    return sorted.filter((n) => {
      const hay = foldText([n.target.quote.exact, n.comment, n.tags.join(' '), n.page.title, n.page.site].join('\n'));
      return words.every((w) => hay.includes(w));
    });
  }, [sorted, text]);
  const rows = groupRows(hits);
  return h(
    'div',
    { class: 'library', 'data-state': 'ready' },
    h('input', {
      type: 'search',
      name: 'q',
      value: text,
      onInput: (e: Event) => setText((e.currentTarget as HTMLInputElement).value),
    }),
    h(
      'div',
      { role: 'list' },
      rows.map((r) =>
        r.kind === 'page'
          ? h('h3', { key: r.key, class: 'lib-page' }, r.title)
          : h('div', { key: r.key }, h(NoteRow, { note: r.note, entityName: () => undefined })),
      ),
    ),
  );
}

function deps(notes: Note[]): LibraryDeps {
  const fail = () => Promise.reject(new Error('not in the benchmark'));
  return {
    loadNotes: () => Promise.resolve(notes),
    entityNames: () => Promise.resolve(new Map()),
    backupData: fail,
    preview: fail,
    apply: fail,
    deleteAllNotes: fail,
    download: () => undefined,
    appVersion: 'bench',
  };
}

async function mount(node: El, root: HTMLElement): Promise<void> {
  await act(async () => {
    render(node, root);
  });
  // The library loads its notes asynchronously: wait until the list is there.
  for (let i = 0; i < 100 && !root.querySelector('[data-state=ready]'); i++) await act(async () => {});
  if (!root.querySelector('[data-state=ready]')) throw new Error('the library did not render');
}

async function search(root: HTMLElement, q: string): Promise<void> {
  await act(async () => {
    const input = root.querySelector<HTMLInputElement>('input[name=q]')!;
    input.value = q;
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}

interface Figures {
  render: number;
  /** The first text search after the render, which also prepares every note's search text. */
  first: number;
  search: number;
  /** The slowest query: its median over the rounds. */
  slowest: { q: string; ms: number };
  domRows: number;
}

async function measure(make: () => El, rounds: number): Promise<Figures> {
  const renders: number[] = [];
  const firsts: number[] = [];
  const perQuery = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  let domRows = 0;
  for (let r = 0; r < rounds; r++) {
    const root = document.createElement('div');
    document.body.append(root);
    renders.push(await cpu(() => mount(make(), root)));
    domRows = root.querySelectorAll('.lib-note').length;
    firsts.push(await cpu(() => search(root, 'sanction')));
    for (const q of QUERIES) perQuery.get(q)!.push(await cpu(() => search(root, q)));
    await search(root, '');
    render(null, root);
    root.remove();
  }
  const medians = [...perQuery].map(([q, xs]) => ({ q, ms: median(xs) }));
  const slowest = medians.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    render: median(renders),
    first: median(firsts),
    search: median([...perQuery.values()].flat()),
    slowest,
    domRows,
  };
}

const notes = libraryNotes();
// Warm up (JIT), then measure; the naive baseline is so slow that one round of it is warm enough.
await measure(() => h(LibraryView, { deps: deps(notes), height: 700 }), 1);
const lib = await measure(() => h(LibraryView, { deps: deps(notes), height: 700 }), ROUNDS);
const naive = await measure(() => h(NaiveLibrary, { notes }), NAIVE_ROUNDS);

const f = (x: number) => `${x.toFixed(1)} ms`;
const line = (label: string, a: number, b: number) =>
  console.log(`${label.padEnd(27)}${f(a).padEnd(33)}${f(b).padEnd(29)}${(b / a).toFixed(1)}×`);
const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Notes library benchmark: ${NOTES} notes on ${PAGES} pages; Node ${process.version}, jsdom, ${cpuModel} (${os.cpus().length} cores)`,
);
console.log(
  `CPU time per operation (render and search include Preact's DOM update), median of ${ROUNDS} rounds (baseline: ${NAIVE_ROUNDS})\n`,
);
console.log(
  `${''.padEnd(27)}${'Library (virtualized, index)'.padEnd(33)}${'naive (all rows, no index)'.padEnd(29)}ratio`,
);
line('list render (mount)', lib.render, naive.render);
line('first search (+ index)', lib.first, naive.first);
line(`search, ${QUERIES.length} queries`, lib.search, naive.search);
line(`slowest query ("${lib.slowest.q}")`, lib.slowest.ms, naive.slowest.ms);
console.log(`${'note rows in the DOM'.padEnd(27)}${String(lib.domRows).padEnd(33)}${String(naive.domRows)}`);
const ok = lib.render <= TARGET_MS && lib.first <= TARGET_MS && lib.slowest.ms <= TARGET_MS;
console.log(`\nTarget ≤ ${TARGET_MS} ms for the render, the first search and every query: ${ok ? 'met' : 'NOT met'}`);
process.exitCode = ok ? 0 : 1;
