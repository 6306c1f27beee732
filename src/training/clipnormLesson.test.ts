import { beforeAll, expect, test } from 'vitest';
import { PRESETS } from '../config/presets';
import { runConfigSchema } from '../config/runConfig';
import { MemoryCheckpointSink } from './checkpointSink';
import { prepareRun } from './prepareRun';
import { RunControl } from './runControl';
import { train } from './trainer';
import { immediateClock, useCpuBackend } from './trainerTestKit';

beforeAll(useCpuBackend);

async function trainPreset(id: string) {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const config = runConfigSchema.parse(preset.config);
  const prepared = prepareRun(config);
  const result = await train({ config, ...prepared, sink: new MemoryCheckpointSink(), control: new RunControl(), clock: immediateClock });
  prepared.compiled.dispose();
  return result;
}

test('the NaN lesson diverges at SGD rate 2, and clipnorm=1.0 on the same rate keeps every loss finite', async () => {
  const diverging = await trainPreset('nan-caught');
  expect(diverging.stopped?.by).toBe('TerminateOnNaN');

  const clipped = await trainPreset('nan-clipped');
  expect(clipped.failure).toBeNull();
  expect(clipped.stopped).toBeNull();
  expect(clipped.epochsRun).toBe(30);
  expect(clipped.history['loss']?.every(Number.isFinite)).toBe(true);
});
