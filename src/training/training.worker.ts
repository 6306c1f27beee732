/** The training worker: a thin message switch over `WorkerSession` (tfjs lives only in this chunk). */
import { browserBackendEnvironment } from './backendEnvironment';
import type { PageToWorker, WorkerToPage } from './protocol';
import { WorkerSession } from './workerSession';

declare const self: DedicatedWorkerGlobalScope;

const session = new WorkerSession(
  (message: WorkerToPage, transfer: Transferable[] = []) => self.postMessage(message, transfer),
  browserBackendEnvironment,
  { schedule: (callback, delayMs) => setTimeout(callback, delayMs) },
);

self.onmessage = (event: MessageEvent<PageToWorker>) => session.handle(event.data);
