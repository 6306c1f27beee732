/**
 * The constructor errors that Keras and PyTorch raise, with their words.
 * Messages print numbers as Python would: a step count as an int, a rate as
 * a float.
 */
import { invalidParam, KerasError } from '../errors';
import { pyFloatRepr } from '../format/pythonRepr';

/** `str(x)` for a number that Python code would hold as an int when it is whole. */
export function pyNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? String(x) : pyFloatRepr(x);
}

/** Keras's check that a step count is > 0 (`decay_steps`, `first_decay_steps`). */
export function requirePositiveSteps(param: string, pythonName: string, value: number): void {
  if (value <= 0) {
    throw invalidParam(param, `Argument \`${pythonName}\` must be > 0. Received: ${pythonName}=${pyNumber(value)}`);
  }
}

/** Python's error for `x / 0.0`, which PyTorch's schedules reach in a few corners. */
export function zeroDivision(): KerasError {
  return new KerasError('Error', 'ZeroDivisionError: float division by zero');
}

/**
 * Keras's TypeError when a callback assigns the learning rate of an optimizer
 * built with a schedule (`base_optimizer.py`, the `learning_rate` setter):
 * LearningRateScheduler hits it at its first epoch, ReduceLROnPlateau at its
 * first reduction.
 */
export function learningRateNotSettable(): KerasError {
  return new KerasError(
    'TypeError',
    'This optimizer was created with a `LearningRateSchedule` object as its `learning_rate` constructor argument, ' +
      'hence its learning rate is not settable. If you need the learning rate to be settable, you should instantiate ' +
      'the optimizer with a float `learning_rate` argument.',
  );
}
