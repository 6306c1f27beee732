import { describe, expect, it } from 'vitest';
import { isJsonObject, migrateRunConfig, parseVersionedRunConfig, RUN_CONFIG_MIGRATIONS, type Migrations } from './migrate';
import { defaultRunConfig, RUN_CONFIG_VERSION } from './runConfig';

/** The example of migrate.ts's header: a make-believe v0 that kept the learning rate at the top level as `lr`. */
const withFakeV0: Migrations = {
  current: RUN_CONFIG_VERSION,
  steps: {
    ...RUN_CONFIG_MIGRATIONS.steps,
    0: ({ lr, ...rest }) =>
      lr === undefined ? rest : { ...rest, optimizer: { ...(isJsonObject(rest.optimizer) ? rest.optimizer : {}), learningRate: lr } },
  },
};

describe('migrateRunConfig', () => {
  it('passes a current config through unchanged', () => {
    const config = { v: RUN_CONFIG_VERSION, fit: { epochs: 3 } };
    expect(migrateRunConfig(config)).toEqual({ ok: true, value: config });
  });

  it('takes a config without v as current, and lets the schema judge it', () => {
    expect(migrateRunConfig({ fit: { epochs: 3 } })).toEqual({ ok: true, value: { fit: { epochs: 3 } } });
    expect(parseVersionedRunConfig({ fit: { epochs: 3 } })).toMatchObject({ ok: true, value: { v: RUN_CONFIG_VERSION, fit: { epochs: 3 } } });
    expect(parseVersionedRunConfig({ fit: { epoch: 3 } })).toMatchObject({
      ok: false,
      problems: [{ path: 'fit.epoch', message: expect.stringMatching(/^unknown parameter/) as unknown }],
    });
  });

  it('upgrades the example v0 step by step and validates the result', () => {
    const result = parseVersionedRunConfig({ v: 0, lr: 0.003, optimizer: { kind: 'sgd' } }, withFakeV0);
    expect(result).toEqual({
      ok: true,
      value: {
        ...defaultRunConfig(),
        optimizer: { ...defaultRunConfig().optimizer, kind: 'sgd', learningRate: 0.003 },
        fit: { ...defaultRunConfig().fit, testSplit: 0 },
      },
    });
  });

  it('runs every step in order from an old version to the current one', () => {
    const seen: number[] = [];
    const chain: Migrations = {
      current: 3,
      steps: {
        1: (config) => (seen.push(1), { ...config, one: true }),
        2: (config) => (seen.push(2), { ...config, two: config.one }),
      },
    };
    expect(migrateRunConfig({ v: 1 }, chain)).toEqual({ ok: true, value: { v: 3, one: true, two: true } });
    expect(seen).toEqual([1, 2]);
  });

  it('leaves what a step cannot fix to the schema, which names the field', () => {
    const result = parseVersionedRunConfig({ v: 0, lr: 'fast' }, withFakeV0);
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'optimizer.learningRate' }] });
  });

  it.each([
    [{ v: 3 }, 'v', 'made by a newer Plateau (v3); this page reads up to v2'],
    [{ v: 0 }, 'v', 'v0 is too old: this page cannot upgrade it to v2'],
    [{ v: '1' }, 'v', 'must be a version number such as 2, got "1"'],
    [{ v: 1.5 }, 'v', 'must be a version number such as 2, got 1.5'],
    [{ v: null }, 'v', 'must be a version number such as 2, got null'],
    [[{ v: 1 }], '', 'expected a setup object ({...}), got an array'],
    ['{"v":1}', '', 'expected a setup object ({...}), got a string'],
    [null, '', 'expected a setup object ({...}), got null'],
  ])('rejects %j with a clear message', (raw, path, message) => {
    expect(migrateRunConfig(raw)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it('v1 had no test set: a v1 setup, defaults left out or not, keeps training on all its rows', () => {
    expect(parseVersionedRunConfig({ v: 1 })).toMatchObject({ ok: true, value: { v: 2, fit: { testSplit: 0, validationSplit: 0.2 } } });
    expect(parseVersionedRunConfig({ v: 1, fit: { epochs: 3 } })).toMatchObject({ ok: true, value: { fit: { epochs: 3, testSplit: 0 } } });
    // Garbage stays garbage, for the schema to name.
    expect(parseVersionedRunConfig({ v: 1, fit: 'fast' })).toMatchObject({ ok: false, problems: [{ path: 'fit' }] });
    // Without a version a setup is current, and gets the default test set.
    expect(parseVersionedRunConfig({ fit: { epochs: 3 } })).toMatchObject({ ok: true, value: { fit: { testSplit: 0.2 } } });
  });

  it('reports a step that throws instead of throwing', () => {
    const broken: Migrations = { current: 1, steps: { 0: () => { throw new Error('no optimizer'); } } };
    expect(migrateRunConfig({ v: 0 }, broken)).toEqual({
      ok: false,
      problems: [{ path: 'v', message: 'could not upgrade from v0 to v1: no optimizer' }],
    });
  });
});
