import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallbackEvent } from '../../callbacks';
import { MemoryCheckpointSink } from '../checkpointSink';
import { prepareRun } from '../prepareRun';
import { RunControl } from '../runControl';
import { train, type Predictor } from '../trainer';
import { immediateClock, testConfig, useCpuBackend } from '../trainerTestKit';
import type { BoundaryFrame } from '../boundaryProtocol';
import { boundaryData } from './boundaryGrid';
import { BoundaryProbe } from './boundaryProbe';

beforeAll(useCpuBackend);

const PREDICT_COUNTER = `class PredictCounter extends Callback {
  onPredictBegin() { this.batches = 0; }
  onPredictBatchEnd(batch) { this.batches += 1; }
  onPredictEnd() { this.log('predict_batches', this.batches); }
}`;

async function trainWithProbe(epochs: number, intervalMs: number) {
  const config = testConfig({
    fit: { epochs, batchSize: 32, validationSplit: 0.25, seed: 7 },
    callbacks: [{ type: 'CustomCallback', params: { source: PREDICT_COUNTER } }],
  });
  const before = tf.memory().numTensors;
  const prepared = prepareRun(config);
  const data = boundaryData(prepared.data, 40);
  const frames: BoundaryFrame[] = [];
  const events: CallbackEvent[] = [];
  let now = 0;
  const probe = new BoundaryProbe(data, (frame) => frames.push(frame), () => (now += 100), intervalMs);
  const result = await train({
    config,
    ...prepared,
    sink: new MemoryCheckpointSink(),
    control: new RunControl(),
    clock: immediateClock,
    probe,
    listener: { onEvent: (event) => events.push(event) },
  });
  prepared.compiled.dispose();
  const leaked = tf.memory().numTensors - before;
  return { result, frames, events, leaked };
}

describe('the decision boundary during training', () => {
  it('predicts the grid between epochs through the predict hooks, which a custom callback sees, without leaking tensors', async () => {
    const { result, frames, events, leaked } = await trainWithProbe(3, 0);
    expect(result.failure).toBeNull();
    // After each of the 3 epochs, and once more after onTrainEnd.
    expect(frames.map((frame) => frame.epoch)).toEqual([0, 1, 2, 2]);
    for (const frame of frames) {
      expect(frame.values).toHaveLength(40 * 40);
      expect(frame.values.every((p) => p >= 0 && p <= 1)).toBe(true);
    }
    // The custom callback's onPredictEnd ran during training, once per grid, and saw 1600 / 512 → 4 batches.
    const logged = events.filter((event) => event.kind === 'custom_value');
    expect(logged.map((event) => event.value)).toEqual([4, 4, 4, 4]);
    expect(leaked).toBe(0);
  });

  it('costs the loop no read of its own: a grid between epochs rides in the next read the loop makes', async () => {
    const reads = vi.spyOn(tf.Tensor.prototype, 'data');
    const { frames } = await trainWithProbe(3, 0);
    const count = reads.mock.calls.length;
    reads.mockRestore();
    expect(frames).toHaveLength(4);
    // No batch hook: the loop reads once an epoch, and the grids of epochs 0 and 1 ride in the next epoch's read.
    // After onTrainEnd, the last grid and the held-out test set are read once each.
    expect(count).toBe(3 + 1 + 1);
  });

  it('predicts at most once per interval, and always at the end', async () => {
    // The fake clock moves 100 ms per reading (two a grid, one a skipped epoch): 250 ms apart means epochs 0, 3, and the last.
    const { frames } = await trainWithProbe(6, 250);
    expect(frames.map((frame) => frame.epoch)).toEqual([0, 3, 5]);
  });

  it('reports what the predictor returns', async () => {
    const data = boundaryData(prepareRun(testConfig({})).data, 4);
    const frames: BoundaryFrame[] = [];
    const predictor: Predictor = (x, rows) => Promise.resolve(new Float32Array(rows).fill(x.length / rows));
    await new BoundaryProbe(data, (frame) => frames.push(frame)).afterTrain(9, predictor);
    expect(frames).toEqual([{ epoch: 9, values: new Float32Array(16).fill(2) }]);
  });
});
