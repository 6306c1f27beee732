import { describe, expect, it } from 'vitest';
import { simulate } from '../../callbacks';
import { runConfigSchema } from '../../config/runConfig';
import { loggedMetrics, recordedLrCurve, replayOf, runReplayInput } from './runReplay';

const plateauThenWorse = [1.0, 0.8, 0.7, 0.71, 0.72, 0.73, 0.74, 0.75].map((val_loss, epoch) => ({ epoch, logs: { loss: val_loss, val_loss, accuracy: 0.5, learning_rate: 0.01 }, lrDuring: 0.01 }));

describe('a kept run replayed under the current stack', () => {
  it('says where the stack would have stopped and which checkpoints it would have kept', () => {
    const stack = runConfigSchema.parse({
      optimizer: { kind: 'adam', learningRate: 0.01 },
      callbacks: [
        { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 3 } },
        { type: 'ModelCheckpoint', params: { filepath: 'best-{epoch:02d}.keras', saveBestOnly: true } },
      ],
    });
    const replay = replayOf('my run', plateauThenWorse, stack, simulate(runReplayInput(plateauThenWorse, stack)));
    expect(replay.label).toMatch(/^Replay \(no training\)/);
    expect(replay.stoppedAfter).toEqual({ epoch: 6, by: 'EarlyStopping' });
    expect(replay.checkpoints.map((checkpoint) => checkpoint.name)).toEqual(['best-01.keras', 'best-02.keras', 'best-03.keras']);
    expect(replay.epochsRun).toBe(6);
    expect(replay.recordedLr[0]).toEqual({ x: 1, lr: 0.01 });
  });

  it('leaves out the learning_rate the run logged, and reads metric directions from their names', () => {
    const input = runReplayInput(plateauThenWorse, runConfigSchema.parse({}));
    expect(input.epochs[0]).toEqual({ loss: 1, val_loss: 1, accuracy: 0.5 });
    expect(loggedMetrics([{ logs: { loss: 1, mae: 2, val_mae: 2, binary_accuracy: 0.4 } }])).toEqual([
      { name: 'mae', direction: 'down' },
      { name: 'binary_accuracy', direction: 'up' },
    ]);
  });

  it('draws no recorded rate when the run did not log one', () => {
    expect(recordedLrCurve([{ lrDuring: Number.NaN }])).toEqual([]);
  });
});
