/**
 * `fit(validation_freq=...)` as Keras's `Trainer._should_eval` reads it
 * (`keras/src/trainers/trainer.py`): an int validates after every n-th epoch,
 * counted from 1; a list after the (1-based) epochs it names. On the other
 * epochs the logs carry no `val_` keys, and callbacks that monitor one warn.
 */
import type { Logs } from './types';

export type ValidationFreq = number | readonly number[];

export function shouldValidate(epoch: number, validationFreq: ValidationFreq): boolean {
  const oneBased = epoch + 1;
  return typeof validationFreq === 'number' ? oneBased % validationFreq === 0 : validationFreq.includes(oneBased);
}

/** A recorded epoch's logs as fit would hand them over: without `val_` keys on an epoch that did not validate. */
export function logsForEpoch(logs: Logs, epoch: number, validationFreq: ValidationFreq): Logs {
  if (shouldValidate(epoch, validationFreq)) return logs;
  return Object.fromEntries(Object.entries(logs).filter(([key]) => !key.startsWith('val_')));
}
