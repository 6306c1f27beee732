/**
 * The run built before the click (issue 24, `firstEpochMs`): the data and
 * the model of the setup the page shows, built while the page is idle, so
 * a press on Train goes straight to the first batch. A start takes it only
 * when it was built from the very config and backend the start names: a
 * model that has not trained is exactly what `prepareRun` would build again
 * (seeded initialisers, nothing shared with other runs). Any other start
 * throws it away and builds its own.
 */
import type { RunConfig } from '../config/runConfig';
import type { PreparedRun } from './prepareRun';
import type { BackendRequest } from './protocol';

/** What a prebuilt run must match: the whole validated config, and the backend asked for. */
export function prebuiltKey(config: RunConfig, backend: BackendRequest): string {
  return `${backend}\n${JSON.stringify(config)}`;
}

export class PrebuiltRun {
  private held: { key: string; run: PreparedRun } | null = null;

  /** Keeps `run` for a start with `key`, throwing away the one held before. */
  hold(key: string, run: PreparedRun): void {
    this.clear();
    this.held = { key, run };
  }

  holds(key: string): boolean {
    return this.held?.key === key;
  }

  /** The held run when it was built for `key` (null never matches); the caller owns it. Anything else held is disposed. */
  take(key: string | null): PreparedRun | null {
    const held = this.held;
    this.held = null;
    if (held && held.key === key) return held.run;
    held?.run.compiled.dispose();
    return null;
  }

  clear(): void {
    this.take(null);
  }
}
