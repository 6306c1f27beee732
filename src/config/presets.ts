/**
 * Lessons: runs on which one callback visibly does its job, named for what
 * they teach. Plain RunConfig input, checked by presets.test.ts, so the
 * page, a share link or the CLI can load them alike.
 */
import type { z } from 'zod';
import type { runConfigSchema } from './runConfig';

export type RunConfigInput = z.input<typeof runConfigSchema>;

export interface Preset {
  id: string;
  title: string;
  /** What to look for while it runs. */
  teaches: string;
  config: RunConfigInput;
}

/** A custom callback that keeps the best weights in a class field, as a Keras user writes one. */
export const KEEP_BEST_WEIGHTS = `class KeepBestWeights extends Callback {
  best = Infinity;
  bestEpoch = null;
  bestWeights = null; // the class variable: a list of arrays, as Keras's get_weights()

  onEpochEnd(epoch, logs) {
    if (logs.val_loss < this.best) {
      this.best = logs.val_loss;
      this.bestEpoch = epoch;
      this.bestWeights = this.model.getWeights();
    }
  }

  onTrainEnd(logs) {
    if (this.bestWeights === null) return;
    this.model.setWeights(this.bestWeights);
    this.print(\`Restoring the weights of epoch \${this.bestEpoch + 1} (val_loss \${this.best.toFixed(4)}).\`);
    this.marker(\`best weights: epoch \${this.bestEpoch + 1}\`);
  }
}`;

/** A large model on a small noisy set, which overfits: EarlyStopping's restore and the hand-written one learn on the same. */
const OVERFITTING_XOR: Pick<RunConfigInput, 'dataset' | 'model' | 'optimizer'> = {
  dataset: { kind: 'xor', size: 120, noise: 0.4 },
  model: {
    hiddenLayers: [
      { units: 64, activation: 'relu' },
      { units: 64, activation: 'relu' },
    ],
  },
  optimizer: { kind: 'adam', learningRate: 0.01 },
};

const KERAS_DOCS_SCHEDULE = '(epoch, lr) => (epoch < 10 ? lr : lr * Math.exp(-0.1))';

export const PRESETS: readonly Preset[] = [
  {
    id: 'plateau-cut',
    title: 'A plateau gets its learning rate cut',
    teaches: 'When val_loss stops improving for 3 epochs, ReduceLROnPlateau halves the rate: watch the LR↓ marker and the step in the learning-rate chart.',
    config: {
      dataset: { kind: 'spiral', size: 500, noise: 0.15 },
      optimizer: { kind: 'adam', learningRate: 0.03 },
      fit: { epochs: 60, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 3, minLr: 0.0001, verbose: 1 } }],
    },
  },
  {
    id: 'early-stop-restore',
    title: 'Stop early, keep the best weights',
    teaches: 'A large model overfits a small noisy set: val_loss turns up, EarlyStopping stops 10 epochs after its best and puts the best epoch’s weights back.',
    config: {
      ...OVERFITTING_XOR,
      fit: { epochs: 300, batchSize: 16, validationSplit: 0.3, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 10, restoreBestWeights: true, verbose: 1 } }],
    },
  },
  {
    id: 'own-best-weights',
    title: 'Write your own restore_best_weights',
    teaches:
      'The classic exercise: a custom callback keeps the best epoch’s weights in a class field (this.model.getWeights()) and puts them back at the end (this.model.setWeights(...)); the run log names the epoch, as EarlyStopping’s restore does.',
    config: {
      ...OVERFITTING_XOR,
      fit: { epochs: 80, batchSize: 16, validationSplit: 0.3, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'CustomCallback', params: { source: KEEP_BEST_WEIGHTS } }],
    },
  },
  {
    id: 'nan-caught',
    title: 'A learning rate too high: the NaN is caught',
    teaches: 'Plain SGD at learning rate 2 diverges within a few batches; TerminateOnNaN stops at the first batch whose loss is NaN or infinite.',
    config: {
      dataset: { kind: 'sine', size: 400, noise: 0.1 },
      optimizer: { kind: 'sgd', learningRate: 2 },
      fit: { epochs: 30, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'TerminateOnNaN', params: {} }],
    },
  },
  {
    id: 'nan-clipped',
    title: 'The same rate, with its gradients clipped',
    teaches: 'The NaN lesson again, with the optimizer’s clipnorm=1.0: every gradient is scaled down to a norm of at most 1, each step stays bounded, and the NaN does not come.',
    config: {
      dataset: { kind: 'sine', size: 400, noise: 0.1 },
      optimizer: { kind: 'sgd', learningRate: 2, clipnorm: 1 },
      fit: { epochs: 30, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'TerminateOnNaN', params: {} }],
    },
  },
  {
    id: 'ema-checkpoints',
    title: 'Validate and checkpoint the averaged weights',
    teaches:
      'SGD with use_ema keeps a moving average of the weights; SwapEMAWeights puts it in the model for validation (a smoother val_loss) and, with swap_on_epoch, for the ModelCheckpoint after it, which saves the averaged weights. Move ModelCheckpoint above SwapEMAWeights and it saves the raw ones.',
    config: {
      dataset: { kind: 'circles', size: 500, noise: 0.2 },
      optimizer: { kind: 'sgd', learningRate: 0.3, momentum: 0.9, useEma: true, emaMomentum: 0.9 },
      fit: { epochs: 15, batchSize: 16, validationSplit: 0.2, seed: 42 },
      callbacks: [
        { id: 'cb1', type: 'SwapEMAWeights', params: { swapOnEpoch: true } },
        { id: 'cb2', type: 'ModelCheckpoint', params: { filepath: 'ema-{epoch:02d}-{val_loss:.4f}.keras', monitor: 'val_loss', saveBestOnly: true, verbose: 1 } },
      ],
    },
  },
  {
    id: 'checkpoints-improve',
    title: 'Checkpoints that only keep improvements',
    teaches: 'With saveBestOnly, ModelCheckpoint saves only when val_loss beats its best; the file name records the epoch and the value.',
    config: {
      dataset: { kind: 'circles', size: 500, noise: 0.15 },
      optimizer: { kind: 'adam', learningRate: 0.01 },
      fit: { epochs: 40, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:03d}-{val_loss:.4f}.keras', monitor: 'val_loss', saveBestOnly: true, verbose: 1 } }],
    },
  },
  {
    id: 'keras-docs-schedule',
    title: 'The Keras docs schedule',
    teaches: 'LearningRateScheduler keeps the rate for 10 epochs, then shrinks it by e^-0.1 every epoch: a smooth staircase on the log axis.',
    config: {
      dataset: { kind: 'spiral', size: 500, noise: 0.1 },
      fit: { epochs: 40, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'LearningRateScheduler', params: { schedule: KERAS_DOCS_SCHEDULE, verbose: 1 } }],
    },
  },
  {
    id: 'schedule-overrides-plateau',
    title: 'Two callbacks set the rate: the schedule wins',
    teaches: 'ReduceLROnPlateau cuts the rate at the end of an epoch, and LearningRateScheduler sets it again at the start of the next: hover the learning-rate chart to see who set it.',
    config: {
      dataset: { kind: 'spiral', size: 500, noise: 0.15 },
      optimizer: { kind: 'adam', learningRate: 0.03 },
      fit: { epochs: 40, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [
        { id: 'cb1', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 2, verbose: 1 } },
        { id: 'cb2', type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => (epoch < 20 ? 0.03 : 0.003)' } },
      ],
    },
  },
  {
    id: 'mnist-cnn',
    title: 'A small CNN on handwritten digits',
    teaches:
      'A Keras tutorial’s CNN on 2,000 MNIST digits climbs past 90 % val_accuracy in a few epochs, then overfits: EarlyStopping watches val_accuracy, stops, and restores the best epoch’s weights; ModelCheckpoint keeps the best.',
    config: {
      dataset: { kind: 'mnist', size: 2000 },
      model: {
        layers: [
          { type: 'Conv2D', filters: 8, kernelSize: 3, activation: 'relu' },
          { type: 'MaxPooling2D', poolSize: 2 },
          { type: 'Conv2D', filters: 16, kernelSize: 3, activation: 'relu' },
          { type: 'MaxPooling2D', poolSize: 2 },
          { type: 'Flatten' },
          { type: 'Dense', units: 64, activation: 'relu' },
        ],
      },
      optimizer: { kind: 'adam', learningRate: 0.002 },
      fit: { epochs: 30, batchSize: 32, validationSplit: 0.2, testSplit: 0.2, seed: 42 },
      callbacks: [
        { id: 'cb1', type: 'EarlyStopping', params: { monitor: 'val_accuracy', patience: 3, restoreBestWeights: true, verbose: 1 } },
        { id: 'cb2', type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:02d}-{val_accuracy:.3f}.keras', monitor: 'val_accuracy', saveBestOnly: true, verbose: 1 } },
      ],
    },
  },
  {
    id: 'mnist-plateau',
    title: 'ReduceLROnPlateau rescues a rate too high',
    teaches:
      'The same CNN with Adam at 0.03, ten times too high: val_loss jumps about and val_accuracy stalls below 0.9. ReduceLROnPlateau cuts the rate by 5 the first epoch val_loss does not improve, and again: the curve settles and val_accuracy climbs past 0.9. Remove the callback and train again to see the difference.',
    config: {
      dataset: { kind: 'mnist', size: 2000 },
      model: {
        layers: [
          { type: 'Conv2D', filters: 8, kernelSize: 3, activation: 'relu' },
          { type: 'MaxPooling2D', poolSize: 2 },
          { type: 'Conv2D', filters: 16, kernelSize: 3, activation: 'relu' },
          { type: 'MaxPooling2D', poolSize: 2 },
          { type: 'Flatten' },
          { type: 'Dense', units: 64, activation: 'relu' },
        ],
      },
      optimizer: { kind: 'adam', learningRate: 0.03 },
      fit: { epochs: 12, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [{ id: 'cb1', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.2, patience: 1, minLr: 0.0001, verbose: 1 } }],
    },
  },
  {
    id: 'full-stack',
    title: 'A full stack working together',
    teaches: 'Plateau cuts, the best checkpoints, a NaN guard and an early stop in one run, in the order Keras runs them.',
    config: {
      dataset: { kind: 'spiral', size: 500, noise: 0.15 },
      optimizer: { kind: 'adam', learningRate: 0.03 },
      fit: { epochs: 150, batchSize: 32, validationSplit: 0.2, seed: 42 },
      callbacks: [
        { id: 'cb1', type: 'TerminateOnNaN', params: {} },
        { id: 'cb2', type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 4, minLr: 0.0001, verbose: 1 } },
        { id: 'cb3', type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:03d}.keras', saveBestOnly: true, verbose: 1 } },
        { id: 'cb4', type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 12, restoreBestWeights: true, verbose: 1 } },
      ],
    },
  },
];
