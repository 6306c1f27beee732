/**
 * Pure pieces of `auto` by measurement (DESIGN.md §9): which timed backend
 * is fastest, the one-line reason, and the keys its timings are cached
 * under (the model's shape, and the device).
 */
import type { RunConfig } from '../config/runConfig';
import { rankTimings, timingLine, type BackendName, type BackendTiming } from './protocol';

export { rankTimings, timingLine } from './protocol';

/** The fastest timed backend, or null when none was timed. */
export function fastestBackend(timings: readonly BackendTiming[]): BackendName | null {
  const [first] = rankTimings(timings);
  return first && first.msPerEpoch !== null ? first.name : null;
}

/** The line, then why each untimed candidate has no time. */
export function timingReason(chosen: BackendName, timings: readonly BackendTiming[], measured: 'now' | 'cached'): string {
  const untimed = timings.filter((timing) => timing.msPerEpoch === null).map((timing) => `${timing.name} not timed: ${timing.note ?? 'unavailable'}`);
  const how = measured === 'now' ? 'measured now on a few batches of this model' : 'measured earlier on this model and device';
  return [`fastest ${how}: ${timingLine(chosen, timings)}`, ...untimed].join('; ');
}

/**
 * What sets a batch's cost, and nothing else: the data's shape (not its
 * size, noise or seed), the layers, the optimizer's kind and the batch size.
 */
export function modelSignature(config: RunConfig): string {
  const { dataset } = config;
  const data = dataset.kind === 'csv' ? { csv: dataset.name, target: dataset.target, features: dataset.features ?? null } : dataset.kind;
  return JSON.stringify({ data, model: config.model, optimizer: config.optimizer.kind, batchSize: config.fit.batchSize });
}

export interface DeviceFacts {
  webgpu: string;
  webgl: string;
  cores: number;
}

export function deviceKey(device: DeviceFacts): string {
  return JSON.stringify([device.webgpu, device.webgl, device.cores]);
}

/** The cache's key: timings hold for one model shape on one device. */
export function timingKey(config: RunConfig, device: DeviceFacts): string {
  return `${deviceKey(device)}|${modelSignature(config)}`;
}
