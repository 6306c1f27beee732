/**
 * A throwaway worker that runs `simulate()` for stacks with user code, which
 * never runs on the page's main thread. One request, one answer; the page
 * terminates it after the answer or when it takes too long.
 */
import { simulate, type SimulationInput, type SimulationOutput } from '../../callbacks';

/** The worker's global scope, typed here because the page's TypeScript project has no WebWorker lib. */
interface SimulationWorkerScope {
  onmessage: ((event: MessageEvent<SimulationInput>) => void) | null;
  postMessage(answer: SimulationAnswer): void;
}

const scope = self as unknown as SimulationWorkerScope;

export type SimulationAnswer = { ok: true; output: SimulationOutput } | { ok: false; message: string };

scope.onmessage = (event: MessageEvent<SimulationInput>) => {
  let answer: SimulationAnswer;
  try {
    answer = { ok: true, output: simulate(event.data) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
