/**
 * Setups that exercise every part of a RunConfig: every callback type, every
 * dataset kind and optimizer, user code with unicode. Shared by the
 * share-link, JSON file and Keras export/import tests.
 */
import { runConfigSchema, type RunConfig } from '../runConfig';

export const SCHEDULES = {
  stepThenDecay: '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)',
  halveEvery10: '(epoch) => 0.01 * Math.pow(0.5, Math.floor((1 + epoch) / 10))',
  cosine: '(epoch, lr) => 0.001 + 0.5 * (0.01 - 0.001) * (1 + Math.cos(Math.PI * epoch / 50))',
  blockWithIfs: 'function (epoch, lr) {\n  if (epoch < 5) return lr;\n  if (epoch >= 20 && lr > 1e-4) { return lr / 2; }\n  return Math.max(lr * 0.9, 1e-5);\n}',
  lookupTable: '(epoch, lr) => {\n  const table = [0.1, 0.05, 0.01];\n  return table[epoch] ?? lr; // 学习率 🚀\n}',
} as const;

const CUSTOM_CALLBACK = `class StopWhenGood extends Callback {
  // Arrête quand la perte est assez basse — «bien» 👍
  onEpochEnd(epoch, logs) {
    if (logs.loss < 0.05) this.model.stopTraining = true;
    this.log('δ', logs.val_loss - logs.loss);
  }
}`;

/** One entry of every callback type, with parameters of every kind. */
const everyCallback = runConfigSchema.parse({
  callbacks: [
    { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.2, patience: 5, minLr: 0.001, minDelta: 1e-5, cooldown: 2, mode: 'min', verbose: 1 } },
    { type: 'EarlyStopping', params: { monitor: 'val_accuracy', minDelta: 0, patience: 8, mode: 'max', baseline: null, restoreBestWeights: true, startFromEpoch: 3 } },
    { type: 'TerminateOnNaN' },
    { type: 'TerminateOnNaN', params: { raiseError: true } },
    { type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:03d}-{val_loss:.4f}.keras', saveBestOnly: true, saveFreq: 'epoch', initialValueThreshold: 0.9 } },
    { type: 'ModelCheckpoint', params: { filepath: "it's.weights.h5", saveWeightsOnly: true, saveFreq: 25, monitor: 'loss', mode: 'min' } },
    { type: 'LearningRateScheduler', params: { schedule: SCHEDULES.stepThenDecay, verbose: 1 } },
    { type: 'CSVLogger', params: { filename: 'training "log".csv', separator: ';', append: true } },
    { type: 'LambdaCallback', params: { onEpochEnd: '(epoch, logs) => console.log(`époque ${epoch}`, logs.loss)', onTrainBegin: '(logs) => {}' } },
    { type: 'CustomCallback', params: { source: CUSTOM_CALLBACK } },
  ],
});

export const SAMPLE_CONFIGS: Record<string, RunConfig> = {
  default: runConfigSchema.parse({}),
  everyCallback,
  fitArguments: runConfigSchema.parse({
    dataset: { kind: 'circles', size: 300, noise: 0.1 },
    fit: { epochs: 12, verbose: 0, validationFreq: [1, 6, 12], initialEpoch: 2, shuffle: false, classWeight: { '0': 1, '1': 2.5 } },
  }),
  circlesDeepSgd: runConfigSchema.parse({
    dataset: { kind: 'circles', size: 800, noise: 0.25 },
    model: { hiddenLayers: [{ units: 32, activation: 'tanh', dropout: 0.2 }, { units: 16, activation: 'elu' }, { units: 8, activation: 'selu', dropout: 0.5 }] },
    optimizer: { kind: 'sgd', learningRate: 0.1, momentum: 0.9 },
    fit: { epochs: 200, batchSize: 16, validationSplit: 0.3, seed: 7 },
    callbacks: [{ type: 'EarlyStopping', params: { patience: 20, restoreBestWeights: true }, id: 'es-1', enabled: true }],
  }),
  sineWithSchedules: runConfigSchema.parse({
    dataset: { kind: 'sine', size: 400, noise: 0.05 },
    model: { hiddenLayers: [{ units: 64, activation: 'tanh' }, { units: 64, activation: 'linear' }] },
    fit: { epochs: 100 },
    callbacks: [
      { type: 'LearningRateScheduler', params: { schedule: SCHEDULES.halveEvery10 } },
      { type: 'LearningRateScheduler', params: { schedule: SCHEDULES.cosine }, enabled: false },
      { type: 'LearningRateScheduler', params: { schedule: SCHEDULES.blockWithIfs } },
      { type: 'LearningRateScheduler', params: { schedule: SCHEDULES.lookupTable } },
    ],
  }),
  irisRmsprop: runConfigSchema.parse({
    dataset: { kind: 'iris' },
    optimizer: { kind: 'rmsprop', learningRate: 0.001 },
    fit: { validationSplit: 0, batchSize: 8 },
    callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'loss', factor: 0.5, patience: 3 } }],
  }),
  wagesNoHidden: runConfigSchema.parse({
    dataset: { kind: 'wages' },
    model: { hiddenLayers: [] },
    optimizer: { kind: 'adagrad', learningRate: 0.05 },
    callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'wages.h5' } }],
  }),
  csvText: runConfigSchema.parse({
    dataset: {
      kind: 'csv',
      name: 'fleurs — été.csv',
      // A byte-order mark, CRLF, a quoted header, a text feature, a missing value (NA) and a blank line.
      text: `\uFEFFa;b;"c; d";couleur;label\r\n${Array.from({ length: 14 }, (_, i) => `${i};${i === 3 ? 'NA' : i * 2};${i % 3};${['rouge', 'vert', 'bleu'][i % 3]};${i % 2 ? 'oui' : 'non'}`).join('\r\n')}\r\n\r\n`,
      target: 'label',
      features: ['a', 'b', 'couleur'],
      task: 'classification',
    },
    fit: { epochs: 5, seed: 0 },
  }),
  mnistMlp: runConfigSchema.parse({ dataset: { kind: 'mnist', size: 1000 }, fit: { epochs: 3 } }),
  mnistCnn: runConfigSchema.parse({
    dataset: { kind: 'mnist', size: 2000 },
    model: {
      layers: [
        { type: 'Conv2D', filters: 8, kernelSize: 3, activation: 'relu' },
        { type: 'MaxPooling2D' },
        { type: 'Conv2D', filters: 16, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' },
        { type: 'Flatten' },
        { type: 'Dropout', rate: 0.25 },
        { type: 'Dense', units: 32, activation: 'relu' },
      ],
    },
    fit: { epochs: 4 },
  }),
  xorAndGaussian: runConfigSchema.parse({ dataset: { kind: 'xor', size: 20, noise: 0 }, optimizer: { learningRate: 3e-4 } }),
  gaussian: runConfigSchema.parse({ dataset: { kind: 'gaussian', size: 20_000, noise: 1 }, fit: { epochs: 10_000, batchSize: 4096 } }),
  cosineWarmup: runConfigSchema.parse({
    optimizer: { kind: 'sgd', momentum: 0.9, schedule: { kind: 'CosineDecay', params: { initialLearningRate: 0, decaySteps: 1000, alpha: 0.1, warmupTarget: 0.05, warmupSteps: 100 } } },
    callbacks: [{ type: 'EarlyStopping', params: { patience: 5 } }],
  }),
  oneCycle: runConfigSchema.parse({ optimizer: { schedule: { kind: 'OneCycleLR', params: { maxLr: 0.1, totalSteps: 1000, annealStrategy: 'linear' } } } }),
};

/** Valid parameters for every optimizer schedule kind. */
export const SAMPLE_SCHEDULES = {
  ExponentialDecay: { initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.96, staircase: true },
  PiecewiseConstantDecay: { boundaries: [100, 200], values: [0.1, 0.01, 0.001] },
  PolynomialDecay: { initialLearningRate: 0.1, decaySteps: 1000, endLearningRate: 0.001, power: 2, cycle: true },
  InverseTimeDecay: { initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 },
  CosineDecay: { initialLearningRate: 0, decaySteps: 1000, alpha: 0.1, warmupTarget: null, warmupSteps: 100 },
  CosineDecayRestarts: { initialLearningRate: 0.05, firstDecaySteps: 200, tMul: 2, mMul: 0.9, alpha: 0 },
  OneCycleLR: { maxLr: 0.1, totalSteps: 1000 },
  CyclicLR: { baseLr: 0.001, maxLr: 0.01, stepSizeUp: 200, stepSizeDown: null, mode: 'triangular2' },
} as const;
