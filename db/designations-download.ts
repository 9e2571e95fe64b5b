// Downloads one official list with a hard size cap, turning every failure into a RefreshError that names the list.
import { ListFormatError, MAX_LIST_BYTES, looksLikeHtml, type ListFormatProblem } from '../core/designations/errors';

/** The two official lists: the UN Security Council's and the U.S. Treasury's (OFAC). */
export type ListId = 'un' | 'us';

/** The lists' names as people know them, for messages. */
export const LIST_NAMES: Record<ListId, string> = { un: 'UN Consolidated List', us: 'OFAC SDN list' };

/** Why a refresh failed: a format problem of the parsers, or one of the download and storage steps. */
export type RefreshProblem = ListFormatProblem | 'http' | 'network' | 'aborted' | 'permission' | 'save';

/** A refresh that failed; the message is a sentence for people that names the list and the reason. */
export class RefreshError extends Error {
  override readonly name = 'RefreshError';

  /**
   * @param problem a machine-readable reason
   * @param message the sentence to show, e.g. "OFAC SDN list: the server answered 500 Internal Server Error."
   * @param list the list concerned, when the failure concerns one list
   */
  constructor(
    readonly problem: RefreshProblem,
    message: string,
    readonly list?: ListId,
  ) {
    super(message);
  }
}

/** The `fetch` that the refresh uses: the browser's in the extension, Node's in tests. */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

/** A downloaded list as text, with what the server said about it. */
export interface DownloadedList {
  text: string;
  /** Bytes received (before decoding). */
  bytes: number;
  /** The `Last-Modified` header as an ISO date (YYYY-MM-DD), when the server sent a valid one. */
  lastModified?: string;
}

/** Options of {@link downloadList}. */
export interface DownloadOptions {
  signal?: AbortSignal;
  /** The largest body accepted, in bytes; defaults to MAX_LIST_BYTES (40 MB). */
  maxBytes?: number;
  /** Called as bytes arrive, with the announced length when the server gave one. */
  onBytes?: (received: number, total: number | undefined) => void;
}

const MB = 1024 * 1024;

/**
 * Downloads a list and decodes it as UTF-8. Rejects a non-2xx status and an announced or actual body larger than
 * the cap: reading stops, and the connection is cancelled, as soon as the cap is passed, so that a 50 MB answer is
 * never buffered. An answer that starts like an HTML page is rejected after its first chunk.
 * @throws RefreshError naming the list: `http`, `network`, `aborted`, `too-large`, `html`
 */
export async function downloadList(
  fetchFn: FetchFn,
  url: string,
  list: ListId,
  options: DownloadOptions = {},
): Promise<DownloadedList> {
  const name = LIST_NAMES[list];
  const maxBytes = options.maxBytes ?? MAX_LIST_BYTES;
  const tooLarge = (what: string) =>
    new RefreshError(
      'too-large',
      `${name}: the download ${what} more than the ${(maxBytes / MB).toFixed(0)} MB limit; it is probably not the list.`,
      list,
    );
  let response: Response;
  try {
    response = await fetchFn(url, { signal: options.signal, cache: 'no-store', credentials: 'omit' });
  } catch (err) {
    throw failure(err, options.signal, `${name}: could not download ${url} (${reason(err)}).`, list);
  }
  if (!response.ok) {
    await cancel(response.body);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new RefreshError('http', `${name}: the server answered ${status} for ${url}.`, list);
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  const total = Number.isFinite(announced) && announced >= 0 ? announced : undefined;
  if (total !== undefined && total > maxBytes) {
    await cancel(response.body);
    throw tooLarge(`is announced as ${(total / MB).toFixed(1)} MB,`);
  }
  const lastModified = isoDate(response.headers.get('last-modified'));
  const reader = response.body?.getReader();
  if (!reader) return { text: '', bytes: 0, ...(lastModified ? { lastModified } : {}) };

  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  let checkedHtml = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge('is');
      parts.push(decoder.decode(value, { stream: true }));
      if (!checkedHtml && (received >= 1024 || parts.length > 8)) {
        checkedHtml = true;
        if (looksLikeHtml(parts.join(''))) {
          throw new RefreshError(
            'html',
            `${name}: the server sent an HTML page (an error or login page?), not the list.`,
            list,
          );
        }
      }
      options.onBytes?.(received, total);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (err instanceof RefreshError) throw err;
    throw failure(err, options.signal, `${name}: the download of ${url} broke off (${reason(err)}).`, list);
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes: received, ...(lastModified ? { lastModified } : {}) };
}

/** Turns a parser's ListFormatError (whose message already names the list) into a RefreshError. */
export function fromFormatError(err: unknown, list: ListId): unknown {
  return err instanceof ListFormatError ? new RefreshError(err.problem, err.message, list) : err;
}

function failure(err: unknown, signal: AbortSignal | undefined, message: string, list: ListId): RefreshError {
  if (signal?.aborted) {
    const timedOut = signal.reason instanceof Error && signal.reason.name === 'TimeoutError';
    const why = timedOut ? 'took too long and was stopped' : 'was cancelled';
    return new RefreshError('aborted', `${LIST_NAMES[list]}: the download ${why}.`, list);
  }
  return new RefreshError('network', message, list);
}

function reason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as Error & { cause?: unknown }).cause;
  return cause instanceof Error && cause.message ? `${err.message}: ${cause.message}` : err.message;
}

async function cancel(body: ReadableStream<Uint8Array> | null): Promise<void> {
  await body?.cancel().catch(() => undefined);
}

/** An HTTP date ("Fri, 03 May 2024 14:00:00 GMT") as YYYY-MM-DD, or undefined. */
export function isoDate(httpDate: string | null): string | undefined {
  if (!httpDate) return undefined;
  const t = Date.parse(httpDate);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
