/**
 * Model layers as Keras names them, with Keras's defaults: `Conv2D`,
 * `MaxPooling2D`, `Flatten`, `Dense`, `Dropout`. Parameters in camelCase
 * (`kernelSize` is Keras's `kernel_size`); a kernel, stride or pool size
 * is one whole number, the same along both axes, as Keras accepts it.
 * Keras's `activation=None` is `linear` here.
 */
import { z } from 'zod';
import { ACTIVATIONS } from './activations';

const whole = (min: number, max: number) =>
  z.number().int('must be a whole number').min(min, `must be ${min} or more`).max(max, `must be at most ${max}`);

export const conv2dSchema = z.strictObject({
  type: z.literal('Conv2D'),
  filters: whole(1, 256),
  kernelSize: whole(1, 28),
  strides: whole(1, 8).default(1),
  padding: z.enum(['valid', 'same']).default('valid'),
  activation: z.enum(ACTIVATIONS).default('linear'),
});

export const maxPooling2dSchema = z.strictObject({
  type: z.literal('MaxPooling2D'),
  /** Keras's `strides=None` takes the pool size, so pools do not overlap. */
  poolSize: whole(1, 8).default(2),
});

export const flattenSchema = z.strictObject({ type: z.literal('Flatten') });

export const denseSchema = z.strictObject({
  type: z.literal('Dense'),
  units: whole(1, 1024),
  activation: z.enum(ACTIVATIONS).default('linear'),
});

export const dropoutSchema = z.strictObject({
  type: z.literal('Dropout'),
  rate: z.number().min(0, 'must be 0 or more').max(0.9, 'must be at most 0.9'),
});

export const LAYER_TYPES = ['Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dropout'] as const;

export const layerSpecSchema = z.discriminatedUnion('type', [conv2dSchema, maxPooling2dSchema, flattenSchema, denseSchema, dropoutSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? `unknown layer type; expected ${LAYER_TYPES.join(', ')}` : undefined),
});

export type LayerSpec = z.output<typeof layerSpecSchema>;
export type LayerType = LayerSpec['type'];
