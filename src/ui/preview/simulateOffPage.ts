/**
 * Runs the callback engine over recorded logs: on the page when the stack
 * is made of built-in callbacks only, in a throwaway worker when it holds
 * user code (which must never run on the main thread). A worker that does
 * not answer in time (a schedule that loops forever) is terminated.
 */
import { simulate, type SimulationInput, type SimulationOutput } from '../../callbacks';
import { hasUserCode } from './previewPlan';
import type { SimulationAnswer } from './simulation.worker';

const WORKER_TIMEOUT_MS = 3000;

export type Simulated = SimulationAnswer;

function inThrowawayWorker(input: SimulationInput, timeoutMs: number): Promise<Simulated> {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'plateau-simulate' });
  return new Promise<Simulated>((resolve) => {
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, message: `Your code did not finish within ${timeoutMs / 1000} s (does it loop forever?), so it was stopped.` });
    }, timeoutMs);
    worker.onmessage = (event: MessageEvent<Simulated>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      worker.terminate();
      resolve({ ok: false, message: event.message || 'the simulation worker failed' });
    };
    worker.postMessage(input);
  });
}

function onPage(input: SimulationInput): Simulated {
  try {
    const output: SimulationOutput = simulate(input);
    return { ok: true, output };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function simulateSafely(input: SimulationInput, timeoutMs = WORKER_TIMEOUT_MS): Promise<Simulated> {
  return hasUserCode(input.callbacks) ? inThrowawayWorker(input, timeoutMs) : Promise.resolve(onPage(input));
}
