/**
 * The benchmark's reference: the playground's model, data and batch size
 * trained with plain `model.fit` (no callbacks, no UI), on the backend the
 * playground uses. Model and data come from the trainer's own builders, so
 * the two sides differ only in the training loop around them.
 */
import * as tf from '@tensorflow/tfjs';
import { parseRunConfig, type RunConfig } from '../config/runConfig';
import { selectBackend } from '../training/backend';
import { browserBackendEnvironment } from '../training/backendEnvironment';
import { MemoryCheckpointSink } from '../training/checkpointSink';
import type { CompiledModel } from '../training/model';
import { ModelPort } from '../training/modelPort';
import { readyDataset } from '../training/datasets/readyDataset';
import { prepareRun } from '../training/prepareRun';
import { tfjsOptimizer } from './tfjsOptimizer';
import type { BareReply, BareRequest } from './protocol';

interface PreparedFit {
  config: RunConfig;
  compiled: CompiledModel;
  tensors: { x: tf.Tensor; y: tf.Tensor2D; validation: [tf.Tensor, tf.Tensor2D] | null };
  steps: number;
}

function parsed(raw: unknown): RunConfig {
  const result = parseRunConfig(raw);
  if (!result.ok) throw new Error(`invalid bench config: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function lossName(task: CompiledModel['task']): string {
  if (task === 'binary') return 'binaryCrossentropy';
  if (task === 'multiclass') return 'categoricalCrossentropy';
  return 'meanSquaredError';
}

export class BareFit {
  private prepared: PreparedFit | null = null;

  async handle(request: BareRequest): Promise<BareReply> {
    switch (request.type) {
      case 'init':
        return { type: 'ready', backend: await selectBackend(request.backend, browserBackendEnvironment) };
      case 'prepare':
        return this.prepare(request.config);
      case 'fit':
        return this.fit();
      case 'checkpointSaves':
        return this.checkpointSaves(request.config, request.saves);
    }
  }

  private async prepare(raw: unknown): Promise<BareReply> {
    this.release();
    const config = parsed(raw);
    await readyDataset(config.dataset);
    const { data, compiled } = prepareRun(config);
    compiled.model.compile({ optimizer: tfjsOptimizer(config.optimizer), loss: lossName(compiled.task), metrics: [compiled.metric.name] });
    // Images go to a layer list as (rows, height, width, channels), as Keras's fit takes them; an MLP reads flat rows.
    const image = config.model.layers ? (data.dataset.image ?? null) : null;
    const inputs = (values: Float32Array, rows: number): tf.Tensor =>
      image ? tf.tensor4d(values, [rows, image.height, image.width, image.channels]) : tf.tensor2d(values, [rows, data.features]);
    const x = inputs(data.train.x, data.train.rows);
    const y = tf.tensor2d(data.train.y, [data.train.rows, data.outputs]);
    const validation: [tf.Tensor, tf.Tensor2D] | null = data.validation
      ? [inputs(data.validation.x, data.validation.rows), tf.tensor2d(data.validation.y, [data.validation.rows, data.outputs])]
      : null;
    const steps = Math.ceil(data.train.rows / config.fit.batchSize);
    this.prepared = { config, compiled, tensors: { x, y, validation }, steps };
    return { type: 'prepared', steps, trainRows: data.train.rows };
  }

  private async fit(): Promise<BareReply> {
    const prepared = this.prepared;
    if (!prepared) throw new Error('fit before prepare');
    const { config, compiled, tensors, steps } = prepared;
    const started = performance.now();
    const history = await compiled.model.fit(tensors.x, tensors.y, {
      epochs: config.fit.epochs,
      batchSize: config.fit.batchSize,
      shuffle: true,
      verbose: 0,
      ...(tensors.validation ? { validationData: tensors.validation } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    this.release();
    return { type: 'fitted', seconds, epochs: history.epoch.length, steps };
  }

  /** ModelCheckpoint's save as the trainer does it: `ModelPort.saveCheckpoint`, then waiting for it. */
  private async checkpointSaves(raw: unknown, saves: number): Promise<BareReply> {
    const config = parsed(raw);
    const { compiled } = prepareRun(config);
    const sink = new MemoryCheckpointSink();
    const port = new ModelPort(compiled, sink, config.optimizer.learningRate);
    const millis: number[] = [];
    try {
      for (let save = 0; save < saves; save++) {
        const started = performance.now();
        port.saveCheckpoint({ name: 'best.keras', epoch: save, batch: null, value: 1 / (save + 1), monitor: 'val_loss', weightsOnly: false });
        await port.flushSaves();
        millis.push(performance.now() - started);
        sink.saved.length = 0;
      }
    } finally {
      port.dispose();
      compiled.dispose();
    }
    return { type: 'saved', millis, sink: 'MemoryCheckpointSink (the sink WorkerSession uses by default)' };
  }

  private release(): void {
    const prepared = this.prepared;
    if (!prepared) return;
    const { x, y, validation } = prepared.tensors;
    tf.dispose([x, y, ...(validation ?? [])]);
    prepared.compiled.dispose();
    this.prepared = null;
  }
}
