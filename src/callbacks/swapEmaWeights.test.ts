import { describe, expect, it } from 'vitest';
import { CallbackHost } from './callbackHost';
import { CallbackList } from './callbackList';
import { fakeTrainingPort } from './fakeTrainingPort';
import { SwapEMAWeights } from './swapEmaWeights';

type Step = 'trainBegin' | 'epochBegin' | 'test' | 'predict' | 'epochEnd';

/** Runs hooks in fit's order and records, after each, whether the EMA weights are in the model. */
function emaInModel(swapOnEpoch: boolean, steps: [Step, number][], epochs = 2) {
  const calls: string[] = [];
  let inModel = false;
  const port = fakeTrainingPort({
    swapEmaWeights: () => {
      inModel = !inModel;
      calls.push('swap');
    },
    finalizeEmaValues: () => calls.push('finalize'),
  });
  const list = new CallbackList([new SwapEMAWeights({ swapOnEpoch })], new CallbackHost(port, []), { epochs });
  const states: boolean[] = [];
  for (const [step, epoch] of steps) {
    if (step === 'trainBegin') list.onTrainBegin();
    if (step === 'epochBegin') list.onEpochBegin(epoch);
    if (step === 'epochEnd') list.onEpochEnd(epoch, {});
    if (step === 'test') {
      list.onTestBegin();
      states.push(inModel);
      list.onTestEnd({});
    }
    if (step === 'predict') {
      list.onPredictBegin();
      states.push(inModel);
      list.onPredictEnd();
    }
    states.push(inModel);
  }
  return { states, calls };
}

describe('SwapEMAWeights (keras/src/callbacks/swap_ema_weights.py)', () => {
  it('swap_on_epoch=False: EMA weights in the model only during validation and prediction', () => {
    const { states } = emaInModel(false, [['trainBegin', 0], ['epochBegin', 0], ['test', 0], ['epochEnd', 0], ['predict', 0], ['epochBegin', 1]]);
    // trainBegin, epochBegin, test (during, after), epochEnd, predict (during, after), epochBegin
    expect(states).toEqual([false, false, true, false, false, true, false, false]);
  });

  it('swap_on_epoch=True: in the model from epoch end to the next epoch begin; at the last epoch the averages are finalized', () => {
    const { states, calls } = emaInModel(true, [['epochBegin', 0], ['test', 0], ['epochEnd', 0], ['epochBegin', 1], ['test', 1], ['epochEnd', 1]]);
    expect(states).toEqual([false, true, false, true, false, true, false, true]);
    expect(calls.filter((call) => call === 'finalize')).toHaveLength(1);
    expect(calls.at(-1)).toBe('finalize');
  });

  it('a prediction ends with the training weights in the model, even after swap_on_epoch put the EMA weights in', () => {
    // Keras 3.16 tests `not _ema_weights_in_model` in on_predict_end and never swaps back; Plateau follows on_test_end
    // (the flag stays true to the weights, so the next epoch begins on the training weights either way).
    const { states } = emaInModel(true, [['epochEnd', 0], ['predict', 0]], 3);
    expect(states).toEqual([true, true, false]);
  });
});
