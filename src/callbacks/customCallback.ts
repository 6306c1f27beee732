/**
 * A callback the user writes, as a JavaScript class that extends `Callback`,
 * the way a Keras user subclasses `keras.callbacks.Callback`:
 *
 *     class MyCallback extends Callback {
 *       onEpochEnd(epoch, logs) {
 *         if (logs.loss < 0.05) this.model.stopTraining = true;
 *       }
 *     }
 *
 * `this.model` offers what Keras's does that makes sense here
 * (`stopTraining`, `optimizer.learningRate`, `getWeights()` and
 * `setWeights(weights)`, as Keras's `get_weights` / `set_weights`: nested
 * arrays of numbers, one per weight); Plateau adds `this.log(name,
 * value)` (charted), `this.marker(text)` (a chart marker) and
 * `this.saveCheckpoint(name)` (custom save logic).
 */
import { Callback } from './callback';
import { KerasError } from './errors';
import { pyFloatRepr } from './format/pythonRepr';
import { HOOK_NAMES, type WeightArray } from './types';
import { evaluateExpression, UserCodeError, withErrorLines } from './userCode';

export interface ModelFacade {
  stopTraining: boolean;
  readonly optimizer: { learningRate: number };
  getWeights(): WeightArray[];
  setWeights(weights: unknown): void;
}

interface ModelAccess {
  isStopping(): boolean;
  setStopping(value: boolean): void;
  getLearningRate(): number;
  setLearningRate(value: unknown): void;
  getWeights(): WeightArray[];
  setWeights(weights: unknown): void;
}

/** Keras's `self.model`, as far as a callback here may touch it. */
class CallbackModel implements ModelFacade {
  readonly optimizer: { learningRate: number };
  private readonly access: ModelAccess;

  constructor(access: ModelAccess) {
    this.access = access;
    this.optimizer = {
      get learningRate(): number {
        return access.getLearningRate();
      },
      set learningRate(value: number) {
        access.setLearningRate(value);
      },
    };
  }

  get stopTraining(): boolean {
    return this.access.isStopping();
  }

  set stopTraining(value: boolean) {
    this.access.setStopping(value);
  }

  /** Keras's `model.get_weights()`: a fresh copy of every weight, as nested arrays. */
  getWeights(): WeightArray[] {
    return this.access.getWeights();
  }

  /** Keras's `model.set_weights(weights)`: the same count and shapes as `getWeights()` returns, or Keras's ValueError. */
  setWeights(weights: unknown): void {
    this.access.setWeights(weights);
  }
}

/** The base class user code extends, bound to the name `Callback` in their source. */
export class UserCallback extends Callback {
  readonly model: ModelFacade;

  constructor() {
    super(new.target.name || 'CustomCallback');
    this.model = new CallbackModel({
      isStopping: () => this.host.stopTraining,
      setStopping: (value) => {
        if (value) this.host.requestStop(this.kerasName);
        else this.host.cancelStop();
      },
      getLearningRate: () => this.host.port.getLearningRate(),
      setLearningRate: (value) => this.setLearningRate(value),
      getWeights: () => this.host.port.getWeights(),
      setWeights: (weights) => {
        if (!Array.isArray(weights)) throw new KerasError('TypeError', `setWeights expects an array with one array of numbers per weight, as getWeights() returns. Received: ${typeof weights}`);
        this.host.port.setWeights(weights);
      },
    });
  }

  /** Charts `value` under `name` at this epoch. */
  log(name: string, value: number): void {
    this.emit('custom_value', `${name} = ${value}`, { name, value });
  }

  /** Puts a marker with `text` on the chart at this point of training. */
  marker(text: string): void {
    this.emit('custom_marker', text);
  }

  /** Asks the host to save a checkpoint now, under `name`. */
  saveCheckpoint(name?: string): void {
    const { epoch, batch } = this.host.position;
    const fileName = name ?? `${this.kerasName}-epoch${(epoch ?? 0) + 1}.keras`;
    this.host.port.saveCheckpoint({
      name: fileName,
      epoch: epoch ?? 0,
      batch,
      value: null,
      monitor: '',
      weightsOnly: fileName.endsWith('.weights.h5'),
    });
    this.emit('checkpoint_saved', `${this.kerasName} saved a checkpoint to ${fileName}`);
  }

  private setLearningRate(value: unknown): void {
    if (typeof value !== 'number') {
      throw new KerasError('TypeError', `learningRate must be a number. Got: ${String(value)}`);
    }
    const port = this.host.port;
    port.setLearningRate(value);
    const epoch = this.host.position.epoch;
    const where = epoch === null ? '' : `Epoch ${epoch + 1}: `;
    this.emit('lr_set', `${where}${this.kerasName} setting learning rate to ${pyFloatRepr(value)}.`, {
      value: port.getLearningRate(),
    });
  }
}

const WRAPPED_HOOKS = [...HOOK_NAMES, 'onBatchBegin', 'onBatchEnd'] as const;

/** Compiles the user's class and returns an instance whose hooks report errors with their line. */
export function createCustomCallback(source: string, label: string): UserCallback {
  const CallbackClass = evaluateExpression(source, label, { Callback: UserCallback });
  if (typeof CallbackClass !== 'function' || !(CallbackClass.prototype instanceof UserCallback)) {
    throw new UserCodeError({
      message: 'The code must be a class that extends Callback: class MyCallback extends Callback { ... }',
      line: null,
      column: null,
    });
  }
  const instance = withErrorLines(() => new (CallbackClass as new () => UserCallback)(), label)();
  for (const hook of WRAPPED_HOOKS) {
    const own = Reflect.get(instance, hook) as (...args: unknown[]) => void;
    if (own !== Reflect.get(UserCallback.prototype, hook)) {
      const bound = own.bind(instance);
      Object.defineProperty(instance, hook, { value: withErrorLines(bound, label), writable: true });
    }
  }
  return instance;
}
