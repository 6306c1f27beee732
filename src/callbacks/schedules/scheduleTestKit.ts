/**
 * Reads schedules.fixture.json (written by generateScheduleFixture.py) for
 * the schedule tests, and compares a schedule with it point by point.
 */
import raw from './schedules.fixture.json';
import type { ScheduleKind, ScheduleSpec } from './createSchedule';
import type { LearningRateSchedule } from './learningRateSchedule';

type ParamsOf<K extends ScheduleKind> = Extract<ScheduleSpec, { kind: K }>['params'];

/** [step, float64 formula value, Keras's float32 value or null]. */
type Point = [step: number, expected: number, float32: number | null];

export interface FixtureCase<K extends ScheduleKind> {
  name: string;
  kind: K;
  params: ParamsOf<K>;
  points: Point[];
}

const fixture = raw as unknown as { cases: { kind: string; points: Point[] }[] };

/** The fixture's cases for one kind; the JSON's params are trusted to fit it. */
export function fixtureCases<K extends ScheduleKind>(kind: K): FixtureCase<K>[] {
  return fixture.cases.filter((c) => c.kind === kind) as FixtureCase<K>[];
}

export function fixturePointCount(): number {
  return fixture.cases.reduce((sum, c) => sum + c.points.length, 0);
}

/**
 * The points where the schedule is off: by more than a relative 1e-6 from the
 * float64 formula, or by more than 1e-6 of the case's largest rate from
 * Keras's float32 evaluation (which loses relative precision where the rate
 * nears zero, but never more than that).
 */
export function mismatches<K extends ScheduleKind>(schedule: LearningRateSchedule, c: FixtureCase<K>): string[] {
  const peak = Math.max(...c.points.map(([, expected]) => Math.abs(expected)));
  const problems: string[] = [];
  for (const [step, expected, float32] of c.points) {
    const rate = schedule.rateAt(step);
    if (!(Math.abs(rate - expected) <= 1e-6 * Math.abs(expected) + 1e-300)) {
      problems.push(`step ${step}: ${rate}, formula gives ${expected}`);
    }
    if (float32 !== null && !(Math.abs(rate - float32) <= 1e-6 * peak)) {
      problems.push(`step ${step}: ${rate}, Keras in float32 gives ${float32}`);
    }
  }
  return problems;
}
