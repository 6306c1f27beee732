/**
 * The learning rate a schedule gives at steps 0, every, 2 * every, … below
 * `steps`: the preview chart's data, computed without training.
 */
import { createSchedule, type ScheduleSpec } from './createSchedule';

export function scheduleCurve(spec: ScheduleSpec, steps: number, every = 1): Float64Array {
  if (!Number.isInteger(steps) || steps < 0) {
    throw new RangeError(`steps must be a whole number, 0 or more; got ${steps}`);
  }
  if (!Number.isInteger(every) || every < 1) {
    throw new RangeError(`every must be a whole number, 1 or more; got ${every}`);
  }
  const schedule = createSchedule(spec);
  const curve = new Float64Array(Math.ceil(steps / every));
  for (let i = 0; i < curve.length; i++) curve[i] = schedule.rateAt(i * every);
  return curve;
}
