// The error that the official-list parsers throw when a download is not the list they expect.

/** The largest list, in UTF-16 code units of the decoded text, that the parsers accept (40 MB). */
export const MAX_LIST_BYTES = 40 * 1024 * 1024;

/** Why a list was rejected. */
export type ListFormatProblem =
  | 'too-large'
  | 'empty'
  | 'html'
  | 'not-xml'
  | 'truncated'
  | 'malformed'
  | 'wrong-root'
  | 'wrong-columns'
  | 'no-dprk-entries';

/** A downloaded list that is not in the expected format: an error page, a truncated file, the wrong file. */
export class ListFormatError extends Error {
  override readonly name = 'ListFormatError';

  /**
   * @param problem a machine-readable reason, for the UI to choose its message
   * @param message a sentence for people, naming the list and what is wrong with it
   */
  constructor(
    readonly problem: ListFormatProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Rejects input that is too large, empty or an HTML page: the checks that both parsers make before parsing.
 * @param text the downloaded list
 * @param listName the list's name for the message, e.g. "UN Consolidated List"
 */
export function checkDownload(text: string, listName: string): void {
  if (text.length > MAX_LIST_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    throw new ListFormatError(
      'too-large',
      `${listName}: the download is ${mb} MB, more than the ${MAX_LIST_BYTES / 1024 / 1024} MB limit; it is probably not the list.`,
    );
  }
  if (text.trim() === '') throw new ListFormatError('empty', `${listName}: the download is empty.`);
  if (looksLikeHtml(text)) {
    throw new ListFormatError(
      'html',
      `${listName}: the download is an HTML page (an error or login page?), not the list.`,
    );
  }
}

/** Whether a text starts like an HTML document. */
export function looksLikeHtml(text: string): boolean {
  const head = stripBom(text).slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || /^<html[\s>]/.test(head) || /<html[\s>]/.test(head);
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
