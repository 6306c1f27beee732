/**
 * The data part of the exported script: numpy code that makes the same kind
 * of data as Plateau's synthetic datasets (not the same points: another
 * random generator), the CSV a user loaded, or a marked placeholder for the
 * bundled real datasets. It ends with `x` and `y` (2-D, float32) and says
 * what the model's output layer and loss must be.
 */
import { pyStrRepr } from '../callbacks/format/pythonRepr';
import type { DatasetConfig } from '../config/datasetConfig';
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

function csvDataset(config: Extract<DatasetConfig, { kind: 'csv' }>): DataSection {
  const features = config.features ? `[${config.features.map(pyStrRepr).join(', ')}]` : 'None';
  return {
    imports: ['import csv', 'import math', 'import re'],
    lines: [
      `# The CSV file ${pyStrRepr(config.name)} loaded into Plateau; target column ${pyStrRepr(config.target)}.`,
      ...csvLiteral(config.text),
      `TARGET = ${pyStrRepr(config.target)}`,
      `FEATURES = ${features}  # None: every column but the target`,
      `TASK = ${pyStrRepr(config.task)}  # "auto": text, or at most 10 distinct whole numbers, make classes`,
      '',
      '',
      'def natural_key(text):',
      '    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\\d+)", text)]',
      '',
      '',
      'def is_number(text):',
      '    try:',
      '        return math.isfinite(float(text))',
      '    except ValueError:',
      '        return False',
      '',
      '',
      'lines = [line for line in CSV_TEXT.splitlines() if line.strip()]',
      'separator = max([",", ";", "\\t"], key=lines[0].count)',
      'header, *rows = [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter=separator)]',
      'features = FEATURES or [name for name in header if name != TARGET]',
      'x = np.array([[float(row[header.index(name)]) for name in features] for row in rows], dtype="float32")',
      'targets = [row[header.index(TARGET)] for row in rows]',
      'numeric = all(is_number(target) for target in targets)',
      'few_whole = numeric and all(float(t).is_integer() for t in targets) and len({float(t) for t in targets}) <= 10',
      'if TASK == "regression" or (TASK == "auto" and numeric and not few_whole):',
      '    task = "regression"',
      '    y = np.array([float(t) for t in targets], dtype="float32").reshape(-1, 1)',
      'else:',
      '    classes = sorted(set(targets), key=natural_key)',
      '    labels = [classes.index(t) for t in targets]',
      '    task = "binary" if len(classes) == 2 else "multiclass"',
      '    y = np.array(labels, dtype="float32").reshape(-1, 1) if task == "binary" else keras.utils.to_categorical(labels, len(classes))',
    ],
    head: {
      activation: '{"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}[task]',
      loss: '{"binary": "binary_crossentropy", "multiclass": "categorical_crossentropy", "regression": "mean_squared_error"}[task]',
      metric: '"mae" if task == "regression" else "accuracy"',
    },
    standardise: true,
  };
}

export function dataSection(config: DatasetConfig): DataSection {
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
  }
}
