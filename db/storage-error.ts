// Storage failures in words the user can act on: a full disk or quota above all.

/** A write the database refused; `quota` when the browser's storage is full. Nothing of the write was kept. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function names(err: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') break;
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    e = o.inner ?? o.cause;
  }
  return out;
}

/** Whether an error (or the error inside a Dexie error) says the storage quota is exceeded. */
export function isQuotaError(err: unknown): boolean {
  return names(err).includes('QuotaExceededError');
}

/**
 * Wraps a failed write in a {@link StorageError} that says what happened and that nothing saved before is lost.
 * @param what the write, e.g. "The import"
 */
export function storageError(err: unknown, what: string): StorageError {
  if (err instanceof StorageError) return err;
  if (isQuotaError(err)) {
    return new StorageError(
      `${what} was not saved: the browser's storage for Sanctions Lens is full. Nothing you saved before was changed. ` +
        'Free some disk space (or delete notes you no longer need, after exporting them) and try again.',
      true,
      err,
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new StorageError(`${what} was not saved (${detail}). Nothing you saved before was changed.`, false, err);
}
