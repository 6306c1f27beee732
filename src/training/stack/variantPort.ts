/**
 * One variant's `TrainingPort` over its slice of a stacked model (DESIGN.md
 * §7): its entry of the optimizer's learning rates (or its schedule), weight
 * snapshots and restores of its slice only, checkpoint saves of its slice
 * as an ordinary single-model entry, and files of its own. Its callbacks see
 * what they see in a solo run.
 */
import * as tf from '@tensorflow/tfjs';
import { checkedWeights, nestedArray, type CheckpointRequest, type TextWriteRequest, type TrainingPort, type WeightArray, type WeightsSnapshot } from '../../callbacks';
import { learningRateNotSettable, type LearningRateSchedule } from '../../callbacks/schedules';
import type { CheckpointSink, WeightValues } from '../checkpointSink';
import { noMovingAverages } from '../modelPort';
import { SCALAR_STATE_NAME } from '../optimizerState';
import { TextFiles } from '../textFiles';
import type { StackedModel } from './stackedModel';

interface Snapshot {
  tensors: tf.Tensor[];
}

const isSnapshot = (value: WeightsSnapshot): value is Snapshot => typeof value === 'object' && value !== null && Array.isArray((value as Snapshot).tensors);

export class VariantPort implements TrainingPort {
  readonly files = new TextFiles();
  private readonly snapshots = new Set<Snapshot>();
  private readonly pendingSaves: Promise<void>[] = [];
  private iterations = 0;

  constructor(
    private readonly stack: StackedModel,
    private readonly variant: number,
    private readonly sink: CheckpointSink,
    /** The solo model's JSON, for a checkpoint that is more than weights. */
    private readonly topology: () => string,
    private readonly names: readonly string[],
    private readonly schedule: LearningRateSchedule | null,
    initialLearningRate: number,
  ) {
    stack.optimizer.setLearningRate(schedule ? schedule.rateAt(0) : initialLearningRate, variant);
  }

  getLearningRate(): number {
    return this.schedule ? Math.fround(this.schedule.rateAt(this.iterations)) : this.stack.optimizer.getLearningRate(this.variant);
  }

  setLearningRate(value: number): void {
    if (this.schedule) throw learningRateNotSettable();
    this.stack.optimizer.setLearningRate(value, this.variant);
  }

  /** With a schedule, the rate of the variant's next step (Keras reads it at `optimizer.iterations`). */
  atStep(iterations: number): void {
    this.iterations = iterations;
    if (this.schedule) this.stack.optimizer.setLearningRate(this.getLearningRate(), this.variant);
  }

  /** The variant's slice of each variable, shaped as in its solo model. */
  private slices(): tf.Tensor[] {
    return this.stack.variables.map((variable, index) =>
      tf.tidy(() => tf.reshape(tf.slice(variable, [this.variant], [1]), [...(this.stack.soloShapes[index] ?? [])])),
    );
  }

  snapshotWeights(): WeightsSnapshot {
    const snapshot: Snapshot = { tensors: this.slices() };
    this.snapshots.add(snapshot);
    return snapshot;
  }

  restoreWeights(snapshot: WeightsSnapshot): void {
    if (!isSnapshot(snapshot) || !this.snapshots.has(snapshot)) throw new Error('restoreWeights: not a live snapshot of this variant');
    tf.tidy(() => {
      this.stack.variables.forEach((variable, index) => {
        const value = tf.reshape(snapshot.tensors[index] as tf.Tensor, [1, ...variable.shape.slice(1)]);
        variable.assign(tf.where(this.variantMask(variable.rank), value, variable));
      });
    });
  }

  releaseWeights(snapshot: WeightsSnapshot): void {
    if (!isSnapshot(snapshot) || !this.snapshots.delete(snapshot)) return;
    tf.dispose(snapshot.tensors);
  }

  /** Saves the variant's weights and optimizer state as an ordinary checkpoint of its solo model. */
  saveCheckpoint(request: CheckpointRequest): void {
    const requestedAt = performance.now();
    const weights = this.slices();
    const slots = this.stack.optimizer.namedSlots().map(({ name, variable }) => ({
      name,
      tensor: tf.tidy(() => tf.reshape(tf.slice(variable, [this.variant], [1]), variable.shape.slice(1))),
    }));
    const { calls, uProduct } = this.stack.optimizer.scalarState(this.variant);
    const topology = request.weightsOnly ? null : this.topology();
    const learningRate = this.getLearningRate();
    const read = async (): Promise<void> => {
      try {
        const weightValues: WeightValues[] = await Promise.all(
          weights.map(async (tensor, index) => ({ name: this.names[index] ?? `weight_${index}`, shape: tensor.shape, data: await tensor.data<'float32'>() })),
        );
        const slotValues = await Promise.all(slots.map(async ({ name, tensor }) => ({ name, shape: tensor.shape, data: await tensor.data<'float32'>() })));
        await this.sink.save({
          request,
          weights: weightValues,
          topology,
          optimizer: { iterations: calls, weights: [...slotValues, { name: SCALAR_STATE_NAME, shape: [], data: Float32Array.of(uProduct) }] },
          resume: { initialEpoch: request.epoch + 1, learningRate, callbackState: '{}', history: [] },
          requestedAt,
          loopMs: performance.now() - requestedAt,
        });
      } finally {
        tf.dispose([...weights, ...slots.map((slot) => slot.tensor)]);
      }
    };
    this.pendingSaves.push(read());
  }

  /** Waits for every save the variant asked for. */
  async flushSaves(): Promise<void> {
    await Promise.all(this.pendingSaves.splice(0));
  }

  /** Swaps the variant's slice of the weights with its slice of the optimizer's moving averages (SwapEMAWeights). */
  swapEmaWeights(): void {
    const averages = this.movingAverages();
    tf.tidy(() => {
      this.stack.variables.forEach((variable, index) => {
        const average = averages[index] as tf.Variable;
        const mask = this.variantMask(variable.rank);
        const weights = variable.clone();
        variable.assign(tf.where(mask, average, variable));
        average.assign(tf.where(mask, weights, average));
      });
    });
  }

  /** Keras's `finalize_variable_values` for this variant: with `use_ema`, its weights take their moving averages. */
  finalizeVariableValues(): void {
    const averages = this.movingAverages();
    tf.tidy(() => {
      this.stack.variables.forEach((variable, index) => {
        variable.assign(tf.where(this.variantMask(variable.rank), averages[index] as tf.Variable, variable));
      });
    });
  }

  /** The variant's slice of the moving averages takes its weights. */
  finalizeEmaValues(): void {
    const averages = this.movingAverages();
    tf.tidy(() => {
      this.stack.variables.forEach((variable, index) => {
        const average = averages[index] as tf.Variable;
        average.assign(tf.where(this.variantMask(variable.rank), variable, average));
      });
    });
  }

  private movingAverages(): readonly tf.Variable[] {
    const averages = this.stack.optimizer.movingAverages;
    if (!averages) throw noMovingAverages();
    return averages;
  }

  /** True at this variant's place on the variant axis, broadcasting over a variable of `rank`. */
  private variantMask(rank: number): tf.Tensor {
    const K = this.stack.variantCount;
    return tf.tensor(Array.from({ length: K }, (_value, variant) => (variant === this.variant ? 1 : 0)), [K, ...Array.from({ length: rank - 1 }, () => 1)], 'bool');
  }

  getWeights(): WeightArray[] {
    const slices = this.slices();
    try {
      return slices.map((slice) => nestedArray(slice.dataSync(), slice.shape));
    } finally {
      tf.dispose(slices);
    }
  }

  setWeights(weights: readonly unknown[]): void {
    const shapes = this.stack.soloShapes.map((shape) => [...shape]);
    const values = checkedWeights(weights, shapes, 'sequential');
    tf.tidy(() => {
      this.stack.variables.forEach((variable, index) => {
        const value = tf.tensor(values[index] as Float32Array, [1, ...variable.shape.slice(1)], 'float32');
        variable.assign(tf.where(this.variantMask(variable.rank), value, variable));
      });
    });
  }

  /** A stack with BackupAndRestore in it trains alone (stackGroups.ts), never here. */
  saveBackup(): never {
    throw new Error('BackupAndRestore runs in a solo run, not in a stacked comparison');
  }
  restoreBackup(): never {
    throw new Error('BackupAndRestore runs in a solo run, not in a stacked comparison');
  }
  deleteBackup(): never {
    throw new Error('BackupAndRestore runs in a solo run, not in a stacked comparison');
  }

  readText(filename: string): string | null {
    return this.files.read(filename);
  }

  writeText(request: TextWriteRequest): void {
    this.files.write(request);
  }

  dispose(): void {
    for (const snapshot of this.snapshots) tf.dispose(snapshot.tensors);
    this.snapshots.clear();
  }
}
