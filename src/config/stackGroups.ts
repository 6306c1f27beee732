/**
 * Which variants of a comparison can train as one stacked model (DESIGN.md
 * §7): those with the same data and split, architecture, batch size and
 * optimizer shape. Each group trains in one worker; variants that differ in
 * those fall into groups of their own.
 */
import { kerasOptimizerParams } from './modelConfig';
import { stackKey } from './optimizerParams';
import type { RunConfig } from './runConfig';

export function stackGroupKey(config: RunConfig): string {
  const { dataset, model, fit, optimizer } = config;
  return JSON.stringify([dataset, model, fit.batchSize, fit.validationSplit, fit.testSplit, fit.splitSeed ?? fit.seed, stackKey(optimizer.kind, kerasOptimizerParams(optimizer))]);
}

/** The variants' indices, grouped by stack, in the order the groups first appear. */
export function stackGroups(configs: readonly RunConfig[]): number[][] {
  const groups = new Map<string, number[]>();
  configs.forEach((config, index) => {
    const key = stackGroupKey(config);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()];
}
