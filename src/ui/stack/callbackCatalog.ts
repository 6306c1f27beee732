/**
 * What the stack editor knows about each callback type: a one-line summary,
 * the Keras docs page, and each parameter's control, Keras default and help
 * in our own words. Names are Keras's, in camelCase, as the schema has them.
 */
import type { CallbackTypeName } from '../../config/callbackSchemas';
import { CUSTOM_CALLBACK_TEMPLATE } from '../code/customCallbackPresets';
import { SCHEDULE_PRESETS } from '../code/schedulePresets';

export type ParamControl =
  | { kind: 'number'; step?: number }
  | { kind: 'integer' }
  | { kind: 'nullableNumber' }
  | { kind: 'boolean' }
  | { kind: 'mode' }
  | { kind: 'monitor' }
  | { kind: 'verbose' }
  | { kind: 'text' }
  | { kind: 'saveFreq' }
  /** A list of numbers typed with commas: LRCoach's factors. */
  | { kind: 'numberList' }
  /** `hook`: one of LambdaCallback's functions, optional (left out when empty). */
  | { kind: 'code'; language: 'schedule' | 'callback' | 'hook' };

export interface ParamInfo {
  name: string;
  control: ParamControl;
  /** Keras's default, as Keras writes it (`None`, `"auto"`, `1e-4`). */
  kerasDefault: string;
  help: string;
}

export interface CallbackInfo {
  type: CallbackTypeName;
  title: string;
  summary: string;
  docsUrl: string;
  params: ParamInfo[];
  /** How many of `params` are shown at once; the rest sit under "More parameters". */
  primary: number;
  /** Values a newly added entry starts with: only what Keras requires. */
  initialParams: () => Record<string, unknown>;
  /** Plateau's own callback (not in Keras): its docs and defaults are Plateau's. */
  plateauOwn?: boolean;
}

const docs = (page: string) => `https://keras.io/api/callbacks/${page}/`;

const monitorParam: ParamInfo = {
  name: 'monitor',
  control: { kind: 'monitor' },
  kerasDefault: '"val_loss"',
  help: 'The logged quantity this callback watches.',
};
const modeParam = (what: string): ParamInfo => ({
  name: 'mode',
  control: { kind: 'mode' },
  kerasDefault: '"auto"',
  help: `Whether ${what} a lower (min) or higher (max) value; auto works it out from the metric.`,
});
/** Keras's LambdaCallback takes these six; `onBatch*` are the training batches. */
const lambdaHook = (name: string, signature: string, when: string): ParamInfo => ({
  name,
  control: { kind: 'code', language: 'hook' },
  kerasDefault: 'None',
  help: `${signature} => { … }, called ${when}. Leave empty for none.`,
});

const verboseParam: ParamInfo = { name: 'verbose', control: { kind: 'verbose' }, kerasDefault: '0', help: '1 prints a message to the run log when it acts.' };

export const CALLBACK_CATALOG: Record<CallbackTypeName, CallbackInfo> = {
  ReduceLROnPlateau: {
    type: 'ReduceLROnPlateau',
    title: 'ReduceLROnPlateau',
    summary: 'Cuts the learning rate when the monitored metric stops improving.',
    docsUrl: docs('reduce_lr_on_plateau'),
    primary: 3,
    initialParams: () => ({}),
    params: [
      monitorParam,
      { name: 'factor', control: { kind: 'number', step: 0.05 }, kerasDefault: '0.1', help: 'New rate = rate × factor. Must be below 1.' },
      { name: 'patience', control: { kind: 'integer' }, kerasDefault: '10', help: 'Epochs without improvement before the rate is cut.' },
      modeParam('improvement means'),
      { name: 'minDelta', control: { kind: 'number', step: 0.0001 }, kerasDefault: '1e-4', help: 'A change smaller than this does not count as improvement.' },
      { name: 'cooldown', control: { kind: 'integer' }, kerasDefault: '0', help: 'Epochs to wait after a cut before counting patience again.' },
      { name: 'minLr', control: { kind: 'number', step: 0.0001 }, kerasDefault: '0.0', help: 'The rate is never cut below this.' },
      verboseParam,
    ],
  },
  EarlyStopping: {
    type: 'EarlyStopping',
    title: 'EarlyStopping',
    summary: 'Stops training when the monitored metric stops improving.',
    docsUrl: docs('early_stopping'),
    primary: 3,
    initialParams: () => ({}),
    params: [
      monitorParam,
      { name: 'patience', control: { kind: 'integer' }, kerasDefault: '0', help: 'Epochs without improvement before training stops.' },
      { name: 'restoreBestWeights', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'At the end, put back the weights of the best epoch (even without an early stop).' },
      { name: 'minDelta', control: { kind: 'number', step: 0.001 }, kerasDefault: '0', help: 'A change smaller than this does not count as improvement.' },
      modeParam('improvement means'),
      { name: 'baseline', control: { kind: 'nullableNumber' }, kerasDefault: 'None', help: 'Stop unless the metric beats this value within patience epochs.' },
      { name: 'startFromEpoch', control: { kind: 'integer' }, kerasDefault: '0', help: 'Warm-up epochs during which no improvement is expected.' },
      verboseParam,
    ],
  },
  ModelCheckpoint: {
    type: 'ModelCheckpoint',
    title: 'ModelCheckpoint',
    summary: 'Saves the model (or only its weights) as training goes.',
    docsUrl: docs('model_checkpoint'),
    primary: 3,
    initialParams: () => ({ filepath: 'best-{epoch:03d}-{val_loss:.4f}.keras', saveBestOnly: true }),
    params: [
      { name: 'filepath', control: { kind: 'text' }, kerasDefault: '(required)', help: 'File name template: {epoch:03d} and log keys such as {val_loss:.4f}. Ends in .keras or .weights.h5.' },
      monitorParam,
      { name: 'saveBestOnly', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'Save only when the monitored metric improves.' },
      { name: 'saveWeightsOnly', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'Save weights without the model config (filepath must end in .weights.h5).' },
      modeParam('a better model has'),
      { name: 'saveFreq', control: { kind: 'saveFreq' }, kerasDefault: '"epoch"', help: '"epoch" saves after each epoch; a number saves every that many batches.' },
      { name: 'initialValueThreshold', control: { kind: 'nullableNumber' }, kerasDefault: 'None', help: 'With saveBestOnly, the value the first save must beat.' },
      verboseParam,
    ],
  },
  LearningRateScheduler: {
    type: 'LearningRateScheduler',
    title: 'LearningRateScheduler',
    summary: 'Sets the learning rate at the start of every epoch from your function.',
    docsUrl: docs('learning_rate_scheduler'),
    primary: 1,
    initialParams: () => ({ schedule: SCHEDULE_PRESETS[0]?.source ?? '(epoch, lr) => lr' }),
    params: [
      { name: 'schedule', control: { kind: 'code', language: 'schedule' }, kerasDefault: '(required)', help: 'A function (epoch, lr) => newLr; epoch counts from 0, lr is the current rate.' },
      verboseParam,
    ],
  },
  TerminateOnNaN: {
    type: 'TerminateOnNaN',
    title: 'TerminateOnNaN',
    summary: 'Stops training at the first batch whose loss is NaN or infinite.',
    docsUrl: docs('terminate_on_nan'),
    primary: 1,
    initialParams: () => ({}),
    params: [{ name: 'raiseError', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'Fail the run with an error instead of stopping quietly.' }],
  },
  CSVLogger: {
    type: 'CSVLogger',
    title: 'CSVLogger',
    summary: 'Writes every epoch’s logs as a row of a CSV file.',
    docsUrl: docs('csv_logger'),
    primary: 1,
    initialParams: () => ({ filename: 'training.csv' }),
    params: [
      { name: 'filename', control: { kind: 'text' }, kerasDefault: '(required)', help: 'Name of the CSV file to write.' },
      { name: 'separator', control: { kind: 'text' }, kerasDefault: '","', help: 'The one character between columns.' },
      { name: 'append', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'Add to an existing file instead of starting a new one.' },
    ],
  },
  LambdaCallback: {
    type: 'LambdaCallback',
    title: 'LambdaCallback',
    summary: 'Quick one-off hooks, each a function.',
    docsUrl: docs('lambda_callback'),
    primary: 2,
    initialParams: () => ({ onEpochEnd: '(epoch, logs) => {}' }),
    params: [
      lambdaHook('onEpochEnd', '(epoch, logs)', 'after each epoch with its logs'),
      lambdaHook('onEpochBegin', '(epoch, logs)', 'before each epoch'),
      lambdaHook('onTrainBegin', '(logs)', 'once, before training'),
      lambdaHook('onTrainEnd', '(logs)', 'once, after training'),
      lambdaHook('onBatchBegin', '(batch, logs)', 'before each training batch'),
      lambdaHook('onBatchEnd', '(batch, logs)', 'after each training batch, with its running logs'),
    ],
  },
  SwapEMAWeights: {
    type: 'SwapEMAWeights',
    title: 'SwapEMAWeights',
    summary: 'Validates (and, with swap_on_epoch, checkpoints) on the optimizer’s EMA weights; needs use_ema on the optimizer.',
    docsUrl: docs('swap_ema_weights'),
    primary: 1,
    initialParams: () => ({}),
    params: [
      {
        name: 'swapOnEpoch',
        control: { kind: 'boolean' },
        kerasDefault: 'False',
        help: 'Keep the EMA weights in the model from each epoch’s end to the next epoch’s start, so callbacks after this one (ModelCheckpoint) see them.',
      },
    ],
  },
  BackupAndRestore: {
    type: 'BackupAndRestore',
    title: 'BackupAndRestore',
    summary: 'Backs training up in the browser; after a closed tab, Train with the same stack resumes from the backup.',
    docsUrl: docs('backup_and_restore'),
    primary: 2,
    initialParams: () => ({ backupDir: 'backup' }),
    params: [
      { name: 'backupDir', control: { kind: 'text' }, kerasDefault: '(required)', help: 'Where the backup lives (here: a name in the browser’s storage). Another run with the same name resumes from it.' },
      { name: 'saveFreq', control: { kind: 'saveFreq' }, kerasDefault: '"epoch"', help: 'Back up at each epoch’s end, or every N batches (a backup within an epoch resumes at that epoch’s start).' },
      { name: 'doubleCheckpoint', control: { kind: 'boolean' }, kerasDefault: 'False', help: 'Keep the previous backup too, restored when the newest is damaged.' },
      { name: 'deleteCheckpoint', control: { kind: 'boolean' }, kerasDefault: 'True', help: 'Remove the backup when training ends (a run you stop keeps it, as an interrupted fit does).' },
    ],
  },
  LRCoach: {
    type: 'LRCoach',
    title: 'LRCoach (Plateau)',
    summary: 'Plateau’s own: learns, across runs, when raising or lowering the rate pays off, and acts on it.',
    docsUrl: 'lr-coach.html',
    plateauOwn: true,
    primary: 3,
    initialParams: () => ({}),
    params: [
      { name: 'every', control: { kind: 'saveFreq' }, kerasDefault: '"epoch"', help: '"epoch" decides at each epoch’s end; a number decides every that many batches (judged on the training loss).' },
      { name: 'horizon', control: { kind: 'integer' }, kerasDefault: '3', help: 'Decisions between an action and the change in val_loss it is judged on (1 or more).' },
      { name: 'remember', control: { kind: 'boolean' }, kerasDefault: 'True', help: 'Start from what earlier runs of this task kind taught it (kept in this browser), and add this run to it.' },
      { name: 'actions', control: { kind: 'numberList' }, kerasDefault: '0.5, 0.8, 1, 1.25, 2', help: 'The factors it may multiply the rate by; 1 (keep) must be among them.' },
      { name: 'minLr', control: { kind: 'nullableNumber' }, kerasDefault: 'None', help: 'Lower end of the rate’s band; None: a tenth of the starting rate.' },
      { name: 'maxLr', control: { kind: 'nullableNumber' }, kerasDefault: 'None', help: 'Upper end of the band; None: ten times the starting rate.' },
      monitorParam,
      { name: 'seed', control: { kind: 'integer' }, kerasDefault: '0', help: 'Seeds its Thompson sampling: the same seed makes the same choices from the same losses.' },
      verboseParam,
    ],
  },
  CustomCallback: {
    type: 'CustomCallback',
    title: 'Custom callback',
    summary: 'Your own class extending Callback, with any of the 14 hooks.',
    docsUrl: docs('base_callback'),
    primary: 1,
    initialParams: () => ({ source: CUSTOM_CALLBACK_TEMPLATE }),
    params: [
      { name: 'source', control: { kind: 'code', language: 'callback' }, kerasDefault: '(required)', help: 'class MyCallback extends Callback { … } — runs only in the training worker.' },
    ],
  },
};

/** The palette, in the order a learner meets them. */
export const PALETTE_TYPES: readonly CallbackTypeName[] = [
  'ReduceLROnPlateau',
  'EarlyStopping',
  'LearningRateScheduler',
  'TerminateOnNaN',
  'ModelCheckpoint',
  'CSVLogger',
  'SwapEMAWeights',
  'BackupAndRestore',
  'LRCoach',
  'CustomCallback',
  'LambdaCallback',
];
