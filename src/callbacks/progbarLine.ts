/**
 * The line `keras.utils.Progbar` prints when an epoch's bar is finalized
 * (`keras/src/utils/progbar.py`, Keras 3.16, `update(..., finalize=True)`),
 * without the terminal's colour codes:
 *
 * - verbose 2: `32/32 - 0s - 3ms/step - loss: 0.4123 - val_loss: 0.5012`
 * - verbose 1: `32/32 ━━━━━━━━━━━━━━━━━━━━ 0s 3ms/step - loss: 0.4123 - val_loss: 0.5012`
 *
 * A value above 1e-3 shows as `.4f`, any other as `.4e` (verbose 1 compares
 * its absolute value, verbose 2 the value itself, as Keras does). Numbers go
 * through Python's own `format`, so `nan` and `1.0000e-04` read as Keras's.
 */
import { pyFormatValue } from './format/formatValue';
import { pyFloat } from './format/pyValue';
import type { Logs } from './types';

/** Keras's Progbar width. */
const BAR_WIDTH = 20;

const py = (value: number, spec: string): string => pyFormatValue(pyFloat(value), spec);

/** `Progbar._format_time`: the duration of one unit, with its leading space. */
export function formatStepTime(secondsPerUnit: number, unitName = 'step'): string {
  if (secondsPerUnit >= 1 || secondsPerUnit === 0) return ` ${py(secondsPerUnit, '.0f')}s/${unitName}`;
  if (secondsPerUnit >= 1e-3) return ` ${py(secondsPerUnit * 1000, '.0f')}ms/${unitName}`;
  return ` ${py(secondsPerUnit * 1_000_000, '.0f')}us/${unitName}`;
}

/** One ` - name: value` per log, in the logs' order. */
function formatLogs(logs: Logs, compareAbsolute: boolean): string {
  let text = '';
  for (const [name, value] of Object.entries(logs)) {
    const shown = compareAbsolute ? Math.abs(value) : value;
    text += ` - ${name}: ${py(value, shown > 1e-3 ? '.4f' : '.4e')}`;
  }
  return text;
}

export interface FinalProgbar {
  /** Steps done (the target, when finalized). */
  current: number;
  target: number;
  /** Seconds since the bar was made (the epoch began). */
  elapsed: number;
  /** Seconds per step as Keras estimates it. */
  secondsPerStep: number;
  logs: Logs;
}

/** `%{numdigits}d/%d`: the step count right-aligned to the target's width. */
function stepCount(current: number, target: number): string {
  const digits = Math.floor(Math.log10(target)) + 1;
  return `${String(current).padStart(digits, ' ')}/${target}`;
}

export function progbarLine(verbose: 1 | 2, bar: FinalProgbar): string {
  const count = stepCount(bar.current, bar.target);
  if (verbose === 2) {
    return `${count} - ${py(bar.elapsed, '.0f')}s -${formatStepTime(bar.secondsPerStep)}${formatLogs(bar.logs, false)}`;
  }
  const done = Math.floor(BAR_WIDTH * (bar.current / bar.target));
  const drawn = `${'━'.repeat(done)}${'━'.repeat(BAR_WIDTH - done)}`;
  return `${count} ${drawn} ${py(bar.elapsed, '.0f')}s${formatStepTime(bar.secondsPerStep)}${formatLogs(bar.logs, true)}`;
}
