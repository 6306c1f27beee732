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

export function callbackStandings(config: RunConfig, states: CallbackStates): Standing[] {
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
      standings.push({
        label: `${label} ReduceLROnPlateau`,
        text: `best ${monitor} ${best(state['best'])} · wait ${numberOr(state['wait'], 0)} of patience ${numberOr(params['patience'], 10)}${cooldown > 0 ? ` · cooldown ${cooldown} left` : ''}`,
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
