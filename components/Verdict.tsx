// The popup's verdict box: a page's verdict, score and reasons, or why the page was not analysed.
import type { TabView } from '../messaging/protocol';

const VERDICT_TEXT = {
  about: 'About North Korea sanctions',
  mentions: 'Mentions North Korea sanctions',
  none: 'Not about North Korea sanctions',
} as const;

function Reasons({ reasons }: { reasons: readonly string[] }) {
  return (
    <ul class="reasons">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/** The page's verdict, score and the reasons for it. */
export function VerdictBox({ report }: { report: NonNullable<TabView['report']> }) {
  return (
    <section class={`verdict verdict-${report.verdict}`} aria-label="Verdict">
      <p>
        <strong class="verdict-label">{VERDICT_TEXT[report.verdict]}</strong>{' '}
        <span class="verdict-score" title="Score from 0 to 1">
          {report.score.toFixed(2)}
        </span>
      </p>
      <details>
        <summary>{report.highlighted ? 'Why is this page highlighted?' : 'Why this verdict?'}</summary>
        <Reasons reasons={report.reasons} />
        <p class="muted">
          Page type: {report.pageType}; language: {report.language}
        </p>
      </details>
    </section>
  );
}

/**
 * A page without a report: the background's quick check ruled it out (its reasons), or the bootstrap's fast path
 * found no North Korea name on it (nothing was sent, so no reasons are known).
 */
export function NotAnalysed({ reasons }: { reasons?: string[] }) {
  return (
    <section class="verdict verdict-none" aria-label="Verdict">
      <p>
        <strong class="quick-check-label">{reasons ? VERDICT_TEXT.none : 'Not analysed'}</strong>
      </p>
      <details>
        <summary>Why this verdict?</summary>
        <Reasons reasons={reasons ?? [NOT_TRIGGERED]} />
        <p class="muted">Nothing on this page is highlighted.</p>
      </details>
    </section>
  );
}

const NOT_TRIGGERED =
  'Quick check: no North Korea name on the page as it loaded, so it was left alone. (A page still being ' +
  'analysed shows its verdict in a moment; a tab open before Sanctions Lens started is checked once reloaded.)';
