/**
 * Builds a learning-rate schedule from its declarative description
 * (`{kind, params}`), the shape the RunConfig and share links carry.
 * Parameters are Keras's (or PyTorch's) in camelCase; omitted ones take the
 * library's defaults.
 */
import { CosineDecay, type CosineDecayParams } from './cosineDecay';
import { CosineDecayRestarts, type CosineDecayRestartsParams } from './cosineDecayRestarts';
import { CyclicLR, type CyclicLRParams } from './cyclicLr';
import { ExponentialDecay, type ExponentialDecayParams } from './exponentialDecay';
import { InverseTimeDecay, type InverseTimeDecayParams } from './inverseTimeDecay';
import type { LearningRateSchedule } from './learningRateSchedule';
import { OneCycleLR, type OneCycleLRParams } from './oneCycleLr';
import { PiecewiseConstantDecay, type PiecewiseConstantDecayParams } from './piecewiseConstantDecay';
import { PolynomialDecay, type PolynomialDecayParams } from './polynomialDecay';

export type ScheduleSpec =
  | { kind: 'ExponentialDecay'; params: ExponentialDecayParams }
  | { kind: 'PiecewiseConstantDecay'; params: PiecewiseConstantDecayParams }
  | { kind: 'PolynomialDecay'; params: PolynomialDecayParams }
  | { kind: 'InverseTimeDecay'; params: InverseTimeDecayParams }
  | { kind: 'CosineDecay'; params: CosineDecayParams }
  | { kind: 'CosineDecayRestarts'; params: CosineDecayRestartsParams }
  | { kind: 'OneCycleLR'; params: OneCycleLRParams }
  | { kind: 'CyclicLR'; params: CyclicLRParams };

export type ScheduleKind = ScheduleSpec['kind'];

/** Throws a KerasError with the library's message when a parameter is invalid. */
export function createSchedule(spec: ScheduleSpec): LearningRateSchedule {
  switch (spec.kind) {
    case 'ExponentialDecay':
      return new ExponentialDecay(spec.params);
    case 'PiecewiseConstantDecay':
      return new PiecewiseConstantDecay(spec.params);
    case 'PolynomialDecay':
      return new PolynomialDecay(spec.params);
    case 'InverseTimeDecay':
      return new InverseTimeDecay(spec.params);
    case 'CosineDecay':
      return new CosineDecay(spec.params);
    case 'CosineDecayRestarts':
      return new CosineDecayRestarts(spec.params);
    case 'OneCycleLR':
      return new OneCycleLR(spec.params);
    case 'CyclicLR':
      return new CyclicLR(spec.params);
  }
}
