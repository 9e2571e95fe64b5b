// Reads the V8 CPU-profile samples a trace holds for one thread: when each was taken, in which function, whose script.
import type { TraceEvent } from './trace';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
}

/** One thread's samples, in time order. */
export interface Samples {
  /** Sample times, µs (trace clock). */
  ts: number[];
  /** The function on top of the stack: `name @ file:line:column` (1-based), or a V8 pseudo-frame such as `(garbage collector)`. */
  frame: string[];
  /** Whether any frame of the stack belongs to an extension script (`chrome-extension://`). */
  ext: boolean[];
}

const EXT = 'chrome-extension://';

function frameKey(n: ProfileNode | undefined): string {
  if (!n) return '(unknown)';
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const file = url.startsWith(EXT) ? url.slice(url.indexOf('/', EXT.length) + 1) : url.slice(url.lastIndexOf('/') + 1);
  return `${name} @ ${file}:${(lineNumber ?? 0) + 1}:${(columnNumber ?? 0) + 1}`;
}

const cache = new WeakMap<TraceEvent[], Map<string, Samples>>();

/** The CPU-profile samples of `pid`/`tid` (the trace's `disabled-by-default-v8.cpu_profiler` events). */
export function threadSamples(events: TraceEvent[], pid: number, tid: number): Samples {
  const perTrace = cache.get(events) ?? new Map<string, Samples>();
  cache.set(events, perTrace);
  const known = perTrace.get(`${pid}:${tid}`);
  if (known) return known;
  type Profile = { t: number; nodes: Map<number, ProfileNode>; ext: Map<number, boolean> };
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id) {
      profiles.set(e.id, { t: Number(e.args?.data?.startTime ?? e.ts), nodes: new Map(), ext: new Map() });
    }
  }
  const raw: { ts: number; frame: string; ext: boolean }[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !e.id) continue;
    const p = profiles.get(e.id);
    if (!p) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const isExt = (id: number): boolean => {
      const memo = p.ext.get(id);
      if (memo !== undefined) return memo;
      const n = p.nodes.get(id);
      const r = !!n && (!!n.callFrame.url?.startsWith(EXT) || (n.parent !== undefined && isExt(n.parent)));
      p.ext.set(id, r);
      return r;
    };
    const samples = data.cpuProfile?.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += data.timeDeltas?.[i] ?? 0;
      raw.push({ ts: p.t, frame: frameKey(p.nodes.get(samples[i]!)), ext: isExt(samples[i]!) });
    }
  }
  raw.sort((a, b) => a.ts - b.ts);
  const out: Samples = { ts: raw.map((r) => r.ts), frame: raw.map((r) => r.frame), ext: raw.map((r) => r.ext) };
  perTrace.set(`${pid}:${tid}`, out);
  return out;
}

/**
 * Self time per top-of-stack function over the samples inside `spans` ([start, end) µs), ms, largest first. Each
 * sample weighs the time to the next one (at most 2 ms: the profiler pauses while the thread is idle).
 */
export function selfTime(s: Samples, spans: [number, number][]): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    while (i < s.ts.length && s.ts[i]! < start) i++;
    for (let k = i; k < s.ts.length && s.ts[k]! < end; k++) {
      const next = Math.min(s.ts[k + 1] ?? end, end);
      const weight = Math.min(Math.max(0, next - s.ts[k]!), 2000) / 1000;
      out.set(s.frame[k]!, (out.get(s.frame[k]!) ?? 0) + weight);
    }
  }
  return out;
}
