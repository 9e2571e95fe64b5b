// Versioned settings stored in the database.
import type { SanctionsLensDb } from './schema';

/** Settings access: each value is stored with the version of its shape. */
export class SettingsRepo {
  constructor(private readonly db: SanctionsLensDb) {}

  /** Reads a setting, or the fallback when it is unset or stored under another version. */
  async get<T>(key: string, version: number, fallback: T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row && row.version === version ? (row.value as T) : fallback;
  }

  /** Writes a setting. */
  async set(key: string, version: number, value: unknown): Promise<void> {
    await this.db.settings.put({ key, version, value });
  }
}
