import { describe, expect, it } from 'vitest';
import { learningRateNotSettable, pyNumber } from './scheduleErrors';

describe('scheduleErrors', () => {
  it("gives Keras's TypeError for setting the rate of a scheduled optimizer", () => {
    const error = learningRateNotSettable();
    expect(error.pythonType).toBe('TypeError');
    expect(error.message).toMatch(/^This optimizer was created with a `LearningRateSchedule` object/);
  });

  it('prints whole numbers as Python ints and others as Python floats', () => {
    expect([0, -5, 100000, 2.5, 1e-5, 1e20].map(pyNumber)).toEqual(['0', '-5', '100000', '2.5', '1e-05', '1e+20']);
  });
});
