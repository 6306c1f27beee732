import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { shouldValidate } from './validationFreq';

describe('validation_freq (Trainer._should_eval)', () => {
  it.each<[number | number[], number[]]>([
    [1, [0, 1, 2, 3, 4, 5]],
    [2, [1, 3, 5]],
    [4, [3]],
    [[1, 2, 10], [0, 1]],
  ])('validation_freq=%j validates after the 0-based epochs %j of six', (freq, epochs) => {
    expect([0, 1, 2, 3, 4, 5].filter((epoch) => shouldValidate(epoch, freq))).toEqual(epochs);
  });

  it('in simulate, callbacks see val_ logs only on the epochs fit validates, and warn on the others as Keras does', () => {
    const run = simulate({
      initialLr: 0.1,
      validationFreq: 2,
      callbacks: [
        { type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 1 } },
        { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', patience: 0 } },
      ],
      epochs: [0.9, 0.8, 0.7, 0.85, 0.6, 0.9].map((loss) => ({ loss, val_loss: loss + 0.1 })),
    });
    // History keeps a key's values as they came, as Keras's does: two validations.
    expect(run.history['val_loss']).toEqual([0.9, 0.95]);
    expect(run.warnings.map((warning) => [warning.callback, warning.epoch])).toEqual([
      ['EarlyStopping', 0],
      ['ReduceLROnPlateau', 0],
      ['EarlyStopping', 2],
      ['ReduceLROnPlateau', 2],
    ]);
    expect(run.warnings[1]?.message).toBe(
      'Learning rate reduction is conditioned on metric `val_loss` which is not available. Available metrics are: loss,learning_rate.',
    );
    // val_loss seen at epochs 1 (0.9) and 3 (0.95, worse): patience 1 stops after epoch 3.
    expect(run.stopped).toEqual({ epoch: 3, batch: null, by: 'EarlyStopping' });
  });
});
