import { describe, expect, it } from 'vitest';
import { SAMPLE_CONFIGS, SCHEDULES } from '../config/__fixtures__/sampleConfigs';
import type { RunConfig, StackEntry } from '../config/runConfig';
import { arithmeticFromJs } from './arithmeticFromJs';
import { importKerasCallbacks } from './kerasImport';
import { exportKerasPython } from './kerasPython';

/** Every tutorial's `fit(x, y, ...)` is told its data stays behind; the tests about callbacks look past that one line. */
const beyondData = (problems: readonly { message: string }[]) => problems.filter((problem) => !problem.message.startsWith("fit's x and y are left out"));

const only = (source: string) => {
  const result = importKerasCallbacks(source);
  expect(beyondData(result.problems)).toEqual([]);
  return result.entries;
};

const problemsOf = (source: string) => importKerasCallbacks(source).problems;

function evaluate(source: string): number[] {
  // Both schedules are the test's own inputs; running them is how it compares their meaning.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const schedule = (new Function(`return (${source});`) as () => (epoch: number, lr: number) => number)();
  return Array.from({ length: 40 }, (_, epoch) => schedule(epoch, 0.01 / (epoch + 1)));
}

describe('Keras import', () => {
  it("reads the issue's example", () => {
    expect(only("ReduceLROnPlateau(monitor='val_loss', factor=0.2, patience=5, min_lr=0.001)")).toEqual([
      { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.2, patience: 5, minLr: 0.001 } },
    ]);
  });

  it("reads fit(...)'s arguments, positional in Keras 3's order or by keyword, and names what it leaves out and why", () => {
    const source = [
      'model.compile(optimizer="sgd", loss="mse")',
      'history = model.fit(x_train, y_train, 64, 20, 2,',
      '    validation_split=0.1, validation_freq=[1, 5], initial_epoch=3,',
      '    shuffle=False, class_weight={0: 1.0, 1: 3.0},',
      '    validation_data=(x_val, y_val), sample_weight=w, steps_per_epoch=10)',
    ].join('\n');
    const result = importKerasCallbacks(source);
    expect(result.fit).toEqual({ batchSize: 64, epochs: 20, verbose: 2, validationSplit: 0.1, validationFreq: [1, 5], initialEpoch: 3, shuffle: false, classWeight: { 0: 1, 1: 3 } });
    expect(result.optimizer).toEqual({ kind: 'sgd', learningRate: 0.01, momentum: 0, schedule: null });
    expect(result.problems).toEqual([
      { line: 2, message: "fit's x and y are left out: the data is the dataset chosen in the Data settings" },
      { line: 5, message: 'fit(validation_data=...) is left out: validation here is a split of the dataset: use validation_split' },
      { line: 5, message: 'fit(sample_weight=...) is left out: per-sample weights need the data itself; class_weight is read' },
      { line: 5, message: 'fit(steps_per_epoch=...) is left out: an epoch here is one pass over the training rows' },
    ]);
  });

  it("checks fit's values with the config's own messages, at their line; batch_size=None and verbose='auto' are Keras's defaults", () => {
    const result = importKerasCallbacks('model.fit(x, y,\n  epochs=0,\n  validation_split=0.9,\n  batch_size=None, verbose="auto")');
    expect(result.fit).toEqual({ batchSize: 32, verbose: 1 });
    expect(beyondData(result.problems)).toEqual([
      { line: 2, message: 'fit(epochs=...): must be 1 or more' },
      { line: 3, message: 'fit(validation_split=...): must be at most 0.5' },
    ]);
  });

  it("reads the optimizer with every base-optimizer argument, Keras's defaults for the rest, and Keras's constructor errors", () => {
    const read = importKerasCallbacks('opt = keras.optimizers.AdamW(learning_rate=3e-4, weight_decay=0.01, clipnorm=1.0, use_ema=True, ema_momentum=0.9)\nmodel.compile(optimizer=opt)');
    expect(read.optimizer).toEqual({ kind: 'adamw', learningRate: 3e-4, momentum: 0, schedule: null, weightDecay: 0.01, clipnorm: 1, useEma: true, emaMomentum: 0.9 });
    expect(importKerasCallbacks('SGD(0.1, 0.9, True)').optimizer).toMatchObject({ kind: 'sgd', learningRate: 0.1, momentum: 0.9, nesterov: true });
    expect(importKerasCallbacks('Adam()').optimizer).toMatchObject({ kind: 'adam', learningRate: 0.001 });
    const both = importKerasCallbacks('Adam(clipnorm=1.0,\n  clipvalue=0.5)');
    expect(both.optimizer).toBeNull();
    expect(both.problems).toEqual([
      { line: 2, message: 'Adam(clipvalue=...): Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. Received: clipnorm=1.0, clipvalue=0.5, global_clipnorm=None' },
    ]);
    expect(importKerasCallbacks('Adam(learning_rate=keras.optimizers.schedules.ExponentialDecay(0.1, 100, 0.9), foo=1)').problems).toEqual([
      { line: 1, message: 'Adam(learning_rate=ExponentialDecay(...)) is left out: choose the schedule in the Optimizer settings' },
      { line: 1, message: 'Adam has no argument foo' },
    ]);
  });

  it('reads prefixes, a callbacks= list across lines, comments and line continuations', () => {
    const source = [
      'import keras',
      'from keras import callbacks',
      'early = keras.callbacks.EarlyStopping(',
      '    monitor="val_accuracy",  # the metric to watch',
      "    mode='max', patience=10,",
      '    restore_best_weights=True, baseline=None,',
      ')',
      'plateau = tf.keras.callbacks.ReduceLROnPlateau(factor=.5, \\',
      '                                               cooldown=2, min_delta=-1e-3)',
      'model.fit(x, y, epochs=5,',
      '          callbacks=[plateau, early, callbacks.TerminateOnNaN()])',
    ].join('\n');
    expect(only(source)).toEqual([
      { type: 'ReduceLROnPlateau', params: { factor: 0.5, cooldown: 2, minDelta: -0.001 } },
      { type: 'EarlyStopping', params: { monitor: 'val_accuracy', mode: 'max', patience: 10, restoreBestWeights: true, baseline: null } },
      { type: 'TerminateOnNaN', params: {} },
    ]);
  });

  it('takes positional arguments in the order of Keras signatures', () => {
    expect(only("[ModelCheckpoint('best.keras', 'val_loss', 1, True), ReduceLROnPlateau('loss', 0.5, 3), CSVLogger('log.csv', ';', False)]")).toEqual([
      { type: 'ModelCheckpoint', params: { filepath: 'best.keras', monitor: 'val_loss', verbose: 1, saveBestOnly: true } },
      { type: 'ReduceLROnPlateau', params: { monitor: 'loss', factor: 0.5, patience: 3 } },
      { type: 'CSVLogger', params: { filename: 'log.csv', separator: ';', append: false } },
    ]);
  });

  it('reads Python literals: quotes, escapes, exponents, underscores, negative numbers, names bound to literals', () => {
    const source = [
      'PATIENCE = 1_0',
      'cbs = [',
      '    EarlyStopping(patience=PATIENCE, min_delta=1E-3, start_from_epoch=0x2, baseline=-0.5),',
      '    ModelCheckpoint(filepath="run \\"1\\"-{epoch:02d}.keras", save_freq=5., initial_value_threshold=+2),',
      "    ModelCheckpoint(r'C:\\models\\best.h5', save_freq='epoch'),",
      "    CSVLogger('''log\\u00e9.csv'''),",
      ']',
    ].join('\n');
    expect(only(source)).toEqual([
      { type: 'EarlyStopping', params: { patience: 10, minDelta: 0.001, startFromEpoch: 2, baseline: -0.5 } },
      { type: 'ModelCheckpoint', params: { filepath: 'run "1"-{epoch:02d}.keras', saveFreq: 5, initialValueThreshold: 2 } },
      { type: 'ModelCheckpoint', params: { filepath: 'C:\\models\\best.h5', saveFreq: 'epoch' } },
      { type: 'CSVLogger', params: { filename: 'logé.csv' } },
    ]);
  });

  it('turns a lambda schedule into a JavaScript arrow function', () => {
    expect(only('LearningRateScheduler(lambda epoch, lr: lr if epoch < 10 else lr * math.exp(-0.1), verbose=1)')).toEqual([
      { type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)', verbose: 1 } },
    ]);
  });

  it("turns the Keras docs' def schedule, with if/else, into JavaScript", () => {
    const source = [
      'def scheduler(epoch, lr):',
      '    """Keeps the rate for 10 epochs, then lowers it."""',
      '    if epoch < 10:',
      '        return lr',
      '    else:',
      '        return lr * ops.exp(-0.1)',
      '',
      'callback = keras.callbacks.LearningRateScheduler(scheduler)',
      'history = model.fit(np.arange(100).reshape(5, 20), np.zeros(5), epochs=15, callbacks=[callback], verbose=0)',
    ].join('\n');
    expect(only(source)).toEqual([{ type: 'LearningRateScheduler', params: { schedule: '(epoch, lr) => epoch < 10 ? lr : lr * Math.exp(-0.1)' } }]);
  });

  it('keeps the meaning of Python operators that differ from JavaScript', () => {
    const source = 'LearningRateScheduler(lambda e, lr: lr * 0.5 ** (e // 3) if 2 <= e < 30 and e % 4 != 1 else (lr - e) % 0.3 + np.minimum(lr, 1))';
    const [entry] = only(source);
    const js = entry?.type === 'LearningRateScheduler' ? entry.params.schedule : '';
    const python = (e: number, lr: number) => {
      const floorMod = (a: number, b: number) => a - b * Math.floor(a / b);
      return 2 <= e && e < 30 && floorMod(e, 4) !== 1 ? lr * 0.5 ** Math.floor(e / 3) : floorMod(lr - e, 0.3) + Math.min(lr, 1);
    };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const translated = (new Function(`return (${js});`) as () => (e: number, lr: number) => number)();
    for (let e = 0; e < 40; e++) expect(translated(e, 0.01)).toBeCloseTo(python(e, 0.01), 12);
  });

  it.each([
    ['ReduceLrOnPlateau(factor=0.5)', 1, 'unknown callback ReduceLrOnPlateau; did you mean ReduceLROnPlateau?'],
    ['x = 1\nReduceLROnPlateau(min_lrr=0.1)', 2, 'ReduceLROnPlateau has no argument min_lrr; did you mean min_lr?'],
    ['EarlyStopping(\n    patience="3")', 2, 'EarlyStopping(patience=...): Invalid input: expected number, received string'],
    ['ReduceLROnPlateau(factor=1.5)', 1, 'ReduceLROnPlateau(factor=...): ReduceLROnPlateau does not support a factor >= 1.0. Received factor=1.5'],
    ['EarlyStopping(patience=-1)', 1, 'EarlyStopping(patience=...): must be 0 or more'],
    ['EarlyStopping(patience=3, patience=4)', 1, 'EarlyStopping got patience twice'],
    ['EarlyStopping(*args)', 1, 'EarlyStopping: *args and **kwargs are not supported; write the arguments out'],
    ["TerminateOnNaN(True, 'x')", 1, 'TerminateOnNaN takes at most 1 positional arguments, got 2'],
    ['EarlyStopping(monitor=metric_name)', 1, 'EarlyStopping(monitor=...) must be a literal (a number, a string, True, False or None)'],
    ["ModelCheckpoint(f'{name}.keras')", 1, 'ModelCheckpoint(filepath=...): f-strings are not read; write a plain string'],
    ['\n\nLearningRateScheduler(lambda epoch: table[epoch])', 3, 'LearningRateScheduler: Plateau translates arithmetic only, and this uses a subscript'],
    ['def s(epoch, lr):\n    lr = lr * 0.5\n    return lr\nLearningRateScheduler(s)', 2, 'LearningRateScheduler: Plateau translates arithmetic only, and this uses a statement other than if and return'],
    ['LearningRateScheduler(keras.optimizers.schedules.ExponentialDecay(0.1, 100, 0.9))', 1, 'LearningRateScheduler: the schedule must be a lambda or a function defined in the pasted code'],
    ['LambdaCallback(on_epoch_end=lambda epoch, logs: print(epoch))', 1, 'LambdaCallback hooks are Python code, which Plateau does not import: write them in JavaScript in the stack editor'],
    ['class Stop(keras.callbacks.Callback):\n    pass\n\nmodel.fit(x, callbacks=[Stop()])', 4, 'Stop is a Python class, which Plateau does not import: write it in JavaScript as a CustomCallback'],
    ['model.fit(x, callbacks=[es])', 1, 'expected a callback such as EarlyStopping(...), found es, which is not bound to a callback here'],
    ['model.fit(x, callbacks=cbs)', 1, 'callbacks= must be a list of callbacks'],
    ["EarlyStopping(monitor='val_loss)", 1, 'a string is not closed'],
    ['cbs = [EarlyStopping(patience=3) for _ in range(2)]', 1, 'cannot read this line: comprehensions are not supported'],
    ["model.fit(x, callbacks=[TensorBoard(log_dir='./logs'), EarlyStopping()])", 1, 'TensorBoard is left out: TensorBoard writes event files for a TensorBoard server, which a browser page has neither of: the charts here show the same curves'],
    ["keras.callbacks.RemoteMonitor(root='http://localhost:9000')", 1, 'RemoteMonitor is left out: RemoteMonitor posts each epoch to a server over HTTP; Plateau runs in the page and sends nothing anywhere'],
    ["OrbaxCheckpoint(directory='ckpt')", 1, 'OrbaxCheckpoint is left out: OrbaxCheckpoint writes with the Orbax library of the JAX backend, which a browser does not have: use ModelCheckpoint'],
    [
      "ProgbarLogger(count_mode='steps')",
      1,
      "ProgbarLogger is left out: ProgbarLogger is added by fit here as in Keras: its lines are in the run log (the Fit panel's epoch-lines switch, fit's verbose); count_mode is Keras 2's, Keras 3 has none",
    ],
  ])('reports %j on line %i', (source, line, message) => {
    expect(problemsOf(source)).toContainEqual({ line, message });
  });

  it('reads SwapEMAWeights', () => {
    expect(only('callbacks = [SwapEMAWeights(swap_on_epoch=True)]').map((entry) => [entry.type, entry.params])).toEqual([['SwapEMAWeights', { swapOnEpoch: true }]]);
  });

  it('ignores the Python around the callbacks and never runs it', () => {
    const source = [
      'import os; os.system("rm -rf /")',
      'for i in range(3):',
      '    print(f"epoch {i}")',
      'with strategy.scope():',
      '    model = build()',
      '    stop = EarlyStopping(patience=2)',
      'model.compile(optimizer=keras.optimizers.Adam(1e-3), loss={"a": "mse"}, metrics=["mae"])',
      'model.fit(x[:100], y[:100], callbacks=[stop])',
    ].join('\n');
    expect(only(source)).toEqual([{ type: 'EarlyStopping', params: { patience: 2 } }]);
  });

  it('never throws, on cut or edited scripts and on deep nesting', { timeout: 30_000 }, () => {
    const script = exportKerasPython(SAMPLE_CONFIGS.everyCallback as RunConfig);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const inputs = [
      ...Array.from({ length: 40 }, (_, index) => script.slice(0, Math.floor((script.length * index) / 40))),
      ...Array.from({ length: 40 }, () => {
        const at = Math.floor(random() * script.length);
        return script.slice(0, at) + '([{)]}\'\'"#:=\n\t '[Math.floor(random() * 14)] + script.slice(at + 1);
      }),
      `EarlyStopping(patience=${'('.repeat(5000)}1${')'.repeat(5000)})`,
      `LearningRateScheduler(lambda e, lr: ${'-'.repeat(100_000)}lr)`,
      `x = ${'not '.repeat(50_000)}1`,
    ];
    for (const input of inputs) {
      const result = importKerasCallbacks(input);
      for (const problem of result.problems) expect(problem.message).not.toBe('');
    }
    expect(problemsOf(`EarlyStopping(patience=${'('.repeat(5000)}1${')'.repeat(5000)})`)).toEqual([
      { line: 1, message: 'cannot read this line: nested more than 200 levels deep' },
    ]);
  });

  it('gives nothing, and no problem, for code without callbacks, fit or optimizer', () => {
    expect(importKerasCallbacks('print(model.summary())\n')).toEqual({ entries: [], fit: null, optimizer: null, problems: [] });
    expect(importKerasCallbacks('')).toEqual({ entries: [], fit: null, optimizer: null, problems: [] });
  });
});

describe('export, then import', () => {
  const builtIn = (entry: StackEntry) => entry.type !== 'LambdaCallback' && entry.type !== 'CustomCallback' && entry.type !== 'LearningRateScheduler';
  const translatable = (entry: StackEntry) => entry.type === 'LearningRateScheduler' && arithmeticFromJs(entry.params.schedule).ok;

  it.each(Object.entries(SAMPLE_CONFIGS))('gives back the callback stack of %s', (_name, config: RunConfig) => {
    const enabled = config.callbacks.filter((entry) => entry.enabled !== false);
    const expected = enabled.filter((entry) => builtIn(entry) || translatable(entry));
    const { entries, problems } = importKerasCallbacks(exportKerasPython(config));
    expect(entries).toHaveLength(expected.length);
    entries.forEach((entry, index) => {
      const { id: _id, enabled: _enabled, ...original } = expected[index] as StackEntry;
      if (entry.type !== 'LearningRateScheduler' || original.type !== 'LearningRateScheduler') return expect(entry).toEqual(original);
      expect(entry.params.verbose).toEqual(original.params.verbose);
      const expectedRates = evaluate(original.params.schedule);
      evaluate(entry.params.schedule).forEach((rate, epoch) => expect(rate).toBeCloseTo(expectedRates[epoch] as number, 12));
    });
    const untranslated = enabled.length - expected.length;
    // An optimizer's schedule is named as left out: the Optimizer settings choose it.
    const scheduleLeftOut = config.optimizer.schedule ? 1 : 0;
    expect(beyondData(problems).length).toBe(untranslated + scheduleLeftOut);
  });

  it.each(Object.entries(SAMPLE_CONFIGS))('gives back the fit arguments and the optimizer of %s', (_name, config: RunConfig) => {
    const { fit, optimizer } = importKerasCallbacks(exportKerasPython(config));
    const { epochs, batchSize, validationSplit, verbose, validationFreq, initialEpoch, shuffle, classWeight } = config.fit;
    expect({ ...{ validationFreq: 1, initialEpoch: 0, shuffle: true, classWeight: null }, ...fit }).toEqual({ epochs, batchSize, validationSplit, verbose, validationFreq, initialEpoch, shuffle, classWeight });
    if (config.optimizer.schedule) return;
    expect(optimizer).toMatchObject({ kind: config.optimizer.kind, learningRate: config.optimizer.learningRate });
  });

  it('reports the schedule it could not translate, with its line', () => {
    const script = exportKerasPython(SAMPLE_CONFIGS.sineWithSchedules as RunConfig);
    const line = script.split('\n').findIndex((text) => text.includes('raise NotImplementedError')) + 1;
    expect(beyondData(importKerasCallbacks(script).problems).filter((problem) => !problem.message.includes('choose the schedule'))).toEqual([
      { line, message: 'LearningRateScheduler: Plateau translates arithmetic only, and this uses a statement other than if and return' },
    ]);
  });

  it('reads back the schedules of the sample setups as the same functions', () => {
    for (const source of [SCHEDULES.stepThenDecay, SCHEDULES.halveEvery10, SCHEDULES.cosine, SCHEDULES.blockWithIfs]) {
      const config = { ...(SAMPLE_CONFIGS.default as RunConfig), callbacks: [{ type: 'LearningRateScheduler' as const, params: { schedule: source } }] };
      const [entry] = importKerasCallbacks(exportKerasPython(config)).entries;
      const imported = entry?.type === 'LearningRateScheduler' ? entry.params.schedule : '';
      evaluate(imported).forEach((value, epoch) => expect(value).toBeCloseTo(evaluate(source)[epoch] as number, 12));
    }
  });
});
