/**
 * A made-up but typical run, for previewing plateau-style callbacks before
 * any run was recorded: the loss falls fast, then flattens; the validation
 * loss follows it, then creeps up (overfitting) from 60 % of the run; the
 * metric mirrors the loss. A small deterministic wobble makes plateaus as
 * real training has them. Always labelled as typical, never as a result.
 */
import type { Logs } from '../../callbacks';

export function typicalLosses(epochs: number, metric: 'accuracy' | 'mae'): Logs[] {
  const turn = Math.max(1, Math.round(epochs * 0.6));
  return Array.from({ length: epochs }, (_, epoch) => {
    const progress = epoch / Math.max(1, epochs - 1);
    const wobble = 0.015 * Math.sin(epoch * 2.3);
    const loss = 0.08 + 0.62 * Math.exp(-6 * progress) + wobble;
    const overfit = epoch > turn ? 0.004 * (epoch - turn) : 0;
    const valLoss = loss + 0.04 + overfit - 0.5 * wobble;
    const logs: Logs = { loss, val_loss: valLoss };
    if (metric === 'accuracy') {
      logs['accuracy'] = Math.min(1, 1.05 - loss);
      logs['val_accuracy'] = Math.min(1, 1.05 - valLoss);
    } else {
      logs['mae'] = loss * 0.8;
      logs['val_mae'] = valLoss * 0.8;
    }
    return logs;
  });
}
