/**
 * The user-written code a run carries (schedules, Lambda hooks, custom
 * callbacks). Code that arrives in a link or a file is shown to the user
 * and runs only after they accept it (DESIGN.md §4).
 */
import type { RunConfig } from './runConfig';

export interface CarriedCode {
  /** Where the code sits, as the page names it: "callbacks[1] LearningRateScheduler". */
  where: string;
  source: string;
}

export function carriedCode(config: RunConfig): CarriedCode[] {
  const found: CarriedCode[] = [];
  config.callbacks.forEach((spec, index) => {
    const where = `callbacks[${index}] ${spec.type}`;
    if (spec.type === 'LearningRateScheduler') found.push({ where, source: spec.params.schedule });
    if (spec.type === 'CustomCallback') found.push({ where, source: spec.params.source });
    if (spec.type === 'LambdaCallback') {
      for (const [hook, source] of Object.entries(spec.params)) if (source) found.push({ where: `${where}.${hook}`, source });
    }
  });
  return found;
}
