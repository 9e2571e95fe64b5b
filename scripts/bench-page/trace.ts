// Records a Chromium trace over CDP and attributes the page's main-thread tasks to an extension's content script.
import type { CDPSession } from 'puppeteer-core';
import { selfTime, threadSamples } from './profile';

/** One Chrome trace event (the fields this benchmark reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> & { url?: string } };
}

/** Trace categories: tasks and script events, the V8 sampling profiler (for microtasks) and user-timing marks. */
export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'mojom',
];

/** Where an extension task's time went: wall and thread (CPU) milliseconds, and its main children. */
export interface ExtTask {
  /** Start, in ms since the content script's first task. */
  at: number;
  /** End on the trace clock, µs. */
  endUs: number;
  wall: number;
  cpu: number;
  /** Extension messages received (the runtime deserialising a reply, e.g. the knowledge base). */
  message: number;
  /** Garbage collection inside the task. */
  gc: number;
}

/** Main-thread time spent in one phase of the content script, ms. */
export interface PhaseTime {
  wall: number;
  cpu: number;
}

/** The content script's share of one page load. */
export interface Attribution {
  /** The renderer process and main thread. */
  pid: number;
  tid: number;
  tasks: ExtTask[];
  /** Self time (ms) per function on top of the stack during the attributed tasks (CPU-profile samples). */
  hot: Map<string, number>;
  /**
   * Time per phase, named by the content-script mark that ends it (`kb`: from the fast path's mark to the knowledge
   * base compiled); a task that spans marks is cut at them (thread time shared in proportion); `after`: past the
   * last mark.
   */
  phases: Record<string, PhaseTime>;
  /** Sum of the attributed tasks' wall and CPU durations, ms. */
  wall: number;
  cpu: number;
  longestWall: number;
  longestCpu: number;
  /** Content-script marks (`sanctions-lens:*`), first occurrence, ms since the content script's first task. */
  marks: Record<string, number>;
}

/** Starts tracing on `cdp` (records every process of the browser). */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

/** Stops tracing and returns the events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream)),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) throw new Error('trace: no stream');
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

const EXT = 'chrome-extension://';
const isExtUrl = (u: unknown): boolean => typeof u === 'string' && u.startsWith(EXT);

/** Start times (µs) of the top-level navigations to `url`, in order. */
export function navigationStarts(events: TraceEvent[], url: string): number[] {
  return events
    .filter((e) => {
      const data = e.args?.data as { documentLoaderURL?: string; isOutermostMainFrame?: boolean } | undefined;
      return e.name === 'navigationStart' && data?.isOutermostMainFrame === true && data.documentLoaderURL === url;
    })
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/** The first index of the sorted list `xs` whose value is at least `lo`. */
function lowerBound(xs: readonly number[], lo: number): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (xs[m]! < lo) a = m + 1;
    else b = m;
  }
  return a;
}

/** Whether the sorted list `xs` holds a value in [lo, hi]. */
function anyIn(xs: readonly number[], lo: number, hi: number): boolean {
  const i = lowerBound(xs, lo);
  return i < xs.length && xs[i]! <= hi;
}

const GC = /^(MinorGC|MajorGC)$/;

/**
 * Attributes the tasks of the renderer main thread that ran the extension's content script: a task counts when it
 * holds an event naming a `chrome-extension://` script (evaluation, callbacks) or a CPU-profile sample whose stack
 * holds such a frame (promise continuations, which carry no URL). Each counted task counts whole (wall and thread
 * time), including the garbage collection and message decoding inside it. Only events in [from, to) (µs) count, so
 * that one trace can cover several page loads. `thread` names the main thread when the window holds no script
 * evaluation (e.g. a trace of later DOM edits). Returns null when no content script ran.
 */
export function attribute(
  events: TraceEvent[],
  from = -Infinity,
  to = Infinity,
  thread?: { pid: number; tid: number },
): Attribution | null {
  const inWindow = (e: TraceEvent) => e.ts >= from && e.ts < to;
  const anchor = events.find((e) => e.name === 'EvaluateScript' && isExtUrl(e.args?.data?.url) && inWindow(e));
  if (!anchor && !thread) return null;
  const { pid, tid } = thread ?? anchor!;
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && inWindow(e))
    .sort((a, b) => a.ts - b.ts);
  const samples = threadSamples(events, pid, tid);
  const markers = [
    ...onThread.filter((e) => isExtUrl(e.args?.data?.url)).map((e) => e.ts),
    ...samples.ts.filter((t, i) => samples.ext[i] && t >= from && t < to),
  ].sort((a, b) => a - b);
  const starts = onThread.map((e) => e.ts);
  const runTasks = onThread.filter((e) => e.name === 'RunTask' && e.dur !== undefined);
  const counted = runTasks.filter((t) => anyIn(markers, t.ts, t.ts + t.dur!));
  const first = anchor?.ts ?? Infinity;
  const earliest = Math.min(first, counted[0]?.ts ?? first);
  const t0 = Number.isFinite(earliest) ? earliest : from;
  const marks: Record<string, number> = {};
  for (const e of events) {
    if (e.pid !== pid || !e.name.startsWith('sanctions-lens:') || e.name in marks || !inWindow(e)) continue;
    marks[e.name] = (e.ts - t0) / 1000;
  }
  const ordered = Object.entries(marks)
    .map(([name, at]) => ({ phase: name.replace('sanctions-lens:', ''), ts: t0 + at * 1000 }))
    .sort((a, b) => a.ts - b.ts);
  const phases: Record<string, PhaseTime> = {};
  const spans: [number, number][] = [];
  const tasks: ExtTask[] = counted.map((t) => {
    const end = t.ts + t.dur!;
    const inside: TraceEvent[] = [];
    for (let i = lowerBound(starts, t.ts); i < onThread.length && starts[i]! < end; i++) {
      if (onThread[i] !== t) inside.push(onThread[i]!);
    }
    const sum = (re: RegExp) => inside.filter((e) => re.test(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    const ours = pageTaskShare(t, inside, samples);
    // A page's own task in which the extension's callback ran (a mutation observer) counts for that callback only.
    const share = ours ? ours.us / Math.max(1, t.dur!) : 1;
    spans.push(...(ours ? ours.spans : [[t.ts, end] as [number, number]]));
    const cpuPerWall = (t.tdur ?? t.dur!) / Math.max(1, t.dur!);
    // Cut the task at the marks inside it: each piece belongs to the phase that the next mark ends.
    let cut = t.ts;
    const add = (phase: string, until: number) => {
      const p = (phases[phase] ??= { wall: 0, cpu: 0 });
      p.wall += ((until - cut) * share) / 1000;
      p.cpu += ((until - cut) * cpuPerWall * share) / 1000;
      cut = until;
    };
    for (const m of ordered) if (m.ts > t.ts && m.ts <= end) add(m.phase, m.ts);
    if (cut < end) add(ordered.find((m) => m.ts > end)?.phase ?? 'after', end);
    return {
      at: (t.ts - t0) / 1000,
      endUs: end,
      wall: (t.dur! * share) / 1000,
      cpu: ((t.tdur ?? t.dur!) * share) / 1000,
      message: sum(/^Receive mojo message$/) * share,
      gc: sum(GC) * share,
    };
  });
  const hot = selfTime(samples, spans);
  if (process.env.BENCH_LONG_TASKS)
    logLongTasks(counted, tasks, ordered, samples, Number(process.env.BENCH_LONG_TASKS), onThread);
  return {
    pid,
    tid,
    tasks,
    phases,
    hot,
    wall: tasks.reduce((s, t) => s + t.wall, 0),
    cpu: tasks.reduce((s, t) => s + t.cpu, 0),
    longestWall: Math.max(0, ...tasks.map((t) => t.wall)),
    longestCpu: Math.max(0, ...tasks.map((t) => t.cpu)),
    marks,
  };
}

/** V8's sampling interval, about: a sample-only share of a page task counts this much per sample (µs). */
const SAMPLE_US = 200;

/**
 * When `task` is the page's own (a page script runs in it before any extension code, e.g. the page edits the DOM
 * and the extension's mutation observer is called back at its end), the extension's part of it: the spans of its
 * script events (`FunctionCall`, `EvaluateScript`), or its CPU-profile samples when no event names it. Null for a
 * task that the extension started (its script's evaluation, a timer, a message reply), which counts whole.
 */
function pageTaskShare(
  task: TraceEvent,
  inside: TraceEvent[],
  samples: { ts: number[]; ext: boolean[]; frame: string[] },
): { us: number; spans: [number, number][] } | null {
  const end = task.ts + task.dur!;
  const isPageUrl = (u: unknown) => typeof u === 'string' && /^https?:/.test(u);
  const extEvents = inside.filter((e) => isExtUrl(e.args?.data?.url) && e.dur !== undefined);
  const extSamples: number[] = [];
  for (let i = lowerBound(samples.ts, task.ts); i < samples.ts.length && samples.ts[i]! < end; i++) {
    if (samples.ext[i]) extSamples.push(samples.ts[i]!);
  }
  const firstExt = Math.min(extEvents[0]?.ts ?? Infinity, extSamples[0] ?? Infinity);
  // A page script shows as an event with its URL, or (code that the DevTools protocol evaluated in the page, such as
  // the benchmark's own DOM edits, has no event) as CPU-profile samples of a script that is not the extension's.
  let pageSample = Infinity;
  for (let i = lowerBound(samples.ts, task.ts); i < samples.ts.length && samples.ts[i]! < end; i++) {
    if (!samples.ext[i] && samples.frame[i]!.includes(' @ ')) {
      pageSample = samples.ts[i]!;
      break;
    }
  }
  const firstPage = Math.min(inside.find((e) => isPageUrl(e.args?.data?.url))?.ts ?? Infinity, pageSample);
  if (!(firstPage < firstExt)) return null;
  // The extension's events, merged where they nest or overlap.
  const spans: [number, number][] = [];
  for (const e of extEvents) {
    const last = spans[spans.length - 1];
    if (last && e.ts <= last[1]) last[1] = Math.max(last[1], e.ts + e.dur!);
    else spans.push([e.ts, e.ts + e.dur!]);
  }
  if (spans.length === 0) {
    for (const t of extSamples) spans.push([t, Math.min(end, t + SAMPLE_US)]);
  }
  return { us: spans.reduce((s, [a, b]) => s + (b - a), 0), spans };
}

/** BENCH_LONG_TASKS=<ms>: every attributed task of at least that much thread time, its phase and hottest functions. */
function logLongTasks(
  counted: TraceEvent[],
  tasks: ExtTask[],
  ordered: { phase: string; ts: number }[],
  samples: ReturnType<typeof threadSamples>,
  minMs: number,
  onThread: TraceEvent[],
): void {
  tasks.forEach((t, i) => {
    if (t.cpu < minMs) return;
    const e = counted[i]!;
    const phase = ordered.find((m) => m.ts > e.ts)?.phase ?? 'after';
    const top = [...selfTime(samples, [[e.ts, e.ts + e.dur!]])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([f, ms]) => `${f.replace(/chrome-extension:\/\/[a-z]+\//, '')} ${ms.toFixed(1)}`);
    // Its longest events inside (style and layout work, garbage collection, messages), over 1 ms.
    const inside = onThread
      .filter((x) => x !== e && x.ts >= e.ts && x.ts < e.ts + e.dur! && (x.dur ?? 0) > 1000)
      .map((x) => `${x.name} ${((x.ts - e.ts) / 1000).toFixed(1)}+${(x.dur! / 1000).toFixed(1)}`);
    process.stderr.write(
      `  long task at ${t.at.toFixed(0)} ms (before ${phase}): ${t.cpu.toFixed(1)} ms thread, message ${t.message.toFixed(1)}, gc ${t.gc.toFixed(1)}; ${top.join('; ')}\n    events (at+ms): ${inside.slice(0, 12).join(', ')}\n`,
    );
  });
}
