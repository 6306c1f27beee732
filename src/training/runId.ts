/**
 * A run id unique across tabs and reloads (a UUID v4). `crypto.randomUUID`
 * exists only in secure contexts, and an embed in a page served over plain
 * http is not one; `getRandomValues` exists everywhere.
 */
interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array;
  randomUUID?: () => string;
}

export function newRunId(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
