/**
 * Errors raised while formatting, named after the Python exception that
 * CPython's `str.format` / `format()` would raise in the same situation.
 */

export type PyErrorType = 'KeyError' | 'ValueError' | 'IndexError' | 'TypeError' | 'OverflowError';

/** `message` equals Python's `str(exception)`; for KeyError that is the quoted key. */
export class PyFormatError extends Error {
  readonly pyType: PyErrorType;

  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.name = 'PyFormatError';
    this.pyType = pyType;
  }

  /** The last line of a Python traceback, e.g. "KeyError: 'val_loss'". */
  override toString(): string {
    return `${this.pyType}: ${this.message}`;
  }
}

/**
 * Thrown for valid Python that this module deliberately does not model:
 * attribute or index access in a field name (`{loss.real}`, `{name[0]}`).
 */
export class PyFormatUnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PyFormatUnsupportedError';
  }
}

export const valueError = (message: string): PyFormatError => new PyFormatError('ValueError', message);
