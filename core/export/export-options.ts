// Options shared by every export format, and the date helpers they use.

/** What every export needs besides the notes: who made it, when, and how to name entities. */
export interface ExportOptions {
  /** The extension's version, from package.json, e.g. `0.1.0`. */
  appVersion: string;
  /** The time of the export, epoch ms (a parameter so that exports are pure and testable). */
  now: number;
  /** The display name of an entity by id; exports fall back to the id when it returns undefined. */
  entityName?: (id: string) => string | undefined;
  /**
   * BCP-47 language of the user's comments, e.g. the UI language. The W3C export marks comment bodies with it;
   * when absent they carry no language, because the page's language says nothing about the comment's.
   */
  commentLanguage?: string;
}

/** Epoch ms as an ISO 8601 date-time in UTC, e.g. `2026-11-25T09:30:00.000Z`. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Epoch ms as an ISO date in UTC, e.g. `2026-11-25`. */
export function isoDate(ms: number): string {
  return isoTime(ms).slice(0, 10);
}

/** The entity's display name, or its id when the lookup does not know it. */
export function entityLabel(options: Pick<ExportOptions, 'entityName'>, id: string): string {
  return options.entityName?.(id) ?? id;
}
