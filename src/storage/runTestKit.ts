/** Shared set-up for the run store's tests: a fresh database per test and a run record of `epochs` epochs. */
import { createStore, type UseStore } from 'idb-keyval';
import { defaultRunConfig } from '../config/runConfig';
import type { RunRecord } from './runRecord';

let databases = 0;

export function freshRunIdb(): UseStore {
  databases += 1;
  return createStore(`plateau-runs-test-${databases}`, 'runs');
}

export function sampleRun(id: string, createdAt: number, epochs = 3, overrides: Partial<RunRecord['head']> = {}): RunRecord {
  const history = Array.from({ length: epochs }, (_, epoch) => ({
    epoch,
    logs: { loss: 1 / (epoch + 1), val_loss: 1.2 / (epoch + 1) },
    lrDuring: 0.01,
    lrAfter: 0.01,
  }));
  return {
    head: {
      id,
      name: null,
      createdAt,
      updatedAt: createdAt,
      origin: { kind: 'trained' },
      config: defaultRunConfig(),
      ending: 'finished',
      endingText: `Finished: ${epochs} epochs in 1.0 s.`,
      epochs,
      best: epochs > 0 ? { key: 'val_loss', value: 1.2 / epochs, epoch: epochs - 1 } : null,
      test: null,
      ...overrides,
    },
    body: { history, events: [{ epoch: 0, batch: null, callback: 'ModelCheckpoint', kind: 'checkpoint_saved', message: 'saved', value: 1.2 }] },
  };
}
