import { describe, expect, it } from 'vitest';
import raw from '../callbacks/schedules/schedules.fixture.json';
import { SCHEDULE_KINDS, scheduleSpecSchema } from './scheduleSchemas';

/** Each problem as `path: message`, the way the forms show them. */
function problems(input: unknown): string[] {
  const result = scheduleSpecSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const fixtureSpecs = (raw as unknown as { cases: { name: string; kind: string; params: unknown }[] }).cases;

describe('scheduleSpecSchema', () => {
  it('lists the eight kinds', () => {
    expect(SCHEDULE_KINDS).toEqual([
      'ExponentialDecay',
      'PiecewiseConstantDecay',
      'PolynomialDecay',
      'InverseTimeDecay',
      'CosineDecay',
      'CosineDecayRestarts',
      'OneCycleLR',
      'CyclicLR',
    ]);
  });

  it.each(fixtureSpecs.filter((c) => !c.name.includes('unsorted')))('accepts the fixture case $name unchanged', (c) => {
    const spec = { kind: c.kind, params: c.params };
    expect(scheduleSpecSchema.parse(spec)).toEqual(spec);
  });

  it('rejects boundaries that do not increase, which Keras would sum', () => {
    expect(problems({ kind: 'PiecewiseConstantDecay', params: { boundaries: [10, 5], values: [1, 2, 3] } })).toEqual([
      'params.boundaries.1: must be larger than the boundary before it (boundaries must increase)',
    ]);
  });

  it("reports Keras's own message for lists of the wrong lengths", () => {
    expect(problems({ kind: 'PiecewiseConstantDecay', params: { boundaries: [10], values: [0.1, 0.01, 0.001] } })).toEqual([
      'params.boundaries: The length of boundaries should be 1 less than the length of values. ' +
        'Received: boundaries=[10] of length 1, and values=[0.1, 0.01, 0.001] of length 3.',
    ]);
  });

  it('says what is wrong with each parameter', () => {
    expect(problems({ kind: 'ExponentialDecay', params: { initialLearningRate: -1, decaySteps: 0, decayRate: 0 } })).toEqual([
      'params.initialLearningRate: must be 0 or more',
      'params.decaySteps: must be a positive number of steps',
      'params.decayRate: must be a positive number',
    ]);
    expect(problems({ kind: 'CosineDecay', params: { initialLearningRate: 0.1, decaySteps: 10.5, alpha: 2 } })).toEqual([
      'params.decaySteps: must be a whole number of steps',
      'params.alpha: must be between 0 and 1',
    ]);
    expect(problems({ kind: 'CosineDecayRestarts', params: { initialLearningRate: 0.1, firstDecaySteps: 10, tMul: 0.5 } })).toEqual([
      'params.tMul: must be 1 or more',
    ]);
    expect(problems({ kind: 'OneCycleLR', params: { maxLr: 0.1, totalSteps: 10, annealStrategy: 'step' } })).toEqual([
      'params.annealStrategy: must be "cos" or "linear"',
    ]);
    expect(problems({ kind: 'CyclicLR', params: { baseLr: 0.1, maxLr: 1, mode: 'saw' } })).toEqual([
      'params.mode: must be "triangular", "triangular2" or "exp_range"',
    ]);
  });

  it('rejects unknown parameters and snake_case names', () => {
    const found = problems({ kind: 'CosineDecay', params: { initialLearningRate: 0.1, decaySteps: 10, warmup_steps: 5 } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/warmup_steps/);
  });

  it('requires the parameters without a default', () => {
    expect(problems({ kind: 'OneCycleLR', params: { maxLr: 0.1 } })).toEqual([
      'params.totalSteps: Invalid input: expected number, received undefined',
    ]);
  });

  it('fails a schedule that would fail on its first step', () => {
    expect(problems({ kind: 'OneCycleLR', params: { maxLr: 0.1, totalSteps: 10, pctStart: 0.1 } })).toEqual([
      'params: ZeroDivisionError: float division by zero',
    ]);
  });

  it('names the kinds it knows when the kind is unknown', () => {
    expect(problems({ kind: 'StepLR', params: {} })).toEqual([
      `kind: unknown schedule kind; expected one of ${SCHEDULE_KINDS.join(', ')}`,
    ]);
  });

  it('accepts null for the nullable parameters, as Keras and PyTorch take None', () => {
    expect(problems({ kind: 'CosineDecay', params: { initialLearningRate: 0.1, decaySteps: 10, warmupTarget: null } })).toEqual([]);
    expect(problems({ kind: 'CyclicLR', params: { baseLr: 0.1, maxLr: 1, stepSizeDown: null } })).toEqual([]);
  });
});
