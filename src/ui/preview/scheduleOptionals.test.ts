import { describe, expect, it } from 'vitest';
import { SCHEDULE_KINDS, scheduleParamSchemas, scheduleSpecSchema } from '../../config/scheduleSchemas';
import { defaultSchedule } from './scheduleDefaults';
import { SCHEDULE_OPTIONALS } from './scheduleOptionals';

describe('the schedule forms\' optional parameters', () => {
  it.each(SCHEDULE_KINDS)('%s: the form offers every parameter of the schema, required or folded', (kind) => {
    const required = Object.keys(defaultSchedule(kind, 1000, 0.01).params);
    const optional = SCHEDULE_OPTIONALS[kind].map((param) => param.name);
    const schemaKeys = Object.keys(scheduleParamSchemas[kind].shape);
    expect(new Set([...required, ...optional])).toEqual(new Set(schemaKeys));
  });

  it.each(SCHEDULE_KINDS)('%s: each default given explicitly is a valid schedule', (kind) => {
    const base = defaultSchedule(kind, 1000, 0.01);
    for (const param of SCHEDULE_OPTIONALS[kind]) {
      if (param.kerasDefault === null) continue;
      const spec = { kind, params: { ...base.params, [param.name]: param.kerasDefault } };
      expect(scheduleSpecSchema.safeParse(spec).success, `${kind}.${param.name}`).toBe(true);
    }
  });
});
