/**
 * A RunConfig as a runnable Keras 3 Python script: imports, data, model,
 * `compile`, the callback stack with Keras's own parameter names, and `fit`.
 * The door for users who outgrow the browser: the same stack on TensorFlow,
 * JAX or PyTorch.
 */
import type { LayerConfig, OptimizerConfig } from '../config/modelConfig';
import type { RunConfig } from '../config/runConfig';
import { callbacksSection } from './kerasCallbacks';
import { dataSection } from './kerasData';
import { scheduleExport, type ScheduleExport } from './kerasSchedules';
import { pythonLiteral } from './pythonLiteral';

const OPTIMIZER_CLASSES: Record<OptimizerConfig['kind'], string> = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop', adagrad: 'Adagrad' };

function heading(title: string): string[] {
  return ['', '', `# ${'-'.repeat(3)} ${title} ${'-'.repeat(Math.max(3, 70 - title.length))}`];
}

function optimizer(config: OptimizerConfig, schedule: ScheduleExport | null): string {
  const args = [`learning_rate=${schedule ? schedule.expression : pythonLiteral(config.learningRate, 'float')}`];
  if (config.kind === 'sgd' && config.momentum > 0) args.push(`momentum=${pythonLiteral(config.momentum, 'float')}`);
  return `optimizers.${OPTIMIZER_CLASSES[config.kind]}(${args.join(', ')})`;
}

function hiddenLayers(layers: readonly LayerConfig[]): string[] {
  return layers.flatMap((layer) => [
    `layers.Dense(${layer.units}, activation="${layer.activation}"),`,
    ...(layer.dropout > 0 ? [`layers.Dropout(${pythonLiteral(layer.dropout, 'float')}),`] : []),
  ]);
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((line) => (line === '' ? line : `${by}${line}`));
}

export function exportKerasPython(config: RunConfig): string {
  const data = dataSection(config.dataset);
  const stack = callbacksSection(config.callbacks);
  const schedule = config.optimizer.schedule ? scheduleExport(config.optimizer.schedule) : null;
  const { fit } = config;
  const standardImports = [...new Set([...data.imports, ...(stack.usesMath ? ['import math'] : [])])].sort();
  const allTodos = [...(schedule?.todos ?? []), ...stack.todos];
  const todos = allTodos.length > 0 ? ['', 'Port these by hand before the script runs as it did in Plateau:', ...allTodos.map((todo) => `  - ${todo}`)] : [];
  const lines = [
    '"""A Plateau setup as a Keras 3 script.',
    '',
    'Runs on any Keras 3 backend (TensorFlow, JAX or PyTorch): python this_file.py',
    ...todos,
    '"""',
    ...standardImports,
    ...(standardImports.length > 0 ? [''] : []),
    'import numpy as np',
    '',
    'import keras',
    'from keras import callbacks, layers, optimizers',
    '',
    `SEED = ${fit.seed}`,
    `VALIDATION_SPLIT = ${pythonLiteral(fit.validationSplit, 'float')}`,
    'keras.utils.set_random_seed(SEED)',
    'rng = np.random.default_rng(SEED)',
    ...heading('Data'),
    ...data.lines,
    '',
    "# Plateau shuffles before it splits; Keras's validation_split takes the last rows as they come.",
    'order = rng.permutation(len(x))',
    'x, y = x[order], y[order]',
    ...(data.standardise
      ? [
          "# Plateau standardises real data with the training part's mean and deviation.",
          'train_rows = int(len(x) * (1 - VALIDATION_SPLIT))',
          'mean, std = x[:train_rows].mean(axis=0), x[:train_rows].std(axis=0)',
          'x = (x - mean) / np.where(std > 0, std, 1)',
        ]
      : []),
    ...heading('Model'),
    ...(schedule && schedule.definition.length > 0 ? [...schedule.definition, '', ''] : []),
    'model = keras.Sequential(',
    '    [',
    '        keras.Input(shape=(x.shape[1],)),',
    ...indent(hiddenLayers(config.model.hiddenLayers), '        '),
    `        layers.Dense(y.shape[1], activation=${data.head.activation}),`,
    '    ]',
    ')',
    'model.compile(',
    `    optimizer=${optimizer(config.optimizer, schedule)},`,
    `    loss=${data.head.loss},`,
    `    metrics=[${data.head.metric}],`,
    ')',
    ...heading('Callbacks'),
    ...stack.definitions.flatMap((definition) => [...definition, '', '']),
    ...(config.callbacks.length === 0
      ? ['callback_list = []']
      : ['callback_list = [', ...stack.items.flatMap((item) => indent([...item.slice(0, -1), `${item.at(-1) ?? ''},`], '    ')), ']']),
    ...heading('Training'),
    'history = model.fit(',
    '    x,',
    '    y,',
    `    epochs=${fit.epochs},`,
    `    batch_size=${fit.batchSize},`,
    '    validation_split=VALIDATION_SPLIT,',
    '    callbacks=callback_list,',
    ')',
  ];
  return `${lines.join('\n')}\n`;
}
