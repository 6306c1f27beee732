/**
 * The run as the embed shows it, read-only: one line for the data, model and
 * training settings, and each callback as the Keras call a reader would
 * write (`ReduceLROnPlateau(monitor='val_loss', factor=0.5)`), in stack order.
 */
import type { RunConfig } from '../../config/runConfig';
import { KERAS_SIGNATURES, snakeCase } from '../../export/kerasSignatures';
import { DATASET_CHOICES } from '../settings/datasetChoices';

export interface SummaryLine {
  text: string;
  /** A switched-off entry is listed, marked, as the stack editor shows it. */
  disabled: boolean;
}

const MAX_CODE = 40;

function pythonValue(value: unknown): string {
  if (typeof value === 'string') {
    // Code: its first line, shortened; the consent prompt shows all of it.
    const firstLine = value.split('\n')[0]?.trim() ?? '';
    const shown = firstLine.length > MAX_CODE ? `${firstLine.slice(0, MAX_CODE - 1)}…` : firstLine;
    return `'${shown.replaceAll("'", "\\'")}'`;
  }
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return `[${value.map(pythonValue).join(', ')}]`;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

export function callbackLines(config: RunConfig): SummaryLine[] {
  return config.callbacks.map((entry) => {
    // In Keras's order, whatever order the forms wrote them in.
    const order = KERAS_SIGNATURES[entry.type].params.map((param) => param.name);
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    const args = Object.entries(entry.params as Record<string, unknown>)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([name, value]) => `${snakeCase(name)}=${pythonValue(value)}`);
    return { text: `${entry.type}(${args.join(', ')})`, disabled: entry.enabled === false };
  });
}

export function runLine(config: RunConfig): string {
  const { dataset, model, optimizer, fit } = config;
  const data = dataset.kind === 'csv' ? 'CSV data' : (DATASET_CHOICES.find((choice) => choice.kind === dataset.kind)?.label ?? dataset.kind);
  const layers = model.hiddenLayers.map((layer) => layer.units).join('-') || 'no hidden layers';
  const rate = optimizer.schedule ? `${optimizer.schedule.kind}` : `lr ${optimizer.learningRate}`;
  return `${data} · MLP ${layers} · ${optimizer.kind} ${rate} · ${fit.epochs} epochs, batch ${fit.batchSize}`;
}
