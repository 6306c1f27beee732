/**
 * The callbacks' `TrainingPort` over a real tfjs model: the learning rate
 * reaches the optimizer (as float32, the way Keras stores it), weight
 * snapshots are clones that the port owns until released, and checkpoint
 * saves copy the weights at once and read them back asynchronously, so a
 * save never blocks the loop on a GPU read.
 */
import * as tf from '@tensorflow/tfjs';
import type { CheckpointRequest, TextWriteRequest, TrainingPort, WeightsSnapshot } from '../callbacks';
import type { CheckpointSink, WeightValues } from './checkpointSink';
import type { CompiledModel } from './model';
import { setOptimizerLearningRate } from './optimizers';

interface Snapshot {
  tensors: tf.Tensor[];
}

function isSnapshot(value: WeightsSnapshot): value is Snapshot {
  return typeof value === 'object' && value !== null && Array.isArray((value as Snapshot).tensors);
}

export class ModelPort implements TrainingPort {
  readonly files = new Map<string, string>();
  private learningRate: number;
  private readonly snapshots = new Set<Snapshot>();
  private pendingSaves: Promise<void>[] = [];
  private saveFailure: Error | null = null;

  constructor(
    private readonly compiled: CompiledModel,
    private readonly sink: CheckpointSink,
    initialLearningRate: number,
  ) {
    this.learningRate = Math.fround(initialLearningRate);
    setOptimizerLearningRate(compiled.optimizer, this.learningRate);
  }

  getLearningRate(): number {
    return this.learningRate;
  }

  setLearningRate(value: number): void {
    this.learningRate = Math.fround(value);
    setOptimizerLearningRate(this.compiled.optimizer, this.learningRate);
  }

  snapshotWeights(): WeightsSnapshot {
    const snapshot: Snapshot = { tensors: this.compiled.model.getWeights().map((weight) => weight.clone()) };
    this.snapshots.add(snapshot);
    return snapshot;
  }

  restoreWeights(snapshot: WeightsSnapshot): void {
    if (!isSnapshot(snapshot) || !this.snapshots.has(snapshot)) throw new Error('restoreWeights: not a live snapshot of this run');
    // setWeights assigns fresh tensors so the snapshot stays usable after a restore.
    tf.tidy(() => this.compiled.model.setWeights(snapshot.tensors.map((tensor) => tensor.clone())));
  }

  releaseWeights(snapshot: WeightsSnapshot): void {
    if (!isSnapshot(snapshot) || !this.snapshots.delete(snapshot)) return;
    tf.dispose(snapshot.tensors);
  }

  saveCheckpoint(request: CheckpointRequest): void {
    const weights = this.compiled.model.weights;
    const copies = weights.map((weight) => weight.read().clone());
    const topology = request.weightsOnly ? undefined : JSON.stringify(this.compiled.model.toJSON(null, false));
    const save = Promise.all(copies.map((copy) => copy.data<'float32'>()))
      .then((values) => {
        const named: WeightValues[] = values.map((data, index) => ({
          name: weights[index]?.originalName ?? `weight_${index}`,
          shape: copies[index]?.shape ?? [],
          data,
        }));
        return this.sink.save(request, named, topology);
      })
      .catch((error: unknown) => {
        this.saveFailure ??= error instanceof Error ? error : new Error(`checkpoint save failed: ${String(error)}`);
      })
      .finally(() => tf.dispose(copies));
    this.pendingSaves.push(save);
  }

  /** Waits for the checkpoint saves requested so far; rethrows the first that failed. */
  async flushSaves(): Promise<void> {
    const pending = this.pendingSaves;
    this.pendingSaves = [];
    await Promise.all(pending);
    if (this.saveFailure !== null) {
      const failure = this.saveFailure;
      this.saveFailure = null;
      throw failure;
    }
  }

  readText(filename: string): string | null {
    return this.files.get(filename) ?? null;
  }

  writeText({ filename, text, append }: TextWriteRequest): void {
    this.files.set(filename, (append ? (this.files.get(filename) ?? '') : '') + text);
  }

  /** Frees the snapshots that callbacks did not release (a run that failed before onTrainEnd). */
  dispose(): void {
    for (const snapshot of this.snapshots) tf.dispose(snapshot.tensors);
    this.snapshots.clear();
  }
}
