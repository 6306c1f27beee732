/**
 * Running out of browser storage is the one write failure a user can act
 * on, so it gets its own error type and a message that says what to do.
 */

// Firefox used its own names before it adopted the standard one.
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const LEGACY_QUOTA_ERROR_CODE = 22;

export function isQuotaExceededError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (typeof name === 'string' && QUOTA_ERROR_NAMES.has(name)) || (error instanceof DOMException && code === LEGACY_QUOTA_ERROR_CODE);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';

  constructor(
    readonly checkpointName: string,
    readonly sizeBytes: number,
    options?: ErrorOptions,
  ) {
    super(
      `Not enough browser storage to save checkpoint "${checkpointName}" (${formatBytes(sizeBytes)}). ` +
        'The checkpoints saved before are intact; delete some of them, or free storage for this site, to save more.',
      options,
    );
  }
}
