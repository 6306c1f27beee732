/**
 * Where each plateau-style callback stands after the newest epoch, in
 * words: the best value so far, how long it has waited against its
 * patience, the cooldown left. This is why the rate is about to drop or
 * training about to stop. Defaults are Keras's.
 */
import type { RunConfig } from '../../config/runConfig';
import type { CallbackStates } from '../../training/protocol';
import { formatNumber } from './runFigures';

export interface Standing {
  label: string;
  text: string;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function best(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : '–';
}

/**
 * Keras cuts only while the rate is above `min_lr` (`old_lr > min_lr`); at
 * `min_lr` its wait goes on past patience with nothing to cut. Say so, or
 * "wait 11 of patience 3" reads as a bug.
 */
function atMinLr(learningRate: number | undefined, minLr: number, wait: number, patience: number): string {
  if (learningRate === undefined || wait < patience || learningRate > Math.fround(minLr)) return '';
  return ` · the rate is already at min_lr ${formatNumber(minLr)}, so it waits without cutting, as Keras does`;
}

/** `learningRate` is the rate now, which says whether ReduceLROnPlateau still has room to cut. */
export function callbackStandings(config: RunConfig, states: CallbackStates, learningRate?: number): Standing[] {
  const standings: Standing[] = [];
  config.callbacks.forEach((spec, index) => {
    const label = `callbacks[${index}]`;
    const entry = states[label];
    if (!entry || entry.type !== spec.type) return;
    const params = (spec.params ?? {}) as Record<string, unknown>;
    const { state } = entry;
    const monitor = typeof params['monitor'] === 'string' ? params['monitor'] : 'val_loss';
    if (spec.type === 'ReduceLROnPlateau') {
      const cooldown = numberOr(state['cooldownCounter'], 0);
      const wait = numberOr(state['wait'], 0);
      const patience = numberOr(params['patience'], 10);
      standings.push({
        label: `${label} ReduceLROnPlateau`,
        text: `best ${monitor} ${best(state['best'])} · wait ${wait} of patience ${patience}${cooldown > 0 ? ` · cooldown ${cooldown} left` : ''}${atMinLr(learningRate, numberOr(params['minLr'], 0), wait, patience)}`,
      });
    } else if (spec.type === 'EarlyStopping') {
      standings.push({
        label: `${label} EarlyStopping`,
        text: `best ${monitor} ${best(state['best'])} · wait ${numberOr(state['wait'], 0)} of patience ${numberOr(params['patience'], 0)}`,
      });
    } else if (spec.type === 'ModelCheckpoint' && params['saveBestOnly'] === true) {
      standings.push({ label: `${label} ModelCheckpoint`, text: `best ${monitor} saved ${best(state['best'])}` });
    }
  });
  return standings;
}
