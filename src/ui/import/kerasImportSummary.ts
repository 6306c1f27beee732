/** What a Keras import did, in the box's words: the callbacks it read, the fit settings and optimizer it took, and each line it could not. */
import { KERAS_OPTIMIZER_CLASS, type OptimizerKind } from '../../config/optimizerParams';
import type { LineProblem } from '../../export/pythonTokens';

/** `fit`'s FitConfig fields, in Keras's spelling. */
const FIT_PYTHON: Readonly<Record<string, string>> = {
  batchSize: 'batch_size',
  epochs: 'epochs',
  verbose: 'verbose',
  validationSplit: 'validation_split',
  shuffle: 'shuffle',
  classWeight: 'class_weight',
  initialEpoch: 'initial_epoch',
  validationFreq: 'validation_freq',
};

export interface ImportedSettings {
  fit?: Record<string, unknown> | null;
  optimizer?: Record<string, unknown> | null;
}

export function kerasImportSummary(read: number, problems: readonly LineProblem[], settings: ImportedSettings = {}): string {
  const parts = [read === 0 ? 'No callback was read, so the stack is unchanged.' : `The stack is now the ${read} callback${read === 1 ? '' : 's'} read.`];
  const fitNames = Object.keys(settings.fit ?? {}).map((field) => FIT_PYTHON[field] ?? field);
  if (fitNames.length > 0) parts.push(`From fit(...): ${fitNames.join(', ')}.`);
  const kind = settings.optimizer?.['kind'];
  if (typeof kind === 'string' && kind in KERAS_OPTIMIZER_CLASS) parts.push(`The optimizer is now ${KERAS_OPTIMIZER_CLASS[kind as OptimizerKind]}, with the arguments given and Keras's defaults for the rest.`);
  if (problems.length > 0) parts.push(`Left out: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
  return parts.join(' ');
}
