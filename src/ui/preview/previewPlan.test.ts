import { describe, expect, test } from 'vitest';
import { simulate } from '../../callbacks';
import { runConfigSchema } from '../../config/runConfig';
import { planPreview } from './previewPlan';
import { stepsPerEpoch } from './runShape';
import { typicalLosses } from './typicalLosses';

const config = (raw: Record<string, unknown>) =>
  runConfigSchema.parse({ dataset: { kind: 'spiral', size: 500, noise: 0.1 }, fit: { epochs: 20, batchSize: 32, validationSplit: 0.2, testSplit: 0, seed: 1 }, ...raw });

test('steps per epoch follow Keras validation_split after the test set: 500 rows, 100 held out, batches of 32', () => {
  expect(stepsPerEpoch(config({ fit: { batchSize: 32, validationSplit: 0.2, testSplit: 0 } }))).toBe(13);
  expect(stepsPerEpoch(config({ dataset: { kind: 'iris' }, fit: { batchSize: 10, validationSplit: 0.2, testSplit: 0 } }))).toBe(12);
  // 500 rows: 100 for the test set, 80 of the other 400 for validation, 320 to train on.
  expect(stepsPerEpoch(config({ fit: { batchSize: 32, validationSplit: 0.2, testSplit: 0.2 } }))).toBe(10);
});

describe('planPreview', () => {
  test('a schedule gives its exact per-step curve', () => {
    const plan = planPreview(config({ optimizer: { schedule: { kind: 'ExponentialDecay', params: { initialLearningRate: 0.1, decaySteps: 13, decayRate: 0.5 } } } }), null);
    expect(plan.kind).toBe('curve');
    if (plan.kind !== 'curve') return;
    expect(plan.note).toMatch(/^Exact: ExponentialDecay per optimizer step \(13 steps an epoch\)/);
    const afterOneEpoch = plan.curve.find((point) => point.x === 2);
    expect(afterOneEpoch?.lr).toBe(Math.fround(0.05));
  });

  test('no rate writer: a constant', () => {
    const plan = planPreview(config({ callbacks: [{ type: 'TerminateOnNaN' }] }), null);
    expect(plan.kind === 'curve' && plan.note).toMatch(/^Constant/);
  });

  test('ReduceLROnPlateau runs over a typical curve until a run is recorded, then over its losses, labelled so', () => {
    const setup = config({ callbacks: [{ type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 2 } }] });
    const typical = planPreview(setup, null);
    expect(typical.kind === 'simulate' && typical.note).toMatch(/typical loss curve/);
    if (typical.kind !== 'simulate') return;
    expect(typical.inWorker).toBe(false);
    expect(typical.input.epochs).toHaveLength(20);
    const reductions = simulate(typical.input).lrDuring.filter((lr, epoch, all) => epoch > 0 && lr < (all[epoch - 1] as number));
    expect(reductions.length).toBeGreaterThan(0);

    const recorded = [{ loss: 1, val_loss: 1 }, { loss: 0.9, val_loss: 1.1 }];
    const overLast = planPreview(setup, recorded);
    expect(overLast.kind === 'simulate' && overLast.note).toMatch(/your last run's losses \(2 epochs; it has only 2 of the 20 epochs\)/);
  });

  test('LearningRateScheduler is exact per epoch and is sent to a worker', () => {
    const plan = planPreview(config({ callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.9' } }] }), null);
    expect(plan.kind === 'simulate' && plan.inWorker).toBe(true);
    expect(plan.kind === 'simulate' && plan.note).toMatch(/^Exact: the stack's rate per epoch\. Your code runs in a worker/);
  });

  test('disabled callbacks are left out', () => {
    const plan = planPreview(config({ callbacks: [{ type: 'ReduceLROnPlateau', enabled: false, params: {} }] }), null);
    expect(plan.kind).toBe('curve');
  });
});

test('the typical curve falls then overfits: val_loss rises at the end', () => {
  const logs = typicalLosses(50, 'accuracy');
  expect(logs[0]?.loss).toBeGreaterThan(logs[49]?.loss ?? Infinity);
  expect(logs[49]?.val_loss).toBeGreaterThan(logs[35]?.val_loss ?? Infinity);
  expect(Object.keys(logs[0] ?? {})).toEqual(['loss', 'val_loss', 'accuracy', 'val_accuracy']);
});
