/**
 * The comparison a learner asks for most: a constant rate cut by
 * ReduceLROnPlateau against Keras's cosine decay with a linear warm-up, on
 * the same data, weights and shuffling.
 */
import { compareFromBase, type CompareConfig } from '../../config/compareConfig';
import { RATE_SETTERS, type RunConfig } from '../../config/runConfig';
import { cosineWithWarmup } from '../preview/scheduleDefaults';
import { stepsPerEpoch } from '../preview/runShape';

export function plateauVersusCosine(base: RunConfig): CompareConfig {
  const setup = compareFromBase({ ...base, optimizer: { ...base.optimizer, schedule: null } });
  const others = base.callbacks.filter((spec) => !RATE_SETTERS.has(spec.type));
  const rate = base.optimizer.learningRate;
  const [plateau, cosine] = setup.variants;
  if (!plateau || !cosine) return setup;
  plateau.name = 'Constant + ReduceLROnPlateau';
  plateau.config.callbacks = [...others, { type: 'ReduceLROnPlateau', params: { monitor: 'val_loss', factor: 0.5, patience: 3 } }];
  cosine.name = 'Cosine decay with warm-up';
  cosine.config.callbacks = others;
  cosine.config.optimizer = { ...cosine.config.optimizer, schedule: cosineWithWarmup(base.fit.epochs * stepsPerEpoch(base), rate) };
  return setup;
}
