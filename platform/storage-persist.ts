// Persistent storage: asks the browser not to evict the extension's database under storage pressure.

/** Whether storage is persistent now, asking for it when it is not; false where the API is missing. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
