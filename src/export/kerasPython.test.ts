import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS, SAMPLE_SCHEDULES, SCHEDULES } from '../config/__fixtures__/sampleConfigs';
import { CALLBACK_TYPES } from '../config/callbackSchemas';
import { runConfigSchema, type RunConfig, type StackEntry } from '../config/runConfig';
import { exportKerasPython, HISTORY_LOG_FILE } from './kerasPython';
import { KERAS_SIGNATURES } from './kerasSignatures';

/** Compiles with py_compile, then runs each script against the stand-in Keras, all in one python3 process. */
const DRIVER = `
import contextlib, io, json, py_compile, runpy, sys
results = {}
for name, path in json.load(open(sys.argv[1])).items():
    try:
        py_compile.compile(path, doraise=True)
    except py_compile.PyCompileError as error:
        results[name] = {"error": "does not compile: " + str(error)}
        continue
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            runpy.run_path(path, run_name="__main__")
        lines = printed.getvalue().strip().splitlines()
        at = max(index for index, line in enumerate(lines) if line.startswith("{"))
        results[name] = {"report": lines[at], "after": lines[at + 1 :]}
    except BaseException as error:
        results[name] = {"error": "fails: " + repr(error)}
print(json.dumps(results))
`;

type ScriptResult = { report: string; after: string[] } | { error: string };

let checked: Record<string, ScriptResult> | null = null;

/** Every script's result, computed once for all the tests that read it. */
function checkScripts(): Record<string, ScriptResult> {
  if (checked) return checked;
  const directory = mkdtempSync(join(tmpdir(), 'plateau-export-'));
  const files = Object.fromEntries(
    CONFIGS.map(([name, config], index) => {
      const file = join(directory, `script_${index}.py`);
      writeFileSync(file, exportKerasPython(config), 'utf8');
      return [name, file];
    }),
  );
  writeFileSync(join(directory, 'files.json'), JSON.stringify(files));
  writeFileSync(join(directory, 'driver.py'), DRIVER);
  const result = spawnSync('python3', [join(directory, 'driver.py'), join(directory, 'files.json')], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: FAKE_KERAS },
  });
  if (result.status !== 0) throw new Error(`python3 failed:\n${result.stderr}`);
  checked = JSON.parse(result.stdout) as Record<string, ScriptResult>;
  return checked;
}

function reportOf(name: string): { report: string; after: string[] } {
  const result = checkScripts()[name];
  if (!result || 'error' in result) throw new Error(`the script for ${name} ${result ? result.error : 'was not checked'}`);
  return result;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;
const NO_PYTHON = 'python3 is not on this machine: the generated Python is not checked';

const FAKE_KERAS = fileURLToPath(new URL('./__fixtures__/fake_keras', import.meta.url));

const MINIMAL_PARAMS: Record<(typeof CALLBACK_TYPES)[number], Record<string, unknown>> = {
  ReduceLROnPlateau: {},
  EarlyStopping: { baseline: 0.5 },
  TerminateOnNaN: {},
  ModelCheckpoint: { filepath: 'model.keras' },
  LearningRateScheduler: { schedule: SCHEDULES.cosine },
  CSVLogger: { filename: 'log.csv' },
  LambdaCallback: { onTrainBatchEnd: '(batch, logs) => {}', onTestEnd: '(logs) => {}' },
  CustomCallback: { source: 'class extends Callback { onTrainBegin() {} }' },
  SwapEMAWeights: { swapOnEpoch: true },
  BackupAndRestore: { backupDir: 'tmp/backup', saveFreq: 5, doubleCheckpoint: true, deleteCheckpoint: false },
  LRCoach: { horizon: 2 },
};

const oneOfEach = Object.fromEntries(
  CALLBACK_TYPES.map((type) => [`only ${type}`, runConfigSchema.parse({ fit: { epochs: 3 }, callbacks: [{ type, params: MINIMAL_PARAMS[type] }] })]),
);
const everySchedule = Object.fromEntries(
  Object.entries(SAMPLE_SCHEDULES).map(([kind, params]) => [`optimizer schedule ${kind}`, runConfigSchema.parse({ optimizer: { schedule: { kind, params } } })]),
);
const CONFIGS: [string, RunConfig][] = Object.entries({ ...SAMPLE_CONFIGS, ...oneOfEach, ...everySchedule });
const PYTORCH_SCHEDULES: ReadonlySet<string> = new Set(['OneCycleLR', 'CyclicLR']);

function expectedLearningRate(config: RunConfig): unknown {
  const schedule = config.optimizer.schedule;
  if (!schedule) return config.optimizer.learningRate;
  if (PYTORCH_SCHEDULES.has(schedule.kind)) return { schedule: schedule.kind };
  const snake = Object.entries(schedule.params).map(([name, value]): [string, unknown] => [name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]);
  return expect.objectContaining({ schedule: schedule.kind, ...Object.fromEntries(snake) }) as unknown;
}

interface Report {
  x: number[];
  y: number[];
  layers: { kind: string; units?: number; activation?: string; rate?: number }[];
  compiled: { optimizer: Record<string, unknown>; loss: string; metrics: string[] };
  fit: { epochs: number; batch_size: number; validation_split: number };
  callbacks: { class: string; config: Record<string, unknown> }[];
  schedules: (number[] | 'stub')[];
}

function scheduleRates(source: string, config: RunConfig): number[] {
  // The user's schedule, run the way Keras runs it, to compare with what the Python computes.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const schedule = (new Function(`return (${source});`) as () => (epoch: number, lr: number) => number)();
  const rates: number[] = [];
  let lr = config.optimizer.learningRate;
  for (let epoch = 0; epoch < Math.min(config.fit.epochs, 40); epoch++) rates.push((lr = schedule(epoch, lr)));
  return rates;
}

function expectCallbackMatches(seen: Report['callbacks'][number], entry: StackEntry): void {
  const signature = KERAS_SIGNATURES[entry.type];
  if (signature.keras === null) return;
  expect(seen.class).toBe(signature.keras);
  for (const param of signature.params) {
    const value = (entry.params as Record<string, unknown>)[param.name];
    if (value === undefined || param.kind === 'code') continue;
    expect(seen.config[param.python], `${entry.type}.${param.python}`).toEqual(value);
  }
}

describe('Keras export', () => {
  it.runIf(hasPython).each(CONFIGS)('writes a script for %s that compiles and runs against Keras 3 signatures', { timeout: 120_000 }, (name, config) => {
    const printed = reportOf(name);
    const report = JSON.parse(printed.report) as Report;
    const hidden = config.model.hiddenLayers;
    if (config.model.layers) {
      // Input, the layer list, the output layer.
      expect(report.layers.slice(1, -1).map((layer) => layer.kind)).toEqual(config.model.layers.map((layer) => layer.type));
    } else {
      expect(report.layers.filter((layer) => layer.kind === 'Dense').slice(0, -1)).toEqual(
        hidden.map((layer) => ({ kind: 'Dense', units: layer.units, activation: layer.activation })),
      );
      expect(report.layers.filter((layer) => layer.kind === 'Dropout').map((layer) => layer.rate)).toEqual(
        hidden.filter((layer) => layer.dropout > 0).map((layer) => layer.dropout),
      );
    }
    expect(report.compiled.optimizer.learning_rate).toEqual(expectedLearningRate(config));
    if (config.optimizer.kind === 'sgd' && config.optimizer.momentum > 0) expect(report.compiled.optimizer.momentum).toBe(config.optimizer.momentum);
    expect(report.fit).toEqual({ epochs: config.fit.epochs, batch_size: config.fit.batchSize, validation_split: config.fit.validationSplit });
    // The test set is held out of fit and scored after it.
    const heldOut = [expect.stringMatching(/^Held-out test set: \{'loss': 0\.0\} \(\d+ samples\)$/)];
    if (config.fit.testSplit === 0) expect(printed.after).toEqual([]);
    // A tiny CSV may leave no row to test on; every other set has some.
    else if (config.dataset.kind !== 'csv') expect(printed.after).toEqual(heldOut);
    const enabled = config.callbacks.filter((entry) => entry.enabled !== false);
    // The stack, then the CSVLogger that brings the run back into Plateau's Runs list.
    expect(report.callbacks).toHaveLength(enabled.length + 1);
    expect(report.callbacks.at(-1)).toEqual({ class: 'CSVLogger', config: { filename: HISTORY_LOG_FILE, separator: ',', append: false } });
    enabled.forEach((entry, index) => expectCallbackMatches(report.callbacks[index] as Report['callbacks'][number], entry));
    const schedules = enabled.flatMap((entry) => (entry.type === 'LearningRateScheduler' ? [entry.params.schedule] : []));
    schedules.forEach((source, index) => {
      const rates = report.schedules[index];
      if (source === SCHEDULES.lookupTable) return expect(rates).toBe('stub');
      const expected = scheduleRates(source, config);
      expect(rates).toHaveLength(expected.length);
      (rates as number[]).forEach((rate, epoch) => expect(rate).toBeCloseTo(expected[epoch] as number, 12));
    });
  });

  it.skipIf(hasPython)('checks the scripts with Python when python3 is there', () => console.warn(NO_PYTHON));

  it('fits the output layer, loss and metric to the task', () => {
    const shapes = (config: RunConfig) => {
      const script = exportKerasPython(config);
      return [/activation=("\w+"|\{[^}]+\}\[task\])\),\n {4}\]/.exec(script)?.[1], /loss=(.+),/.exec(script)?.[1], /metrics=\[(.+)\]/.exec(script)?.[1]];
    };
    expect(shapes(runConfigSchema.parse({}))).toEqual(['"sigmoid"', '"binary_crossentropy"', '"accuracy"']);
    expect(shapes(runConfigSchema.parse({ dataset: { kind: 'sine' } }))).toEqual(['"linear"', '"mean_squared_error"', '"mae"']);
    expect(shapes(runConfigSchema.parse({ dataset: { kind: 'iris' } }))).toEqual(['"softmax"', '"categorical_crossentropy"', '"accuracy"']);
  });

  it.runIf(hasPython)('reads the CSV as Plateau does: same rows dropped, text one-hot, same classes', () => {
    const report = JSON.parse(reportOf('csvText').report) as Report;
    // 14 rows, one dropped for its NA, 2 of the 13 held out as the test set; a, b and couleur (3 values) make 5 inputs; oui/non one 0/1 column.
    expect(report.x).toEqual([11, 5]);
    expect(report.y).toEqual([11, 1]);
    expect(report.compiled.loss).toBe('"binary_crossentropy"'.slice(1, -1));
  });

  it.runIf(hasPython)('loads MNIST from keras.datasets, as images for a layer list and flat rows for an MLP', () => {
    const cnn = JSON.parse(reportOf('mnistCnn').report) as Report;
    // 2,000 digits less the 20 % test set.
    expect(cnn.x).toEqual([1600, 28, 28, 1]);
    expect(cnn.layers.map((layer) => layer.kind)).toEqual(['Input', 'Conv2D', 'MaxPooling2D', 'Conv2D', 'Flatten', 'Dropout', 'Dense', 'Dense']);
    expect(cnn.y).toEqual([1600, 10]);
    expect(JSON.parse(reportOf('mnistMlp').report)).toMatchObject({ x: [800, 784], y: [800, 10] });
    expect(exportKerasPython(SAMPLE_CONFIGS.mnistCnn as RunConfig)).toContain('layers.Conv2D(16, kernel_size=3, strides=2, padding="same", activation="relu"),');
  });

  it('writes callbacks with Keras names and Python literals', () => {
    const script = exportKerasPython(SAMPLE_CONFIGS.everyCallback as RunConfig);
    expect(script).toContain('import keras\nfrom keras import callbacks, layers, optimizers\n');
    expect(script).toContain("        min_delta=1e-05,\n");
    expect(script).toContain('        baseline=None,\n        restore_best_weights=True,\n');
    expect(script).toContain("callbacks.CSVLogger('training \"log\".csv', separator=';', append=True)");
    expect(script).toContain('callbacks.TerminateOnNaN(raise_error=True)');
    expect(script).toContain(
      "def schedule_1(epoch, lr):\n    # Translated from Plateau's JavaScript schedule:\n    #   (epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)\n    return lr if epoch < 10 else lr * math.exp(-0.1)\n",
    );
    expect(script).toContain('callbacks.LearningRateScheduler(schedule_1, verbose=1)');
  });

  it('leaves a marked stub with the original code where it cannot translate', () => {
    const script = exportKerasPython(SAMPLE_CONFIGS.sineWithSchedules as RunConfig);
    expect(script).toContain('def schedule_4(epoch, lr):\n    # TODO: port this JavaScript schedule by hand. Plateau translates arithmetic only, and it uses a const declaration:\n');
    expect(script).toContain('    #     return table[epoch] ?? lr; // 学习率 🚀\n');
    expect(script).toContain("raise NotImplementedError('schedule_4: port the JavaScript schedule in the comment above')");
    expect(script).toContain('  - schedule_4 (callback 4): port the JavaScript schedule; it uses a const declaration\n');
    expect(script).toContain('    # Disabled in Plateau:\n    # callbacks.LearningRateScheduler(schedule_2),\n');
  });

  it("gives the optimizer Keras's schedule, or a marked stub for PyTorch's", () => {
    const cosine = exportKerasPython(SAMPLE_CONFIGS.cosineWarmup as RunConfig);
    expect(cosine).toContain(
      'optimizer=optimizers.SGD(learning_rate=optimizers.schedules.CosineDecay(initial_learning_rate=0.0, decay_steps=1000, alpha=0.1, warmup_target=0.05, warmup_steps=100), momentum=0.9),',
    );
    const oneCycle = exportKerasPython(SAMPLE_CONFIGS.oneCycle as RunConfig);
    expect(oneCycle).toContain('class OneCycleLR(optimizers.schedules.LearningRateSchedule):\n');
    expect(oneCycle).toContain('    #   max_lr=0.1, total_steps=1000, anneal_strategy=\'linear\'\n');
    expect(oneCycle).toContain('optimizer=optimizers.Adam(learning_rate=OneCycleLR()),');
    expect(oneCycle).toContain("  - OneCycleLR (the optimizer's schedule): port PyTorch's OneCycleLR, which Keras does not have\n");
  });

  it('imports math only when the script uses it', () => {
    expect(exportKerasPython(runConfigSchema.parse({}))).not.toContain('import math');
    const scheduled = runConfigSchema.parse({ callbacks: [{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => lr * 0.9' } }] });
    expect(exportKerasPython(scheduled)).not.toContain('import math');
    expect(exportKerasPython(SAMPLE_CONFIGS.everyCallback as RunConfig)).toContain('import math\n');
  });
});
