/**
 * Builds callbacks from their declarative description (`{type, params}`),
 * the shape the RunConfig, the JSON import and the `simulate` CLI share.
 * User code arrives as JavaScript source and is compiled here.
 */
import { BackupAndRestore, type BackupAndRestoreOptions } from './backupAndRestore';
import type { Callback } from './callback';
import { CSVLogger, type CSVLoggerOptions } from './csvLogger';
import { createCustomCallback } from './customCallback';
import { EarlyStopping, type EarlyStoppingOptions } from './earlyStopping';
import { LambdaCallback, type LambdaHooks } from './lambdaCallback';
import { LearningRateScheduler } from './learningRateScheduler';
import { LRCoach, type LRCoachOptions } from './lrCoach/lrCoach';
import { ModelCheckpoint, type ModelCheckpointOptions } from './modelCheckpoint';
import { ReduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduceLrOnPlateau';
import { SwapEMAWeights, type SwapEMAWeightsOptions } from './swapEmaWeights';
import { TerminateOnNaN, type TerminateOnNaNOptions } from './terminateOnNan';
import type { HookName } from './types';
import { compileFunction, withErrorLines } from './userCode';

export type LambdaHookSources = Partial<Record<HookName | 'onBatchBegin' | 'onBatchEnd', string>>;

export type CallbackSpec =
  | { type: 'ReduceLROnPlateau'; params: ReduceLROnPlateauOptions }
  | { type: 'EarlyStopping'; params: EarlyStoppingOptions }
  | { type: 'TerminateOnNaN'; params: TerminateOnNaNOptions }
  | { type: 'ModelCheckpoint'; params: ModelCheckpointOptions }
  | { type: 'LearningRateScheduler'; params: { schedule: string; verbose?: number } }
  | { type: 'CSVLogger'; params: CSVLoggerOptions }
  | { type: 'LambdaCallback'; params: LambdaHookSources }
  | { type: 'CustomCallback'; params: { source: string } }
  | { type: 'SwapEMAWeights'; params: SwapEMAWeightsOptions }
  | { type: 'BackupAndRestore'; params: BackupAndRestoreOptions }
  | { type: 'LRCoach'; params: LRCoachOptions };

export type CallbackType = CallbackSpec['type'];

/** `label` names the callback's code in error messages and stack traces. */
export function createCallback(spec: CallbackSpec, label: string = spec.type): Callback {
  switch (spec.type) {
    case 'ReduceLROnPlateau':
      return new ReduceLROnPlateau(spec.params);
    case 'EarlyStopping':
      return new EarlyStopping(spec.params);
    case 'TerminateOnNaN':
      return new TerminateOnNaN(spec.params);
    case 'ModelCheckpoint':
      return new ModelCheckpoint(spec.params);
    case 'CSVLogger':
      return new CSVLogger(spec.params);
    case 'LearningRateScheduler': {
      const schedule = withErrorLines(compileFunction(spec.params.schedule, label), label);
      return new LearningRateScheduler({ ...spec.params, schedule });
    }
    case 'LambdaCallback': {
      const hooks: LambdaHooks = {};
      for (const [hook, source] of Object.entries(spec.params) as [keyof LambdaHooks, string | undefined][]) {
        if (source !== undefined) hooks[hook] = withErrorLines(compileFunction(source, `${label}.${hook}`), `${label}.${hook}`);
      }
      return new LambdaCallback(hooks);
    }
    case 'CustomCallback':
      return createCustomCallback(spec.params.source, label);
    case 'SwapEMAWeights':
      return new SwapEMAWeights(spec.params);
    case 'BackupAndRestore':
      return new BackupAndRestore(spec.params);
    case 'LRCoach':
      return new LRCoach(spec.params);
  }
}
