/** A run's end as the page hears it: how it ended, its test score and files, the tensors left, the seconds it took. */
import * as tf from '@tensorflow/tfjs';
import type { RunSummary } from './protocol';

export function runSummary(result: Pick<RunSummary, 'epochsRun' | 'stopped' | 'failure' | 'test' | 'files' | 'fitSeconds'>, startedAt: number): RunSummary {
  return {
    ...(result.fitSeconds === undefined ? {} : { fitSeconds: result.fitSeconds }),
    epochsRun: result.epochsRun,
    stopped: result.stopped,
    failure: result.failure,
    test: result.test,
    files: result.files,
    tensorsAfterRun: tf.memory().numTensors,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
