/**
 * bench.html's script: puts the benchmark's tools on `window.plateauBench`
 * for scripts/bench.ts to call. Nothing here runs on its own.
 */
import type { BackendName, BackendRequest } from '../training/protocol';
import { backendEpoch, BareWorkers } from './bareWorkers';
import { visFit } from './visFit';

const workers = new BareWorkers();

const tools = {
  spawn: (count: number, backend: BackendRequest) => workers.spawn(count, backend),
  fit: (config: unknown) => workers.fit(config),
  fitAll: (config: unknown, count?: number) => workers.fitAll(config, count),
  checkpointSaves: (config: unknown, saves: number) => workers.checkpointSaves(config, saves),
  backendEpoch: (config: { fit: { epochs: number } }, backend: BackendRequest, capMs: number) => backendEpoch(config, backend, capMs),
  visFit: (config: unknown, backend: BackendName) => {
    const container = document.getElementById('vis');
    if (!container) throw new Error('bench.html has no #vis container');
    return visFit(config, backend, container);
  },
};

export type PlateauBenchTools = typeof tools;

(window as unknown as { plateauBench: PlateauBenchTools }).plateauBench = tools;
document.body.dataset['ready'] = 'true';
