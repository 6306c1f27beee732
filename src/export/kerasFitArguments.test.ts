import { describe, expect, it } from 'vitest';
import { fitConfigSchema } from '../config/modelConfig';
import { fitArguments } from './kerasFitArguments';

describe("model.fit's arguments in the Keras export", () => {
  it.each<[Record<string, unknown>, string[]]>([
    [{}, ['verbose=2,']],
    [{ verbose: 0 }, ['verbose=0,']],
    [{ validationFreq: 5 }, ['verbose=2,', 'validation_freq=5,']],
    [{ validationFreq: [1, 10] }, ['verbose=2,', 'validation_freq=[1, 10],']],
    [{ initialEpoch: 3, shuffle: false }, ['verbose=2,', 'initial_epoch=3,', 'shuffle=False,']],
    [{ classWeight: { '0': 1, '1': 2.5 } }, ['verbose=2,', 'class_weight={0: 1.0, 1: 2.5},']],
  ])('%j', (fit, lines) => {
    expect(fitArguments(fitConfigSchema.parse(fit))).toEqual(lines);
  });
});
