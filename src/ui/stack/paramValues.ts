/**
 * Between a form control's text and a parameter's value. Empty text means
 * "Keras's default" (the parameter is left out), except for a required
 * parameter, where it stays empty so the schema can say it is missing.
 * Text that is not a number is kept as text, so the schema reports it.
 */
export function numberFromText(text: string, required = false): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return required ? '' : undefined;
  const value = Number(trimmed);
  return Number.isNaN(value) ? trimmed : value;
}

/** ModelCheckpoint's `saveFreq`: "epoch" or a number of batches. */
export function saveFreqFromText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed === 'epoch') return 'epoch';
  return numberFromText(trimmed);
}

/** LRCoach's factors: "0.5, 1, 2" → [0.5, 1, 2]; a part that is not a number stays text, for the schema to name. */
export function numberListFromText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return trimmed.split(',').map((part) => numberFromText(part, true));
}

export function textFromValue(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => textFromValue(item)).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
