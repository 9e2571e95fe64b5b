// Pure helpers of the refresh panel: checking the list URLs against the manifest's hosts, and progress texts.
import type { ListId, ListUrls, RefreshProgress } from '../../db/designations-refresh';

/** The match pattern of a URL's host, as the permissions API takes it: `https://scsanctions.un.org/*`. */
export function hostPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether a URL is covered by a `scheme://host/*` match pattern (`*.` subdomain wildcards included). */
export function patternCovers(pattern: string, url: string): boolean {
  const m = pattern.match(/^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)\/\*$/);
  if (!m) return false;
  const u = new URL(url);
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

/**
 * Why a list URL cannot be used, or undefined when it can: it must be an https address on one of the hosts that the
 * extension may ask access to (the manifest's optional host patterns).
 */
export function listUrlProblem(url: string, allowed: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'Not a web address.';
  }
  if (parsed.protocol !== 'https:') return 'Use an https:// address.';
  if (!allowed.some((p) => patternCovers(p, parsed.href))) {
    const names = allowed.map((p) => p.replace(/^\w+:\/\/|\/\*$/g, ''));
    const hosts = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
    return `Sanctions Lens may only download from ${hosts || 'the official hosts'}.`;
  }
  return undefined;
}

/** The problems of both URLs, by field; empty when both can be used. */
export function checkListUrls(urls: ListUrls, allowed: readonly string[]): Partial<Record<keyof ListUrls, string>> {
  const out: Partial<Record<keyof ListUrls, string>> = {};
  for (const key of ['unUrl', 'ofacUrl'] as const) {
    const problem = listUrlProblem(urls[key], allowed);
    if (problem) out[key] = problem;
  }
  return out;
}

/** The host patterns to ask for, once each. */
export function patternsFor(urls: ListUrls): string[] {
  return [...new Set([hostPattern(urls.unUrl.trim()), hostPattern(urls.ofacUrl.trim())])];
}

/** A byte count for people: "812 KB", "2.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Bytes received so far per list, as the download progress reports them. */
export type DownloadState = Partial<Record<ListId, { received: number; total?: number }>>;

const SHORT: Record<ListId, string> = { un: 'UN list', us: 'OFAC list' };

/** A one-line text for the refresh's progress. */
export function progressText(progress: RefreshProgress | undefined, downloads: DownloadState): string {
  if (!progress) return 'Asking for access…';
  if (progress.phase === 'parse') return 'Reading the lists…';
  if (progress.phase === 'save') return `Saving ${progress.entities} designated parties…`;
  const parts = (['un', 'us'] as const).flatMap((list) => {
    const d = downloads[list];
    if (!d) return [];
    return [`${SHORT[list]} ${formatBytes(d.received)}${d.total ? ` of ${formatBytes(d.total)}` : ''}`];
  });
  return `Downloading: ${parts.join(', ') || 'starting'}…`;
}

/** "2025-04-19 → 2025-06-02", "2025-06-02 (unchanged)", or just the new date when the old is unknown. */
export function dateChange(change: { old?: string; new: string }): string {
  if (!change.old) return change.new;
  return change.old === change.new ? `${change.new} (unchanged)` : `${change.old} → ${change.new}`;
}
