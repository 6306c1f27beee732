import { beforeAll, expect, test } from 'vitest';
import { PRESETS } from '../config/presets';
import { runConfigSchema } from '../config/runConfig';
import { runTraining, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

const lesson = PRESETS.find((preset) => preset.id === 'ema-checkpoints');

async function trainLesson(callbacks: (stack: unknown[]) => unknown[]) {
  if (!lesson) throw new Error('no ema-checkpoints lesson');
  const config = runConfigSchema.parse({ ...lesson.config, callbacks: callbacks(lesson.config.callbacks ?? []) });
  const run = await runTraining(config);
  run.prepared.compiled.dispose();
  return run;
}

test('the EMA lesson: the same training validates differently with SwapEMAWeights, and the checkpoint order decides what is saved', async () => {
  const lessonRun = await trainLesson((stack) => stack);
  const without = await trainLesson((stack) => stack.slice(1));
  const reordered = await trainLesson((stack) => [stack[1], stack[0]]);
  expect(lessonRun.result.failure).toBeNull();
  const series = (run: typeof lessonRun, key: string) => run.epochs.map((epoch) => epoch.logs[key]);
  // The training is the same; what validation sees is not.
  expect(series(lessonRun, 'loss')).toEqual(series(without, 'loss'));
  expect(series(lessonRun, 'val_loss')).not.toEqual(series(without, 'val_loss'));
  expect(series(reordered, 'val_loss')).toEqual(series(lessonRun, 'val_loss'));
  // Before SwapEMAWeights, ModelCheckpoint sees the raw weights at epoch end: other files, other weights.
  const weightsOf = (run: typeof lessonRun) => run.sink.saved.at(-1)?.weights.map((weight) => Array.from(weight.data));
  expect(lessonRun.sink.saved.length).toBeGreaterThan(0);
  expect(weightsOf(reordered)).not.toEqual(weightsOf(lessonRun));
});
