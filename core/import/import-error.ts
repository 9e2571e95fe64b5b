// Import limits, the size check the caller runs first, and the error that rejects a whole file.

/** The largest file the importer reads, in UTF-16 code units of the decoded text (50 MB). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

/** The most items (notes, annotations, entities, aliases or settings) one file may hold. */
export const MAX_IMPORT_ITEMS = 50_000;

/**
 * Lengths of the note fields that the importer accepts (they match what the extension itself accepts from a
 * content script). Policy: the text that the user wrote or that anchors the note (comment, quote, ids, URLs) is
 * never cut; a note where it is too long is rejected with its reason. Derived or auxiliary text is truncated with a
 * warning: the title, the quote's prefix (keeping its end) and suffix (keeping its start), the paragraph context;
 * tags follow `cleanTags` (at most 50 of 100 characters each, as when a note is saved), and entity links
 * beyond 200 are dropped.
 */
export const FIELD_LIMITS = {
  id: 200,
  url: 8192,
  canonicalUrl: 4096,
  title: 1000,
  lang: 35,
  site: 300,
  affix: 200,
  xpath: 2000,
} as const;

/** Why a whole file was rejected. */
export type ImportProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'malformed-json'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid-structure'
  | 'too-many-items';

/** A file that cannot be imported at all; the message is a sentence for people and names what was detected. */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';

  /**
   * @param problem a machine-readable reason, for the UI to choose its message
   * @param message what is wrong, e.g. "This is a Sanctions Lens topic pack, not a notes file."
   * @param detected the format that was recognized, when one was (e.g. `html`, `csv`, `sanctions-lens-pack`)
   */
  constructor(
    readonly problem: ImportProblem,
    message: string,
    readonly detected?: string,
  ) {
    super(message);
  }
}

/**
 * Rejects a file that is too large, in constant time, before anything parses it. The importer runs it too; a caller
 * can run it on the decoded text, or on a File's byte size to refuse early (a UTF-8 file never has fewer bytes than
 * its text has UTF-16 code units, so that check is stricter, never looser).
 * @param textOrLength the decoded text, or a length
 * @throws ImportFormatError with problem `too-large`
 */
export function checkImportSize(textOrLength: string | number): void {
  const length = typeof textOrLength === 'number' ? textOrLength : textOrLength.length;
  if (length > MAX_IMPORT_CHARS) {
    const mb = (length / 1024 / 1024).toFixed(1);
    throw new ImportFormatError(
      'too-large',
      `The file is ${mb} MB, more than the ${MAX_IMPORT_CHARS / 1024 / 1024} MB that can be imported at once.`,
    );
  }
}

/** Rejects a file with more items than {@link MAX_IMPORT_ITEMS}. */
export function checkItemCount(count: number, what: string): void {
  if (count > MAX_IMPORT_ITEMS) {
    throw new ImportFormatError(
      'too-many-items',
      `The file has ${count} ${what}, more than the ${MAX_IMPORT_ITEMS} that can be imported at once.`,
    );
  }
}
