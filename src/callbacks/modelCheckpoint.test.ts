import { describe, expect, it } from 'vitest';
import { ModelCheckpoint } from './modelCheckpoint';
import { simulate } from './simulate';

describe('ModelCheckpoint', () => {
  it.each([
    [{ filepath: 'model.txt' }, 'The filepath provided must end in `.keras` (Keras model format). Received: filepath=model.txt'],
    [{ filepath: '' }, 'The filepath provided must end in `.keras` (Keras model format). Received: filepath='],
    [
      { filepath: 'w.keras', saveWeightsOnly: true },
      'When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided must end in `.weights.h5` (Keras weights format). Received: filepath=w.keras',
    ],
    [{ filepath: 'm.keras', saveFreq: 2.5 }, "Unrecognized save_freq: 2.5. Expected save_freq are 'epoch' or integer values"],
  ])('refuses %j as Keras does', (options, message) => {
    expect(() => new ModelCheckpoint(options)).toThrow(message);
  });

  it('accepts .h5 for whole models', () => {
    expect(() => new ModelCheckpoint({ filepath: 'legacy.h5' })).not.toThrow();
  });

  it('saves only on improvement with saveBestOnly, overwriting one name when the template has no fields', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'best.keras', saveBestOnly: true } }],
      epochs: [1, 0.8, 0.9, 0.7].map((value) => ({ val_loss: value })),
    });
    expect(run.checkpoints.map(({ epoch, name, value }) => [epoch, name, value])).toEqual([
      [0, 'best.keras', 1],
      [1, 'best.keras', 0.8],
      [3, 'best.keras', 0.7],
    ]);
    expect(run.events.filter((event) => event.kind === 'checkpoint_not_improved').map((event) => event.message)).toEqual([
      'Epoch 3: val_loss did not improve from 0.80000',
    ]);
  });

  it('with initialValueThreshold saves only what beats the threshold', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm{epoch}.keras', saveBestOnly: true, initialValueThreshold: 0.75 } }],
      epochs: [1, 0.8, 0.7].map((value) => ({ val_loss: value })),
    });
    expect(run.checkpoints.map((checkpoint) => checkpoint.name)).toEqual(['m3.keras']);
  });

  it('still saves, with a warning, when the monitored value is missing', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm.keras', saveBestOnly: true } }],
      epochs: [{ loss: 1 }],
    });
    expect(run.checkpoints).toHaveLength(1);
    expect(run.warnings[0]?.message).toBe('Can save best model only with val_loss available.');
  });

  it('marks weights-only saves', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'e{epoch:02d}.weights.h5', saveWeightsOnly: true } }],
      epochs: [{ val_loss: 1 }],
    });
    expect(run.checkpoints).toEqual([{ epoch: 0, batch: null, name: 'e01.weights.h5', value: 1, kind: 'weights' }]);
  });

  it('raises Keras\'s KeyError when the template names a key the logs lack', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm-{acc:.2f}.keras' } }],
      epochs: [{ val_loss: 1 }],
    });
    expect(run.error).toMatchObject({
      type: 'KeyError',
      message: `'Failed to format this callback filepath: "m-{acc:.2f}.keras". Reason: \\'acc\\''`,
    });
  });

  it('raises when an epoch-level save uses {batch}', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [{ type: 'ModelCheckpoint', params: { filepath: 'm-{batch}.keras' } }],
      epochs: [{ val_loss: 1 }],
    });
    expect(run.error?.type).toBe('KeyError');
  });
});
