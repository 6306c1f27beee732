import { describe, expect, it } from 'vitest';
import { parseRunConfig } from './runConfig';
import { carriedCode } from './userCode';

describe('carriedCode', () => {
  it('lists every piece of user code a run carries, and none for built-in callbacks', () => {
    const parsed = parseRunConfig({
      callbacks: [
        { type: 'EarlyStopping' },
        { type: 'LearningRateScheduler', params: { schedule: '(e, lr) => lr' } },
        { type: 'LambdaCallback', params: { onEpochEnd: '(e, logs) => {}' } },
        { type: 'CustomCallback', params: { source: 'class extends Callback {}' } },
      ],
    });
    if (!parsed.ok) throw new Error('fixture must parse');
    expect(carriedCode(parsed.value).map((code) => code.where)).toEqual([
      'callbacks[1] LearningRateScheduler',
      'callbacks[2] LambdaCallback.onEpochEnd',
      'callbacks[3] CustomCallback',
    ]);
  });
});
