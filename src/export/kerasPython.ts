/**
 * A RunConfig as a runnable Keras 3 Python script: imports, data, model,
 * `compile`, the callback stack with Keras's own parameter names, and `fit`.
 * The door for users who outgrow the browser: the same stack on TensorFlow,
 * JAX or PyTorch.
 */
import type { LayerSpec } from '../config/layerSchemas';
import type { LayerConfig, ModelConfig } from '../config/modelConfig';
import type { RunConfig } from '../config/runConfig';
import { callbacksSection } from './kerasCallbacks';
import { dataSection } from './kerasData';
import { optimizerExpression } from './kerasOptimizer';
import { scheduleExport } from './kerasSchedules';
import { fitArguments } from './kerasFitArguments';
import { pythonLiteral } from './pythonLiteral';

/** The CSV file the script's run logs to, for Plateau's Runs list to import. */
export const HISTORY_LOG_FILE = 'plateau_history.csv';

const HISTORY_LOG_LINES = [
  "# Keras logs every epoch to this file as it trains. Import it in Plateau's Runs list (Import a Keras log…)",
  '# to lay this run beside the browser run it came from, or to replay another callback stack over it.',
  `callback_list.append(callbacks.CSVLogger("${HISTORY_LOG_FILE}"))`,
];

function heading(title: string): string[] {
  return ['', '', `# ${'-'.repeat(3)} ${title} ${'-'.repeat(Math.max(3, 70 - title.length))}`];
}

function hiddenLayers(layers: readonly LayerConfig[]): string[] {
  return layers.flatMap((layer) => [
    `layers.Dense(${layer.units}, activation="${layer.activation}"),`,
    ...(layer.dropout > 0 ? [`layers.Dropout(${pythonLiteral(layer.dropout, 'float')}),`] : []),
  ]);
}

/** A Keras layer list, with the arguments that differ from Keras's defaults. */
function layerList(layers: readonly LayerSpec[]): string[] {
  const activation = (name: string) => (name === 'linear' ? [] : [`activation="${name}"`]);
  return layers.map((layer) => {
    switch (layer.type) {
      case 'Conv2D': {
        const args = [`${layer.filters}`, `kernel_size=${layer.kernelSize}`];
        if (layer.strides !== 1) args.push(`strides=${layer.strides}`);
        if (layer.padding !== 'valid') args.push(`padding="${layer.padding}"`);
        return `layers.Conv2D(${[...args, ...activation(layer.activation)].join(', ')}),`;
      }
      case 'MaxPooling2D':
        return `layers.MaxPooling2D(pool_size=${layer.poolSize}),`;
      case 'Flatten':
        return 'layers.Flatten(),';
      case 'Dense':
        return `layers.Dense(${[`${layer.units}`, ...activation(layer.activation)].join(', ')}),`;
      case 'Dropout':
        return `layers.Dropout(${pythonLiteral(layer.rate, 'float')}),`;
    }
  });
}

function modelLayers(model: ModelConfig): string[] {
  return model.layers ? layerList(model.layers) : hiddenLayers(model.hiddenLayers);
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((line) => (line === '' ? line : `${by}${line}`));
}

export function exportKerasPython(config: RunConfig): string {
  const data = dataSection(config.dataset, config.model.layers !== null);
  const stack = callbacksSection(config.callbacks);
  const schedule = config.optimizer.schedule ? scheduleExport(config.optimizer.schedule) : null;
  const { fit } = config;
  const heldOut = fit.testSplit > 0;
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
    ...(heldOut ? [`TEST_SPLIT = ${pythonLiteral(fit.testSplit, 'float')}`] : []),
    'keras.utils.set_random_seed(SEED)',
    'rng = np.random.default_rng(SEED)',
    ...heading('Data'),
    ...data.lines,
    '',
    "# Plateau shuffles before it splits; Keras's validation_split takes the last rows as they come.",
    'order = rng.permutation(len(x))',
    'x, y = x[order], y[order]',
    ...(heldOut
      ? [
          '# The last TEST_SPLIT of the shuffled rows is held out, and scored once after training.',
          'test_rows = int(len(x) * TEST_SPLIT)',
          'x, x_test = x[: len(x) - test_rows], x[len(x) - test_rows :]',
          'y, y_test = y[: len(y) - test_rows], y[len(y) - test_rows :]',
        ]
      : []),
    ...(data.standardise
      ? [
          "# Plateau standardises real data with the training part's mean and deviation.",
          'train_rows = len(x) - int(len(x) * VALIDATION_SPLIT)',
          'mean, std = x[:train_rows].mean(axis=0), x[:train_rows].std(axis=0)',
          'x = (x - mean) / np.where(std > 0, std, 1)',
          ...(heldOut ? ['x_test = (x_test - mean) / np.where(std > 0, std, 1)'] : []),
        ]
      : []),
    ...heading('Model'),
    ...(schedule && schedule.definition.length > 0 ? [...schedule.definition, '', ''] : []),
    'model = keras.Sequential(',
    '    [',
    '        keras.Input(shape=x.shape[1:]),',
    ...indent(modelLayers(config.model), '        '),
    `        layers.Dense(y.shape[1], activation=${data.head.activation}),`,
    '    ]',
    ')',
    'model.compile(',
    `    optimizer=${optimizerExpression(config.optimizer, schedule)},`,
    `    loss=${data.head.loss},`,
    `    metrics=[${data.head.metric}],`,
    ')',
    ...heading('Callbacks'),
    ...stack.definitions.flatMap((definition) => [...definition, '', '']),
    ...(config.callbacks.length === 0
      ? ['callback_list = []']
      : ['callback_list = [', ...stack.items.flatMap((item) => indent([...item.slice(0, -1), `${item.at(-1) ?? ''},`], '    ')), ']']),
    '',
    ...HISTORY_LOG_LINES,
    ...heading('Training'),
    'history = model.fit(',
    '    x,',
    '    y,',
    `    epochs=${fit.epochs},`,
    `    batch_size=${fit.batchSize},`,
    '    validation_split=VALIDATION_SPLIT,',
    ...indent(fitArguments(fit), '    '),
    '    callbacks=callback_list,',
    ')',
    ...(heldOut
      ? [
          '',
          '# The final model (best weights, if EarlyStopping restored them) on the held-out test set.',
          'if len(x_test) > 0:',
          `    test_results = model.evaluate(x_test, y_test, batch_size=${fit.batchSize}, verbose=0, return_dict=True)`,
          '    print("Held-out test set:", test_results, f"({len(x_test)} samples)")',
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
