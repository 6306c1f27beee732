/**
 * Which data a run trains on. Names only: the training layer turns them
 * into tensors (STYLE.md: names in the config, objects at the edge).
 */
import { z } from 'zod';

export const SYNTHETIC_CLASSIFICATION = ['spiral', 'circles', 'xor', 'gaussian'] as const;

const size = (defaultSize: number) =>
  z.number().int('must be a whole number').min(20, 'must be at least 20').max(20_000, 'must be at most 20,000').default(defaultSize);
const noise = z.number().min(0, 'must be 0 or more').max(1, 'must be at most 1').default(0.1);

/** The learner's own CSV file, carried whole; the page and the worker read it the same way (src/data/csv). */
const csvDatasetSchema = z
  .strictObject({
    kind: z.literal('csv'),
    name: z.string().min(1, 'give the file a name'),
    /** The file's text; empty when a share link could not carry it (`omittedChars` then says how long it was). */
    text: z.string(),
    omittedChars: z.number().int().positive().optional(),
    target: z.string().min(1, 'choose the target column'),
    /** Feature columns; every column but the target when omitted. */
    features: z.array(z.string().min(1)).min(1, 'choose at least one feature column').optional(),
    /** `auto`: text or a few whole numbers in the target make classes, other numbers a regression. */
    task: z.enum(['auto', 'classification', 'regression']).default('auto'),
  })
  .superRefine((csv, ctx) => {
    if (csv.text !== '') return;
    const message = csv.omittedChars
      ? `"${csv.name}" (${Math.ceil(csv.omittedChars / 1000)} KB) was too big to carry in the link: choose the file again`
      : 'the file is empty';
    ctx.addIssue({ code: 'custom', path: ['text'], message });
  });

export const datasetConfigSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(SYNTHETIC_CLASSIFICATION), size: size(500), noise }),
    z.strictObject({ kind: z.literal('sine'), size: size(400), noise }),
    /** Fisher's iris flowers: 150 rows, 4 measurements, 3 species. */
    z.strictObject({ kind: z.literal('iris') }),
    /** Wages of 534 workers from the 1985 Current Population Survey (Berndt): regression on the hourly wage. */
    z.strictObject({ kind: z.literal('wages') }),
    csvDatasetSchema,
    /** MNIST handwritten digits (28×28 grey images, 10 classes), a subset of the `mnist` package's 10,000. */
    z.strictObject({ kind: z.literal('mnist'), size: z.union([z.literal(1000), z.literal(2000), z.literal(10_000)], { error: 'must be 1000, 2000 or 10000' }).default(2000) }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'unknown dataset kind; expected spiral, circles, xor, gaussian, sine, iris, wages, csv or mnist' : undefined) },
);

export type DatasetConfig = z.output<typeof datasetConfigSchema>;
export type CsvDatasetConfig = z.output<typeof csvDatasetSchema>;
export const MNIST_SIZES = [1000, 2000, 10_000] as const;
