/** How much storage this site uses and may use, as the browser estimates it. */

export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
}

type EstimatingStorage = Pick<StorageManager, 'estimate'>;

function defaultStorage(): EstimatingStorage | undefined {
  // Also runs in the worker and in node tests, where `navigator` or `storage` may be missing.
  const nav = (globalThis as { navigator?: { storage?: EstimatingStorage } }).navigator;
  return nav?.storage;
}

/** Null when the browser offers no estimate (older browsers, some private modes). */
export async function storageEstimate(storage: EstimatingStorage | undefined = defaultStorage()): Promise<StorageUsage | null> {
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usageBytes: usage, quotaBytes: quota };
  } catch {
    return null;
  }
}
