/**
 * The exceptions Keras raises, kept apart by their Python type so that
 * messages can be shown exactly as Keras shows them.
 */
import { UserCodeError } from './userCode';

export type PythonErrorType =
  | 'ValueError'
  | 'KeyError'
  | 'RuntimeError'
  | 'TypeError'
  | 'IndexError'
  | 'OverflowError'
  | 'Error';

export class KerasError extends Error {
  readonly pythonType: PythonErrorType;
  /** The constructor parameter at fault, when the error is about one. */
  readonly param: string | undefined;
  /** For errors thrown by user code: the 1-based line of the user's source. */
  line: number | null = null;

  constructor(pythonType: PythonErrorType, message: string, param?: string) {
    super(message);
    this.name = 'KerasError';
    this.pythonType = pythonType;
    this.param = param;
  }
}

/** Keras's `ValueError` from a callback's constructor, naming the parameter at fault. */
export function invalidParam(param: string, message: string): KerasError {
  return new KerasError('ValueError', message, param);
}

/** Any thrown value as a KerasError: user code may throw anything. */
export function asKerasError(thrown: unknown): KerasError {
  if (thrown instanceof KerasError) return thrown;
  if (thrown instanceof UserCodeError) {
    const error = new KerasError('Error', thrown.message);
    error.line = thrown.problem.line;
    return error;
  }
  if (thrown instanceof Error) {
    const error = new KerasError('Error', `${thrown.name}: ${thrown.message}`);
    if (thrown.stack) error.stack = thrown.stack;
    return error;
  }
  return new KerasError('Error', `Uncaught ${String(thrown)}`);
}
