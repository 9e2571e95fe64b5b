// Prints the page benchmark's report: machine, tables, where the time goes, and PASS/FAIL per target.
import type { RealPage } from './real-pages';
import { max, median, ms, quantile, ratio, table, verdicts, type Check } from './report';
import { printSynthetic } from './summary-synthetic';
import type { SyntheticResult } from './synthetic-run';
import { hotTable, phaseTable } from './where';

/** The machine and the run's settings. */
export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  loadStart: number[];
  loadEnd: number[];
  contentScriptBytes: number;
  entities: number;
  names: number;
  markTerms: number;
  seconds: number;
  /** Runs per synthetic page, e.g. `10,000 nodes: 3, 50,000 nodes: 1`. */
  runs: string;
  corpusPages: number;
  /** The built content script's source (for excerpts of hot functions). */
  contentScript: string;
}

/** Targets of issue "On the page", item 6. */
const TARGET = { medianAdded: 2, p95Added: 8, longestTask: 50, vsMarkJs: 10 };

const pair = (cpu: number, wall: number) => `${ms(cpu)} (wall ${ms(wall)})`;

/** Prints the whole report to stdout. */
export function printReport(m: Machine, real: RealPage[], synthetic: Map<number, SyntheticResult>): void {
  const out: string[] = [];
  const say = (s = '') => out.push(s);
  say('# Sanctions Lens: on-page benchmark (Chromium, content script vs floor vs mark.js)');
  say();
  say(`Machine: ${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.chromium} (headless, /usr/bin/chromium).`);
  say(
    `Load average (1/5/15 min) at start ${m.loadStart.map((x) => x.toFixed(1)).join('/')}, at end ` +
      m.loadEnd.map((x) => x.toFixed(1)).join('/') +
      ' (other processes share the cores: wall times include waiting for a core; thread times do not).',
  );
  say(
    `Content script: ${(m.contentScriptBytes / 1024).toFixed(0)} KiB. Knowledge base: ${m.entities} entities, ${m.names} names; mark.js gets the ${m.markTerms} distinct names.`,
  );
  say(
    `Runs per synthetic page: ${m.runs} (pages of 50,000 nodes: traced loads only). Total time: ${m.seconds.toFixed(0)} s.`,
  );
  say();

  const ok = real.filter((p) => !p.error && p.ours && p.floor);
  const checks: Check[] = [];
  if (real.length) {
    const fast = ok.filter((p) => !p.fullPath);
    const full = ok.filter((p) => p.fullPath);
    const longest = ok.map((p) => p.ours!.longestCpu);
    const worst = ok.reduce((a, b) => (b.ours!.longestCpu > (a?.ours!.longestCpu ?? -1) ? b : a), ok[0]);
    const marked = ok.filter((p) => p.markJs);
    const reader = ok.map((p) => p.addedCpuReader);
    const markRatio = marked.map((p) => p.markJs!.estimate / p.ours!.wall);
    const aggregate = marked.reduce((s, p) => s + p.markJs!.estimate, 0) / marked.reduce((s, p) => s + p.ours!.wall, 0);
    say(
      `## Real pages (${ok.length} of ${real.length} measured; ${m.corpusPages} in the corpus), none about the topic`,
    );
    say();
    say(
      table(
        ['measure (per page)', 'thread time', 'wall'],
        [
          [
            'added: ours − floor, median',
            ms(median(ok.map((p) => p.addedCpu))),
            ms(median(ok.map((p) => p.addedWall))),
          ],
          [
            'added: ours − floor, p95',
            ms(
              quantile(
                ok.map((p) => p.addedCpu),
                0.95,
              ),
            ),
            ms(
              quantile(
                ok.map((p) => p.addedWall),
                0.95,
              ),
            ),
          ],
          ['added, less the benchmark’s own marks (what readers pay), median', ms(median(reader)), ''],
          ['added, less the benchmark’s own marks (what readers pay), p95', ms(quantile(reader, 0.95)), ''],
          ['ours, median', ms(median(ok.map((p) => p.ours!.cpu))), ms(median(ok.map((p) => p.ours!.wall)))],
          [
            "of which the benchmark's own performance.mark calls (self time), median",
            ms(median(ok.map((p) => p.ours!.hot.get('mark') ?? 0))),
            '',
          ],
          [
            'floor (empty content script), median',
            ms(median(ok.map((p) => p.floor!.cpu))),
            ms(median(ok.map((p) => p.floor!.wall))),
          ],
          ['longest task of ours, median', ms(median(longest)), ms(median(ok.map((p) => p.ours!.longestWall)))],
          [
            'longest task of ours, max',
            `${ms(max(longest))} (${worst?.name})`,
            ms(max(ok.map((p) => p.ours!.longestWall))),
          ],
          [
            `fast path only (${fast.length} pages): added, median`,
            ms(median(fast.map((p) => p.addedCpu))),
            ms(median(fast.map((p) => p.addedWall))),
          ],
          [
            `full analysis (${full.length} pages): added, median`,
            ms(median(full.map((p) => p.addedCpu))),
            ms(median(full.map((p) => p.addedWall))),
          ],
          [`mark.js (${marked.length} pages), median`, '', `${ms(median(marked.map((p) => p.markJs!.estimate)))} (≈)`],
          ['mark.js / ours (ours = all its tasks), median per page', '', ratio(median(markRatio))],
          ['mark.js / ours, all pages together', '', ratio(aggregate)],
        ],
      ),
    );
    say();
    const costly = [...ok].sort((a, b) => b.addedCpu - a.addedCpu).slice(0, 8);
    say('Costliest pages:');
    say();
    say(
      table(
        ['page', 'path', 'added (thread)', 'added (wall)', 'longest task', 'biggest phase'],
        costly.map((p) => {
          const [name, t] = Object.entries(p.ours!.phases).sort((a, b) => b[1].cpu - a[1].cpu)[0] ?? ['-', { cpu: 0 }];
          return [
            p.name,
            p.fullPath ? 'full' : 'fast',
            ms(p.addedCpu),
            ms(p.addedWall),
            ms(p.ours!.longestCpu),
            `${name} ${ms(t.cpu)}`,
          ];
        }),
      ),
    );
    for (const p of real.filter((x) => x.error)) say(`- not measured: ${p.name}: ${p.error}`);
    say();
    say(
      phaseTable([
        [`fast-path pages (${fast.length})`, fast.map((p) => p.ours!)],
        [`full-analysis pages (${full.length})`, full.map((p) => p.ours!)],
      ]),
    );
    say();
    say(`Hottest functions, fast-path pages (${fast.length}):`);
    say();
    say(
      hotTable(
        fast.map((p) => p.ours!),
        m.contentScript,
      ),
    );
    say();
    if (full.length) {
      say(`Hottest functions, full-analysis pages (${full.length}):`);
      say();
      say(
        hotTable(
          full.map((p) => p.ours!),
          m.contentScript,
        ),
      );
      say();
    }
    checks.push(
      {
        name: `real pages: median added ≤ ${TARGET.medianAdded} ms (less the benchmark's marks)`,
        pass: median(reader) <= TARGET.medianAdded,
        figure: `${ms(median(reader))} (with the marks ${pair(median(ok.map((p) => p.addedCpu)), median(ok.map((p) => p.addedWall)))})`,
      },
      {
        name: `real pages: p95 added ≤ ${TARGET.p95Added} ms (less the benchmark's marks)`,
        pass: quantile(reader, 0.95) <= TARGET.p95Added,
        figure: `${ms(quantile(reader, 0.95))} (with the marks ${pair(
          quantile(
            ok.map((p) => p.addedCpu),
            0.95,
          ),
          quantile(
            ok.map((p) => p.addedWall),
            0.95,
          ),
        )})`,
      },
      {
        name: `real pages: at least ${TARGET.vsMarkJs}× faster than mark.js`,
        pass: aggregate >= TARGET.vsMarkJs,
        figure: `${ratio(aggregate)} (median per page ${ratio(median(markRatio))})`,
      },
    );
  }
  printSynthetic(synthetic, m.contentScript, say, checks);
  const allLongest = [
    ...ok.map((p) => p.ours!.longestCpu),
    ...[...synthetic.values()].flatMap((s) => s.ours.map((a) => a.longestCpu)),
  ];
  // Only when some page was measured (`--pages 0 --sizes 0` measures only the restarts).
  if (allLongest.length > 0) {
    checks.push({
      name: `no task over ${TARGET.longestTask} ms (every load measured)`,
      pass: max(allLongest) <= TARGET.longestTask,
      figure: `longest ${ms(max(allLongest))} thread time`,
    });
  }
  const { text, failed } = verdicts(checks);
  say('## Targets (thread time unless stated; wall in parentheses)');
  say();
  say('```');
  say(text);
  say('```');
  say(`${checks.length - failed} of ${checks.length} targets met.`);
  console.log(out.join('\n'));
}
