/**
 * Which data a run trains on. Names only: the training layer turns them
 * into tensors (STYLE.md: names in the config, objects at the edge).
 */
import { z } from 'zod';

export const SYNTHETIC_CLASSIFICATION = ['spiral', 'circles', 'xor', 'gaussian'] as const;

const size = (defaultSize: number) =>
  z.number().int('must be a whole number').min(20, 'must be at least 20').max(20_000, 'must be at most 20,000').default(defaultSize);
const noise = z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1').default(0.1);

export const datasetConfigSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(SYNTHETIC_CLASSIFICATION), size: size(500), noise }),
    z.strictObject({ kind: z.literal('sine'), size: size(400), noise }),
    /** Fisher's iris flowers: 150 rows, 4 measurements, 3 species. */
    z.strictObject({ kind: z.literal('iris') }),
    /** Wages of 534 workers from the 1985 Current Population Survey (Berndt): regression on the hourly wage. */
    z.strictObject({ kind: z.literal('wages') }),
    z.strictObject({
      kind: z.literal('csv'),
      name: z.string().min(1, 'give the file a name'),
      text: z.string().min(1, 'the file is empty'),
      target: z.string().min(1, 'choose the target column'),
      /** Feature columns; every column but the target when omitted. */
      features: z.array(z.string().min(1)).min(1, 'choose at least one feature column').optional(),
      /** `auto`: text or a few whole numbers in the target make classes, other numbers a regression. */
      task: z.enum(['auto', 'classification', 'regression']).default('auto'),
    }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'unknown dataset kind; expected spiral, circles, xor, gaussian, sine, iris, wages or csv' : undefined) },
);

export type DatasetConfig = z.output<typeof datasetConfigSchema>;
