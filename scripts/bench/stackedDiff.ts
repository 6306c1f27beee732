/**
 * `stackedMaxRelDiff` (DESIGN.md §3): sixteen variants trained as one stack
 * against each alone, on tfjs's cpu backend, in node, by the measurement in
 * src/training/stack/stackedMaxRelDiff.measure.test.ts (the trainer's own
 * code; the page's worker runs the same). Returns null, with the reason
 * noted, when it could not run.
 */
import { spawnSync } from 'node:child_process';
import { note } from './log';

const MEASURE = 'src/training/stack/stackedMaxRelDiff.measure.test.ts';

export function stackedMaxRelDiff(epochs: number): number | null {
  const result = spawnSync('npx', ['vitest', 'run', MEASURE], {
    encoding: 'utf8',
    env: { ...process.env, PLATEAU_MEASURE: '1', PLATEAU_STACK_EPOCHS: String(epochs) },
    maxBuffer: 16 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const timing = /16 variants: .*/.exec(output)?.[0];
  if (timing) note(timing);
  const figure = /stackedMaxRelDiff=(\S+)/.exec(output)?.[1];
  if (result.status !== 0 || figure === undefined) {
    note(`stackedMaxRelDiff not measured: ${MEASURE} exited with ${String(result.status)}`);
    return null;
  }
  return Number(figure);
}
