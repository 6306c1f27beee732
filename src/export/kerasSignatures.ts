/**
 * Keras 3's callback constructors as Plateau's stack entries map onto them:
 * each parameter's Python name, its place in the signature (for positional
 * arguments) and the kind of Python literal it takes. The exporter and the
 * importer both read this one table. Signatures from
 * `keras/src/callbacks/*.py` (Keras 3.16).
 */
import type { CallbackTypeName } from '../config/callbackSchemas';
import type { HookName } from '../callbacks';

export type ParamKind = 'str' | 'int' | 'float' | 'optionalFloat' | 'bool' | 'saveFreq' | 'code' | 'intList' | 'floatList';

export interface KerasParam {
  /** Plateau's camelCase name. */
  name: string;
  python: string;
  kind: ParamKind;
}

export interface KerasSignature {
  /** The class in `keras.callbacks`, or null for a user-written class. */
  keras: string | null;
  /** In Keras's order; the ones a call may give positionally come first. */
  params: readonly KerasParam[];
}

const p = (name: string, python: string, kind: ParamKind): KerasParam => ({ name, python, kind });

type LambdaHook = HookName | 'onBatchBegin' | 'onBatchEnd';

/** LambdaCallback's named hooks come first, in its signature's order; the rest are keyword-only (`**kwargs`). */
const LAMBDA_HOOKS: readonly LambdaHook[] = [
  'onEpochBegin', 'onEpochEnd', 'onTrainBegin', 'onTrainEnd', 'onTrainBatchBegin', 'onTrainBatchEnd',
  'onBatchBegin', 'onBatchEnd', 'onTestBegin', 'onTestEnd', 'onPredictBegin', 'onPredictEnd',
  'onTestBatchBegin', 'onTestBatchEnd', 'onPredictBatchBegin', 'onPredictBatchEnd',
];
export const LAMBDA_POSITIONAL_HOOKS = 6;

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export const KERAS_SIGNATURES: Record<CallbackTypeName, KerasSignature> = {
  ReduceLROnPlateau: {
    keras: 'ReduceLROnPlateau',
    params: [
      p('monitor', 'monitor', 'str'), p('factor', 'factor', 'float'), p('patience', 'patience', 'int'), p('verbose', 'verbose', 'int'),
      p('mode', 'mode', 'str'), p('minDelta', 'min_delta', 'float'), p('cooldown', 'cooldown', 'int'), p('minLr', 'min_lr', 'float'),
    ],
  },
  EarlyStopping: {
    keras: 'EarlyStopping',
    params: [
      p('monitor', 'monitor', 'str'), p('minDelta', 'min_delta', 'float'), p('patience', 'patience', 'int'), p('verbose', 'verbose', 'int'),
      p('mode', 'mode', 'str'), p('baseline', 'baseline', 'optionalFloat'), p('restoreBestWeights', 'restore_best_weights', 'bool'),
      p('startFromEpoch', 'start_from_epoch', 'int'),
    ],
  },
  TerminateOnNaN: { keras: 'TerminateOnNaN', params: [p('raiseError', 'raise_error', 'bool')] },
  ModelCheckpoint: {
    keras: 'ModelCheckpoint',
    params: [
      p('filepath', 'filepath', 'str'), p('monitor', 'monitor', 'str'), p('verbose', 'verbose', 'int'), p('saveBestOnly', 'save_best_only', 'bool'),
      p('saveWeightsOnly', 'save_weights_only', 'bool'), p('mode', 'mode', 'str'), p('saveFreq', 'save_freq', 'saveFreq'),
      p('initialValueThreshold', 'initial_value_threshold', 'optionalFloat'),
    ],
  },
  LearningRateScheduler: { keras: 'LearningRateScheduler', params: [p('schedule', 'schedule', 'code'), p('verbose', 'verbose', 'int')] },
  CSVLogger: { keras: 'CSVLogger', params: [p('filename', 'filename', 'str'), p('separator', 'separator', 'str'), p('append', 'append', 'bool')] },
  LambdaCallback: { keras: 'LambdaCallback', params: LAMBDA_HOOKS.map((hook) => p(hook, snakeCase(hook), 'code')) },
  CustomCallback: { keras: null, params: [p('source', 'source', 'code')] },
  SwapEMAWeights: { keras: 'SwapEMAWeights', params: [p('swapOnEpoch', 'swap_on_epoch', 'bool')] },
  BackupAndRestore: {
    keras: 'BackupAndRestore',
    params: [
      p('backupDir', 'backup_dir', 'str'), p('saveFreq', 'save_freq', 'saveFreq'), p('doubleCheckpoint', 'double_checkpoint', 'bool'),
      p('deleteCheckpoint', 'delete_checkpoint', 'bool'),
    ],
  },
  // Plateau's own: the export writes its class into the script (kerasLrCoach.ts).
  LRCoach: {
    keras: null,
    params: [
      p('every', 'every', 'saveFreq'), p('actions', 'actions', 'floatList'), p('minLr', 'min_lr', 'optionalFloat'), p('maxLr', 'max_lr', 'optionalFloat'),
      p('horizon', 'horizon', 'int'), p('remember', 'remember', 'bool'), p('monitor', 'monitor', 'str'), p('seed', 'seed', 'int'), p('verbose', 'verbose', 'int'),
    ],
  },
};

/** How many parameters a call may give by position (Keras's `**kwargs` hooks of LambdaCallback are keyword-only). */
export function positionalCount(type: CallbackTypeName): number {
  return type === 'LambdaCallback' ? LAMBDA_POSITIONAL_HOOKS : KERAS_SIGNATURES[type].params.length;
}

/** The arguments Keras passes to a hook, as Python parameters. */
export function hookParameters(hook: string): string {
  if (/^on(Train|Test|Predict)?(Begin|End)$/.test(hook)) return 'logs=None';
  if (hook.startsWith('onEpoch')) return 'epoch, logs=None';
  return 'batch, logs=None';
}
