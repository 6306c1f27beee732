/**
 * `RunConfig`: everything that describes a run, validated by one schema that
 * the forms, the JSON import, the share link and the worker all use
 * (DESIGN.md §1). Versioned from the start (`v`), so that old links and
 * records can be migrated before they are validated.
 */
import { z } from 'zod';
import { learningRateNotSettable } from '../callbacks/schedules';
import { callbackSpecSchema } from './callbackSchemas';
import { datasetConfigSchema } from './datasetConfig';
import { inputShapeOf, layerShapes } from './layerShapes';
import { fitConfigSchema, modelConfigSchema, optimizerConfigSchema } from './modelConfig';
import { parseWith, type ParseResult } from './parseResult';

/** v2 added `fit.testSplit`; a v1 setup had no test set, so it migrates with `testSplit: 0`. */
export const RUN_CONFIG_VERSION = 2;

/** Callbacks that set the optimizer's learning rate, which Keras refuses when a schedule drives it. */
export const RATE_SETTERS: ReadonlySet<string> = new Set(['ReduceLROnPlateau', 'LearningRateScheduler', 'LRCoach']);

/** Keras's reason why nothing may set the learning rate (a schedule drives it), or null when it may be set. */
export function rateLockedReason(optimizer: { schedule: unknown }): string | null {
  return optimizer.schedule ? learningRateNotSettable().message : null;
}

export const runConfigSchema = z
  .strictObject({
    v: z.literal(RUN_CONFIG_VERSION).default(RUN_CONFIG_VERSION),
    dataset: datasetConfigSchema.default({ kind: 'spiral', size: 500, noise: 0.1 }),
    model: modelConfigSchema.prefault({}),
    optimizer: optimizerConfigSchema.prefault({}),
    fit: fitConfigSchema.prefault({}),
    callbacks: z.array(callbackSpecSchema).default([]),
  })
  .superRefine((config, ctx) => {
    if (config.model.layers) {
      for (const problem of layerShapes(inputShapeOf(config.dataset), config.model.layers).problems) {
        ctx.addIssue({ code: 'custom', path: ['model', 'layers', problem.index, ...(problem.field ? [problem.field] : [])], message: problem.message });
      }
    }
    if (!config.optimizer.schedule) return;
    config.callbacks.forEach((spec, index) => {
      if (spec.enabled === false || !RATE_SETTERS.has(spec.type)) return;
      ctx.addIssue({ code: 'custom', path: ['callbacks', index], message: learningRateNotSettable().message });
    });
  });

export type RunConfig = z.output<typeof runConfigSchema>;
export type StackEntry = RunConfig['callbacks'][number];

export function parseRunConfig(raw: unknown): ParseResult<RunConfig> {
  return parseWith(runConfigSchema, raw, Object.keys(runConfigSchema.shape));
}

/** The default run: pressing Train with no changes gives a good first run in seconds. */
export function defaultRunConfig(): RunConfig {
  return runConfigSchema.parse({});
}
