/**
 * Which variants of a comparison can train as one stacked model (DESIGN.md
 * §7): those with the same data and split, architecture, batch size and
 * optimizer shape. Each group trains in one worker; variants that differ in
 * those fall into groups of their own, and one the stack cannot train
 * (`stackable`) trains alone.
 */
import { kerasOptimizerParams } from './modelConfig';
import { stackKey } from './optimizerParams';
import type { RunConfig } from './runConfig';

/**
 * Whether the stacked trainer can train this config exactly as alone: an MLP
 * (not a layer list), every epoch validated, from epoch 0, shuffled, no class
 * weights, no BackupAndRestore. Any other config trains alone, with the solo trainer.
 */
export function stackable(config: RunConfig): boolean {
  const { model, fit } = config;
  // BackupAndRestore's backups restore a whole model: a run with one trains alone.
  if (config.callbacks.some((spec) => spec.type === 'BackupAndRestore' && spec.enabled !== false)) return false;
  return model.layers === null && fit.validationFreq === 1 && fit.initialEpoch === 0 && fit.shuffle && fit.classWeight === null;
}

export function stackGroupKey(config: RunConfig): string {
  const { dataset, model, fit, optimizer } = config;
  return JSON.stringify([dataset, model, fit.batchSize, fit.validationSplit, fit.testSplit, fit.splitSeed ?? fit.seed, stackKey(optimizer.kind, kerasOptimizerParams(optimizer))]);
}

/** The variants' indices, grouped by stack, in the order the groups first appear. */
export function stackGroups(configs: readonly RunConfig[]): number[][] {
  const groups = new Map<string, number[]>();
  configs.forEach((config, index) => {
    const key = stackable(config) ? stackGroupKey(config) : `alone ${index}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()];
}
