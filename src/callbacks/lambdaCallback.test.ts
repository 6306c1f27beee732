import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

describe('LambdaCallback', () => {
  it('runs the functions it is given at their hooks', () => {
    const run = simulate({
      initialLr: 0.1,
      callbacks: [
        {
          type: 'LambdaCallback',
          params: { onEpochEnd: '(epoch, logs) => { logs.doubled = logs.loss * 2; }' },
        },
      ],
      epochs: [{ loss: 1 }, { loss: 2 }],
    });
    expect(run.history.doubled).toEqual([2, 4]);
  });
});
