/**
 * The visible proof that a comparison is fair: every variant's loss before
 * its first step, as its worker evaluated it, is the same number (one seed
 * gives the same data, initial weights and shuffling).
 */
import type { InitialLoss } from '../../training/protocol';

export type SameStart =
  | { kind: 'waiting' }
  | { kind: 'same'; initialLoss: InitialLoss }
  | { kind: 'different'; losses: (InitialLoss | null)[] };

const equal = (a: InitialLoss, b: InitialLoss) => a.loss === b.loss && a.val_loss === b.val_loss;

export function sameStart(initialLosses: readonly (InitialLoss | null)[]): SameStart {
  const known = initialLosses.filter((loss): loss is InitialLoss => loss !== null);
  const [first] = known;
  if (!first || known.length < initialLosses.length) return { kind: 'waiting' };
  return known.every((loss) => equal(loss, first)) ? { kind: 'same', initialLoss: first } : { kind: 'different', losses: [...initialLosses] };
}

/**
 * With seeds: the k-th seed of every variant starts from the same weights,
 * so each seed's column must be equal across variants (seeds differ from
 * one another, as they should). The first column is the base's seed.
 */
export function sameStartBySeed(columns: readonly (readonly (InitialLoss | null)[])[]): SameStart {
  const checked = columns.map((column) => sameStart(column));
  if (checked.some((column) => column.kind === 'waiting')) return { kind: 'waiting' };
  return checked.find((column) => column.kind === 'different') ?? checked[0] ?? { kind: 'waiting' };
}

export function initialLossText(loss: InitialLoss): string {
  return loss.val_loss === undefined ? `loss ${loss.loss.toPrecision(6)}` : `loss ${loss.loss.toPrecision(6)}, val_loss ${loss.val_loss.toPrecision(6)}`;
}
