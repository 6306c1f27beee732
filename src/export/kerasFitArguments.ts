/**
 * `model.fit`'s arguments beyond the data, epochs, batch size and split, as
 * a Keras script writes them: `verbose=2` always (the page's run log prints
 * one line an epoch; Keras's own default, "auto", would draw bars), the
 * others only where they differ from Keras's defaults.
 */
import type { FitConfig } from '../config/modelConfig';
import { pythonLiteral } from './pythonLiteral';

export function fitArguments(fit: FitConfig): string[] {
  const lines = [`verbose=${fit.verbose},`];
  if (fit.validationFreq !== 1) lines.push(`validation_freq=${pythonLiteral(fit.validationFreq, 'int')},`);
  if (fit.initialEpoch !== 0) lines.push(`initial_epoch=${fit.initialEpoch},`);
  if (!fit.shuffle) lines.push('shuffle=False,');
  if (fit.classWeight !== null) {
    const pairs = Object.entries(fit.classWeight).map(([index, weight]) => `${index}: ${pythonLiteral(weight, 'float')}`);
    lines.push(`class_weight={${pairs.join(', ')}},`);
  }
  return lines;
}
