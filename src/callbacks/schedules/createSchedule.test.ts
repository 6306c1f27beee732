import { describe, expect, it } from 'vitest';
import { createSchedule, type ScheduleSpec } from './createSchedule';
import { fixtureCases, fixturePointCount, mismatches } from './scheduleTestKit';
import type { ScheduleKind } from './createSchedule';

const KINDS: ScheduleKind[] = [
  'ExponentialDecay',
  'PiecewiseConstantDecay',
  'PolynomialDecay',
  'InverseTimeDecay',
  'CosineDecay',
  'CosineDecayRestarts',
  'OneCycleLR',
  'CyclicLR',
];

describe('createSchedule', () => {
  it.each(KINDS)('builds %s from its spec, matching the fixture', (kind) => {
    const cases = fixtureCases(kind);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const schedule = createSchedule({ kind, params: c.params } as ScheduleSpec);
      expect(schedule.kind).toBe(kind);
      expect(mismatches(schedule, c)).toEqual([]);
    }
  });

  it("carries Keras's float32 values for every Keras point (regenerate the fixture with numpy if not)", () => {
    const keras = KINDS.filter((kind) => kind !== 'OneCycleLR' && kind !== 'CyclicLR');
    const missing = keras.flatMap((kind) => fixtureCases(kind).filter((c) => c.points.some(([, , f32]) => f32 === null)));
    expect(missing.map((c) => c.name)).toEqual([]);
  });

  it('covers every fixture value', () => {
    const covered = KINDS.reduce((sum, kind) => sum + fixtureCases(kind).reduce((n, c) => n + c.points.length, 0), 0);
    expect(covered).toBe(fixturePointCount());
  });
});
