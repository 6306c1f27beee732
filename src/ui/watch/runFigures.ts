/** The numbers the run bar shows, worked out from the session: epoch counter, ETA, speed. */
import { timingLine, type BackendInfo, type TestEvaluation } from '../../training/protocol';
import type { RunSessionState } from './runSession';

export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '–';
  return Number.isFinite(value) ? value.toPrecision(4) : String(value);
}

/** Four decimals as Keras prints them, but a huge or tiny value in exponent form: `9.908e+18`, not 19 digits. */
export function formatFixed4(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  return size !== 0 && (size >= 1e6 || size < 1e-4) ? value.toExponential(3) : value.toFixed(4);
}

/** The backend in a few words ("wasm: 31 ms an epoch; cpu 45 ms" when auto measured); the full reason goes behind a disclosure. */
export function backendPhrase(backend: BackendInfo): string {
  if (backend.requested === 'auto' && backend.timings?.some((timing) => timing.msPerEpoch !== null)) return timingLine(backend.name, backend.timings);
  if (backend.requested === 'auto') return `${backend.name}, chosen automatically`;
  return backend.requested === backend.name ? `${backend.name}, forced` : `${backend.name} (${backend.requested} failed)`;
}

/** Throughput while a run trains; none once it has ended, when the last figure would be stale or 0. */
export function speedReadout(progress: { samplesPerSecond: number } | null, active: boolean): string {
  return active && progress && progress.samplesPerSecond > 0 ? String(Math.round(progress.samplesPerSecond)) : '–';
}

export function epochCounter(state: RunSessionState): string {
  const last = state.history.at(-1);
  return last ? `${last.epoch + 1} / ${state.totalEpochs}` : '–';
}

/** Seconds left, from the mean time of the epochs so far. */
export function etaSeconds(state: RunSessionState): number | null {
  const done = state.history.length;
  if (done === 0 || state.totalEpochs <= done) return null;
  const mean = state.history.reduce((sum, row) => sum + row.seconds, 0) / done;
  return mean * (state.totalEpochs - done);
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** The worker's tensor count now and after epoch 5, where a leak would show as growth. */
export function tensorReadout(state: RunSessionState): string {
  const latest = state.history.at(-1)?.tensors;
  if (latest === undefined) return '–';
  const fifth = state.history.find((row) => row.epoch === 4)?.tensors;
  return fifth === undefined ? String(latest) : `${latest} (after epoch 5: ${fifth})`;
}

/** The final model on the held-out test set, in the words of Keras's `evaluate`: `test loss 0.3012 · test accuracy 0.9100 (100 samples)`. */
export function describeTest(test: TestEvaluation): string {
  const figures = Object.entries(test.logs).map(([key, value]) => `test ${key} ${formatFixed4(value)}`);
  return `${figures.join(' · ')} (${test.samples} samples)`;
}
