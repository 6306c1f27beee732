/**
 * Mirrors `keras/src/callbacks/lambda_callback.py`: a callback made of plain
 * functions, one per hook. Keras names six hooks and takes the rest as
 * keyword arguments; here every hook may be given.
 */
import { Callback } from './callback';
import type { HookName, Logs } from './types';

type HookFunction = (...args: [number, Logs] | [Logs]) => void;
export type LambdaHooks = Partial<Record<HookName | 'onBatchBegin' | 'onBatchEnd', HookFunction>>;

export class LambdaCallback extends Callback {
  constructor(hooks: LambdaHooks = {}) {
    super('LambdaCallback');
    for (const [hook, fn] of Object.entries(hooks)) {
      if (fn) Object.defineProperty(this, hook, { value: fn, writable: true, configurable: true });
    }
  }
}
