/**
 * A compare setup: 2–16 variants of one base run, each with a name, a
 * colour and a number of seeds, as one JSON-serialisable object (so a share
 * link can carry it).
 *
 * A comparison is fair only when the runs see the same data, start from the
 * same weights and shuffle in the same order, so every variant must share
 * the base's dataset, model and fit settings (seed included); a variant
 * differs by its optimizer (schedule, rate) and its callback stack. A
 * variant "× N seeds" trains N runs (seedRuns.ts), every variant's k-th
 * seed the same, so seeds pair across variants.
 */
import { z } from 'zod';
import { parseWith, type ParseResult } from './parseResult';
import { runConfigSchema, type RunConfig } from './runConfig';

export const COMPARE_CONFIG_VERSION = 1;
export const MIN_VARIANTS = 2;
/** Sixteen: the variants train as stacked models (DESIGN.md §7), so many cost little more than one. */
export const MAX_VARIANTS = 16;

/** Seeds a variant may train: one, or a group of 2–8 drawn as a mean with its band. */
export const MAX_SEEDS = 8;

/** Distinct on light and dark panels; the first four also for the common colour-vision deficiencies. */
export const VARIANT_COLOURS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#db2777', '#ca8a04', '#475569', '#dc2626', '#65a30d'] as const;

const SHARED_SECTIONS = ['dataset', 'model', 'fit'] as const;
type SharedSection = (typeof SHARED_SECTIONS)[number];

const variantSchema = z.strictObject({
  name: z.string().trim().min(1, 'give the variant a name').max(40, 'must be at most 40 characters'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #2563eb'),
  config: runConfigSchema,
  /** Absent in setups written before seeds were a dimension: one seed. */
  seeds: z.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_SEEDS, `must be at most ${MAX_SEEDS}`).optional(),
});

/** How many runs a variant trains. */
export function seedCount(variant: { seeds?: number | undefined }): number {
  return variant.seeds ?? 1;
}

/** Key order does not matter for "the same settings". */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameSettings(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export const compareConfigSchema = z
  .strictObject({
    v: z.literal(COMPARE_CONFIG_VERSION).default(COMPARE_CONFIG_VERSION),
    base: runConfigSchema,
    variants: z
      .array(variantSchema)
      .min(MIN_VARIANTS, `compare at least ${MIN_VARIANTS} variants`)
      .max(MAX_VARIANTS, `compare at most ${MAX_VARIANTS} variants`),
  })
  .superRefine((setup, ctx) => {
    const runs = setup.variants.reduce((total, variant) => total + seedCount(variant), 0);
    if (runs > MAX_VARIANTS) {
      const seeded = setup.variants.map((variant, index) => (seedCount(variant) > 1 ? index : -1));
      const at = Math.max(...seeded);
      ctx.addIssue({
        code: 'custom',
        path: at >= 0 ? ['variants', at, 'seeds'] : ['variants'],
        message: `these variants and their seeds make ${runs} runs; at most ${MAX_VARIANTS} train together, so use fewer seeds or fewer variants`,
      });
    }
    const seen = new Set<string>();
    setup.variants.forEach((variant, index) => {
      const name = variant.name.toLowerCase();
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['variants', index, 'name'], message: 'another variant has this name' });
      seen.add(name);
      for (const section of SHARED_SECTIONS) {
        if (!sameSettings(variant.config[section], setup.base[section])) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', index, 'config', section],
            message: `must match the base's ${section} settings, so every run sees the same data, initial weights and shuffling`,
          });
        }
      }
    });
  });

export type CompareConfig = z.output<typeof compareConfigSchema>;
export type CompareVariant = CompareConfig['variants'][number];

export function parseCompareConfig(raw: unknown): ParseResult<CompareConfig> {
  return parseWith(compareConfigSchema, raw, ['v', 'base', 'variants']);
}

/** The variant's own choices on top of the base's shared settings. */
export function withSharedSettings(config: RunConfig, base: RunConfig): RunConfig {
  const shared: Pick<RunConfig, SharedSection> = { dataset: base.dataset, model: base.model, fit: base.fit };
  return { ...config, ...shared };
}

/** The next free colour, or the palette again from the start when all are taken. */
export function nextVariantColour(taken: readonly string[]): string {
  const free = VARIANT_COLOURS.find((colour) => !taken.includes(colour));
  return free ?? (VARIANT_COLOURS[taken.length % VARIANT_COLOURS.length] as string);
}

/** A name not yet used: "A", else "A (2)", "A (3)"… */
export function freeVariantName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A compare setup of two copies of `base`, ready to be changed. */
export function compareFromBase(base: RunConfig): CompareConfig {
  return {
    v: COMPARE_CONFIG_VERSION,
    base,
    variants: [
      { name: 'A', colour: VARIANT_COLOURS[0], config: structuredClone(base) },
      { name: 'B', colour: VARIANT_COLOURS[1], config: structuredClone(base) },
    ],
  };
}

/** Adds a copy of variant `index` (up to MAX_VARIANTS). */
export function duplicateVariant(setup: CompareConfig, index: number): CompareConfig {
  const original = setup.variants[index];
  if (!original || setup.variants.length >= MAX_VARIANTS) return setup;
  const names = setup.variants.map((variant) => variant.name);
  const copy: CompareVariant = {
    // A copy of "B" or of "B (2)" is the next free "B (n)", never "Copy of Copy of B".
    name: freeVariantName(original.name.replace(/ \(\d+\)$/, '').slice(0, 34), names),
    colour: nextVariantColour(setup.variants.map((variant) => variant.colour)),
    config: structuredClone(original.config),
  };
  const variants = [...setup.variants];
  variants.splice(index + 1, 0, copy);
  return { ...setup, variants };
}

export function removeVariant(setup: CompareConfig, index: number): CompareConfig {
  if (setup.variants.length <= MIN_VARIANTS) return setup;
  return { ...setup, variants: setup.variants.filter((_, at) => at !== index) };
}
