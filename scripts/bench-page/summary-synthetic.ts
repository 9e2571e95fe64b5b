// The synthetic pages' part of the report: analysis and highlighting, mark.js, page DOM edits and the reaction to them.
import { max, median, ms, ratio, table, type Check } from './report';
import { EDIT_BATCHES, EDITS, REACTION_MS, type SyntheticResult } from './synthetic-run';
import type { Attribution } from './trace';
import { hotTable, phaseTable } from './where';

/** Targets of issue "On the page", item 6, for the synthetic pages. */
export const SYNTHETIC_TARGET = { highlighted10k: 100, vsMarkJs: 10, editSlowdown: 1.5 };

const pair = (cpu: number, wall: number) => `${ms(cpu)} (wall ${ms(wall)})`;
const drawnAt = (a: Attribution) => a.marks['sanctions-lens:drawn'] ?? NaN;

/** Prints the synthetic pages' tables and adds their targets to `checks`. */
export function printSynthetic(
  synthetic: Map<number, SyntheticResult>,
  contentScript: string,
  say: (s?: string) => void,
  checks: Check[],
): void {
  if (!synthetic.size) return;
  const cols = [...synthetic.entries()];
  const head = ['measure (median of runs)', ...cols.map(([n]) => `${n.toLocaleString('en')} text nodes`)];
  const row = (label: string, f: (s: SyntheticResult) => string) => [label, ...cols.map(([, s]) => f(s))];
  const added = (s: SyntheticResult, k: 'cpu' | 'wall') =>
    median(s.ours.map((a) => a[k])) - median(s.floor.map((a) => a[k]));
  const markRatio = (s: SyntheticResult) => (s.markJs ? s.markJs.estimate / median(s.ours.map((a) => a.wall)) : NaN);
  const edit = (s: SyntheticResult, k: 'edits' | 'withLayout') =>
    median(s.edits.ours.map((e) => e[k])) / median(s.edits.floor.map((e) => e[k]));
  say('## Synthetic pages about North Korea sanctions (verdict "about": everything highlighted)');
  say();
  say(
    table(head, [
      row('text nodes in the body / ranges highlighted', (s) => `${s.textNodes} / ${s.ranges}`),
      row('injection → highlights registered (traced)', (s) => ms(median(s.ours.map(drawnAt)))),
      row('init mark → highlights registered (untraced)', (s) => ms(median(s.initToDrawn))),
      row('bootstrap (boot mark) → highlights registered (untraced)', (s) => ms(median(s.bootToDrawn))),
      row('bootstrap (boot mark) → the frame that draws them (untraced)', (s) => ms(median(s.bootToPainted))),
      row('highlights registered → that frame done (untraced)', (s) => ms(median(s.drawnToPainted))),
      row('main-thread time added (ours − floor)', (s) => pair(added(s, 'cpu'), added(s, 'wall'))),
      row(
        'longest task (median of runs; max)',
        (s) => `${ms(median(s.ours.map((a) => a.longestCpu)))}; ${ms(max(s.ours.map((a) => a.longestCpu)))}`,
      ),
      row('tasks of the content script', (s) => String(median(s.ours.map((a) => a.tasks.length)))),
      row('mark.js, same names (one synchronous task)', (s) =>
        s.markJs
          ? `${ms(s.markJs.estimate)}${s.markJs.done < s.markJs.total ? ` ≈ (${s.markJs.done} of ${s.markJs.total} names run)` : ''}`
          : 'n/a',
      ),
      row('mark.js / ours (main-thread wall)', (s) => ratio(markRatio(s))),
      row(
        `${EDITS} page DOM edits: ours / floor (median of ${EDIT_BATCHES} batches per load)`,
        (s) =>
          `${ms(median(s.edits.ours.map((e) => e.edits)))} / ${ms(median(s.edits.floor.map((e) => e.edits)))} = ${ratio(edit(s, 'edits'))}`,
      ),
      row(`content script's reaction to ${EDITS} edits (${REACTION_MS / 1000} s traced)`, (s) =>
        s.reaction
          ? `${pair(s.reaction.cpu, s.reaction.wall)}, longest ${ms(s.reaction.longestCpu)}` +
            (s.reaction.busyAtEnd ? ', still at work' : '')
          : 'n/a',
      ),
      row(
        'the same with the forced layout',
        (s) =>
          `${ms(median(s.edits.ours.map((e) => e.withLayout)))} / ${ms(median(s.edits.floor.map((e) => e.withLayout)))} = ${ratio(edit(s, 'withLayout'))}`,
      ),
    ]),
  );
  for (const [n, s] of cols) for (const e of s.errors) say(`- ${n} nodes: ${e}`);
  say();
  say(phaseTable(cols.map(([n, s]) => [`${n.toLocaleString('en')} nodes`, s.ours])));
  say();
  for (const [n, s] of cols) {
    say(`Hottest functions, ${n.toLocaleString('en')} nodes:`);
    say();
    say(hotTable(s.ours, contentScript));
    say();
  }
  const ten = synthetic.get(10_000);
  if (ten) {
    const t = median(ten.ours.map(drawnAt));
    checks.push({
      name: `10,000-node page analysed and highlighted in ≤ ${SYNTHETIC_TARGET.highlighted10k} ms (wall, from injection)`,
      pass: t <= SYNTHETIC_TARGET.highlighted10k,
      figure:
        `${ms(t)} traced; untraced ${ms(median(ten.bootToDrawn))} from the bootstrap's boot mark, ` +
        `${ms(median(ten.initToDrawn))} from the init mark; the frame that draws them ` +
        `${ms(median(ten.bootToPainted))} from the boot mark`,
    });
  }
  for (const [n, s] of cols) {
    checks.push({
      name: `${n.toLocaleString('en')}-node page: at least ${SYNTHETIC_TARGET.vsMarkJs}× faster than mark.js`,
      pass: markRatio(s) >= SYNTHETIC_TARGET.vsMarkJs,
      figure: ratio(markRatio(s)),
    });
    checks.push({
      name: `${n.toLocaleString('en')}-node page: page DOM edits at most ${SYNTHETIC_TARGET.editSlowdown}× slower`,
      pass: edit(s, 'edits') <= SYNTHETIC_TARGET.editSlowdown,
      figure: `${ratio(edit(s, 'edits'))} (with layout ${ratio(edit(s, 'withLayout'))})`,
    });
  }
}
