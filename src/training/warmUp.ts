/**
 * A new worker's warm-up: a few epochs of the config its predecessor last
 * trained, with no callbacks (no user code, no checkpoints) and nothing
 * told to the page. V8 optimises tfjs's code as it runs it, so a fresh
 * worker's first run was 18–35 % slower than the next; once warmed up,
 * the learner's next run starts at full speed.
 */
import type { RunConfig } from '../config/runConfig';

/** Never a page's run id (those count up from 1), so the worker can keep the warm-up's messages to itself. */
export const WARM_UP_RUN_ID = -1;
export const WARM_UP_EPOCHS = 5;

export function warmUpConfig(config: RunConfig): RunConfig {
  return { ...config, callbacks: [], fit: { ...config.fit, epochs: Math.min(config.fit.epochs, WARM_UP_EPOCHS), verbose: 0 } };
}
