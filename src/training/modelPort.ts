/**
 * The callbacks' `TrainingPort` over a real tfjs model: the learning rate
 * reaches the optimizer (as float32, the way Keras stores it), weight
 * snapshots are clones that the port owns until released, and checkpoint
 * saves copy the weights at once and read them back asynchronously, so a
 * save never blocks the loop on a GPU read or a storage write.
 *
 * A save reads the weights and the optimizer's state in one read
 * (`trainingState.ts`), or in none: the trainer can hand the port the values
 * it read anyway at the end of an epoch (`offerState`), valid until the
 * weights next change.
 */
import * as tf from '@tensorflow/tfjs';
import {
  checkedWeights,
  KerasError,
  nestedArray,
  type BackupRequest,
  type BackupRestored,
  type BackupUnreadable,
  type CheckpointRequest,
  type TextWriteRequest,
  type TrainingPort,
  type WeightArray,
  type WeightsSnapshot,
} from '../callbacks';
import { BACKUP_LATEST, backupRunId, type ResumeInput } from '../storage';
import { restoreBackupInto, type PreloadedBackups, type RestoredBackup } from './backups';
import type { CheckpointSink } from './checkpointSink';
import type { CompiledModel } from './model';
import { TextFiles } from './textFiles';
import { flatTrainingState, type TrainingStateValues } from './trainingState';

interface RequestedSave {
  request: CheckpointRequest;
  backup?: { runId: string; keepPrevious: boolean };
  state: Promise<TrainingStateValues>;
  topology: string | null;
  requestedAt: number;
  loopMs: number;
}

interface Snapshot {
  tensors: tf.Tensor[];
}

function isSnapshot(value: WeightsSnapshot): value is Snapshot {
  return typeof value === 'object' && value !== null && Array.isArray((value as Snapshot).tensors);
}

/** Keras's error for SwapEMAWeights on an optimizer without `use_ema`. */
export function noMovingAverages(): KerasError {
  return new KerasError('ValueError', 'SwapEMAWeights must be used when `use_ema=True` is set on the optimizer. Received: use_ema=False');
}

export class ModelPort implements TrainingPort {
  readonly files = new TextFiles();
  private learningRate: number;
  private readonly snapshots = new Set<Snapshot>();
  private requestedSaves: RequestedSave[] = [];
  private handedOver: Promise<void> = Promise.resolve();
  private readonly pendingSaves = new Set<Promise<void>>();
  private saveFailure: Error | null = null;
  private offeredState: TrainingStateValues | null = null;
  /** The model's JSON, made at the first save: a run never changes its architecture, and making it again cost every save 0.15 ms. */
  private topologyText: string | null = null;
  private restores = 0;
  private backups: PreloadedBackups = new Map();
  private restoredBackup: RestoredBackup | null = null;
  private readonly backupsToDelete = new Set<string>();

  constructor(
    private readonly compiled: CompiledModel,
    private readonly sink: CheckpointSink,
    initialLearningRate: number,
  ) {
    this.learningRate = Math.fround(initialLearningRate);
    compiled.optimizer.setLearningRate(this.learningRate);
  }

  getLearningRate(): number {
    return this.learningRate;
  }

  setLearningRate(value: number): void {
    this.learningRate = Math.fround(value);
    this.compiled.optimizer.setLearningRate(this.learningRate);
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
    this.offeredState = null;
    this.restores += 1;
  }

  /** Counts the restores of weights, so that a value computed from the weights can tell whether they are still the same. */
  get weightsRestores(): number {
    return this.restores;
  }

  /** The weights and optimizer state as they are now: saves use them until `weightsChanging`. */
  offerState(state: TrainingStateValues): void {
    this.offeredState = state;
  }

  /** The weights are about to change (a training step): offered values are stale from here on. */
  weightsChanging(): void {
    this.offeredState = null;
  }

  releaseWeights(snapshot: WeightsSnapshot): void {
    if (!isSnapshot(snapshot) || !this.snapshots.delete(snapshot)) return;
    tf.dispose(snapshot.tensors);
  }

  /**
   * Copies the weights and the optimizer's state now (the next batch changes them) and reads them back
   * asynchronously; the save goes to the sink at the next `commitSaves`, once
   * the whole stack has finished the hook and the state to resume from is known.
   */
  saveCheckpoint(request: CheckpointRequest): void {
    this.requestSave(request);
  }

  private requestSave(request: CheckpointRequest, backup?: RequestedSave['backup']): void {
    const requestedAt = performance.now();
    const topology = request.weightsOnly ? null : (this.topologyText ??= JSON.stringify(this.compiled.model.toJSON(null, false)));
    let state: Promise<TrainingStateValues>;
    if (this.offeredState) {
      state = Promise.resolve(this.offeredState);
    } else {
      const { flat, split } = flatTrainingState(this.compiled);
      state = flat
        .data<'float32'>()
        .then(split)
        .finally(() => flat.dispose());
    }
    this.requestedSaves.push({ request, state, topology, requestedAt, loopMs: performance.now() - requestedAt, ...(backup ? { backup } : {}) });
  }

  get hasRequestedSaves(): boolean {
    return this.requestedSaves.length > 0;
  }

  /** Hands the saves requested so far to the sink, stamped with `resume`; does not wait for them. */
  commitSaves(resume: ResumeInput): void {
    for (const requested of this.requestedSaves.splice(0)) this.commit(requested, resume);
  }

  /**
   * Commits what is left (stamped as resuming after the save's epoch, unless
   * `resume` is given), waits for every save, and rethrows the first that failed.
   */
  async flushSaves(resume?: ResumeInput): Promise<void> {
    for (const requested of this.requestedSaves.splice(0)) {
      this.commit(requested, resume ?? { initialEpoch: requested.request.epoch + 1, learningRate: this.learningRate, callbackState: '{}', history: [] });
    }
    this.sink.hurry?.();
    await Promise.all([...this.pendingSaves]);
    if (this.saveFailure !== null) {
      const failure = this.saveFailure;
      this.saveFailure = null;
      throw failure;
    }
  }

  /** Saves reach the sink in the order they were requested, so a later save of a name always wins. */
  private commit({ request, state, topology, requestedAt, loopMs, backup }: RequestedSave, resume: ResumeInput): void {
    const inOrder = this.handedOver.then(() => state);
    const save: Promise<void> = inOrder
      .then(({ weights, optimizer }) => this.sink.save({ request, weights, optimizer, topology, resume, requestedAt, loopMs, ...(backup ? { backup } : {}) }))
      .catch((error: unknown) => {
        this.saveFailure ??= error instanceof Error ? error : new Error(`checkpoint save failed: ${String(error)}`);
      })
      .finally(() => this.pendingSaves.delete(save));
    this.pendingSaves.add(save);
    this.handedOver = inOrder.then(
      () => undefined,
      () => undefined,
    );
  }

  swapEmaWeights(): void {
    const averages = this.movingAverages();
    tf.tidy(() => {
      this.compiled.variables.forEach((variable, index) => {
        const average = averages[index] as tf.Variable;
        const weights = variable.clone();
        variable.assign(average);
        average.assign(weights);
      });
    });
    this.offeredState = null;
    this.restores += 1;
  }

  finalizeEmaValues(): void {
    const averages = this.movingAverages();
    this.compiled.variables.forEach((variable, index) => (averages[index] as tf.Variable).assign(variable));
    this.offeredState = null;
  }

  private movingAverages(): readonly tf.Variable[] {
    const averages = this.compiled.optimizer.movingAverages;
    if (!averages) throw noMovingAverages();
    return averages;
  }

  getWeights(): WeightArray[] {
    // A synchronous read, made only when a custom callback asks, as Keras's `get_weights` reads its variables.
    return this.compiled.model.getWeights().map((weight) => nestedArray(weight.dataSync(), weight.shape));
  }

  setWeights(weights: readonly unknown[]): void {
    const model = this.compiled.model;
    const values = checkedWeights(weights, model.weights.map((weight) => weight.shape.map((size) => size ?? 1)), 'sequential');
    tf.tidy(() => model.setWeights(values.map((data, index) => tf.tensor(data, model.weights[index]?.shape.map((size) => size ?? 1), 'float32'))));
    this.offeredState = null;
    this.restores += 1;
  }

  /** The backups read from storage before the run, for BackupAndRestore's `onTrainBegin` to restore. */
  useBackups(backups: PreloadedBackups): void {
    this.backups = backups;
  }

  saveBackup({ backupDir, epoch, batch, keepPrevious }: BackupRequest): void {
    const request: CheckpointRequest = { name: BACKUP_LATEST, epoch, batch, value: null, monitor: '', weightsOnly: true };
    this.requestSave(request, { runId: backupRunId(backupDir), keepPrevious });
  }

  restoreBackup(backupDir: string): BackupRestored | BackupUnreadable | null {
    const outcome = restoreBackupInto(this.compiled, backupDir, this.backups.get(backupDir));
    if (outcome === null || !('restored' in outcome)) return outcome;
    const { restored, input } = outcome;
    this.sink.knowBackup?.(restored.storageRunId, input);
    this.restoredBackup = restored;
    this.afterRestore(restored.point.learningRate);
    this.offeredState = null;
    this.restores += 1;
    return { epoch: restored.point.initialEpoch, batch: restored.batch, fromPrevious: restored.fromPrevious, damaged: restored.damaged };
  }

  /** The learning rate a restored backup trained with; a scheduled port reads it from the steps instead. */
  protected afterRestore(learningRate: number): void {
    this.setLearningRate(learningRate);
  }

  /** The backup restored in `onTrainBegin`, once: the trainer resumes from it. */
  takeRestoredBackup(): RestoredBackup | null {
    const restored = this.restoredBackup;
    this.restoredBackup = null;
    return restored;
  }

  deleteBackup(backupDir: string): void {
    this.backupsToDelete.add(backupDir);
  }

  /**
   * After the run's saves are written: removes the backups BackupAndRestore
   * asked to remove, unless the run was interrupted (stopped from the page),
   * which keeps them as an interrupted `fit` does. Returns the kept ones.
   */
  async finishBackups(interrupted: boolean): Promise<string[]> {
    const dirs = [...this.backupsToDelete];
    this.backupsToDelete.clear();
    if (interrupted) return dirs;
    for (const dir of dirs) await this.sink.deleteBackup?.(backupRunId(dir));
    return [];
  }

  readText(filename: string): string | null {
    return this.files.read(filename);
  }

  writeText(request: TextWriteRequest): void {
    this.files.write(request);
    this.onFileWritten?.(request.filename, this.files.read(request.filename) ?? '');
  }

  /** Where each file's new text goes as it is written (the worker keeps it in the browser's storage). */
  onFileWritten: ((name: string, text: string) => void) | null = null;

  /** Frees the snapshots that callbacks did not release (a run that failed before onTrainEnd). */
  dispose(): void {
    for (const snapshot of this.snapshots) tf.dispose(snapshot.tensors);
    this.snapshots.clear();
  }
}
