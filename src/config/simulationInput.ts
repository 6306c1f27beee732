/**
 * The input of `npm run simulate` (DESIGN.md §3): a recorded run and the
 * callback stack to run over it.
 */
import { z } from 'zod';
import { callbackSpecSchema } from './callbackSchemas';
import { logsSchema } from './loggedNumber';
import { validationFreqSchema } from './modelConfig';
import { parseWith, type ParseResult } from './parseResult';

export const simulationInputSchema = z
  .strictObject({
    initialLr: z.number().min(0, 'must be 0 or more').refine(Number.isFinite, 'must be finite'),
    callbacks: z.array(callbackSpecSchema),
    epochs: z.array(logsSchema),
    batchLogs: z.array(z.array(logsSchema)).optional(),
    metrics: z
      .array(z.strictObject({ name: z.string().min(1), direction: z.enum(['up', 'down']) }))
      .optional(),
    /** `fit(validation_freq=...)`, as in the RunConfig. */
    validationFreq: validationFreqSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.batchLogs && input.batchLogs.length !== input.epochs.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['batchLogs'],
        message: `must have one list of batch logs per epoch (${input.epochs.length}), got ${input.batchLogs.length}`,
      });
    }
  });

export type ValidSimulationInput = z.output<typeof simulationInputSchema>;

export function parseSimulationInput(raw: unknown): ParseResult<ValidSimulationInput> {
  return parseWith(simulationInputSchema, raw, Object.keys(simulationInputSchema.shape));
}
