/** How the checkpoints panel writes sizes, times and values. Pure, so it is tested in node. */

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** The monitored value as Keras prints it in ModelCheckpoint's messages (5 decimals), a huge or tiny one as 9.90817e+18 (not 19 digits), or a dash. */
export function formatValue(value: number | null): string {
  if (value === null) return '–';
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  return size !== 0 && (size >= 1e6 || size < 1e-5) ? value.toExponential(5) : value.toFixed(5);
}

/** Local date and time to the second: two saves a few seconds apart must read differently. */
export function formatSavedAt(savedAt: number, locale?: string): string {
  return savedAtFormat(locale).format(savedAt);
}

// Making a formatter is the costly part of formatting a date (toLocaleString makes one per call): one per locale.
const formats = new Map<string, Intl.DateTimeFormat>();

function savedAtFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    formats.set(key, format);
  }
  return format;
}

/** Epochs are 0-based inside, 1-based on screen, as Keras prints them. */
export function formatPosition(epoch: number, batch: number | null): string {
  return batch === null ? `epoch ${epoch + 1}` : `epoch ${epoch + 1}, batch ${batch + 1}`;
}

export function formatUsage(usageBytes: number, quotaBytes: number): string {
  const share = quotaBytes > 0 ? (usageBytes / quotaBytes) * 100 : 0;
  return `${formatBytes(usageBytes)} of ${formatBytes(quotaBytes)} used (${share < 0.1 ? '<0.1' : share.toFixed(1)} %)`;
}
