import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRunConfig } from '../config/runConfig';
import type { BackendEnvironment } from './backend';
import { epochRows, type WorkerToPage } from './protocol';
import { WARM_UP_RUN_ID } from './warmUp';
import { WorkerSession } from './workerSession';

const cpuOnly: BackendEnvironment = {
  probeWebGpu: () => Promise.resolve({ unusable: 'not in node', software: null }),
  probeWebGl: () => ({ unusable: 'not in node', software: null }),
  initialize: async (name) => ((await tf.setBackend(name)) ? null : `${name} did not start`),
};

function session(): { session: WorkerSession; posted: WorkerToPage[]; ended: (runId: number) => Promise<WorkerToPage> } {
  const posted: WorkerToPage[] = [];
  const waiting = new Map<number, (message: WorkerToPage) => void>();
  const worker = new WorkerSession(
    (message) => {
      posted.push(message);
      if ((message.type === 'done' || message.type === 'error') && waiting.has(message.runId)) waiting.get(message.runId)?.(message);
    },
    cpuOnly,
    { schedule: (callback, delayMs) => setTimeout(callback, delayMs) },
  );
  const ended = (runId: number) => new Promise<WorkerToPage>((resolve) => waiting.set(runId, resolve));
  return { session: worker, posted, ended };
}

const config = () => {
  const base = defaultRunConfig();
  return { ...base, fit: { ...base.fit, epochs: 3 } };
};

describe('WorkerSession warm-up', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('trains without a word to the page, and a start stops it and runs in full', async () => {
    const { session: worker, posted, ended } = session();
    worker.handle({ type: 'warmUp', config: config(), backend: 'cpu' });
    const done = ended(7);
    worker.handle({ type: 'start', runId: 7, config: config(), backend: 'cpu', options: { boundary: false } });
    const end = await done;
    expect(end).toMatchObject({ type: 'done', summary: { epochsRun: 3, failure: null } });
    expect(posted.every((message) => !('runId' in message) || message.runId === 7)).toBe(true);
    expect(posted.some((message) => message.type === 'trainBegin')).toBe(true);
  });

  it('ignores a config it cannot read, and never interrupts a run', async () => {
    const { session: worker, posted, ended } = session();
    worker.handle({ type: 'warmUp', config: { not: 'a config' }, backend: 'cpu' });
    const done = ended(1);
    worker.handle({ type: 'start', runId: 1, config: config(), backend: 'cpu', options: { boundary: false } });
    worker.handle({ type: 'warmUp', config: config(), backend: 'cpu' });
    expect(await done).toMatchObject({ type: 'done', summary: { epochsRun: 3, stopped: null } });
    expect(posted.filter((message) => 'runId' in message && message.runId === WARM_UP_RUN_ID)).toEqual([]);
  });

  it('leaves no tensors behind: a run after a warm-up ends with as many as a run after a run', async () => {
    const { session: worker, ended } = session();
    let done = ended(1);
    worker.handle({ type: 'start', runId: 1, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;
    const afterRun = tf.memory().numTensors;
    worker.handle({ type: 'warmUp', config: config(), backend: 'cpu' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    done = ended(2);
    worker.handle({ type: 'start', runId: 2, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;
    expect(tf.memory().numTensors).toBe(afterRun);
  });
});

/** Each epoch's logs of a run, in order, from its progress messages. */
function lossesOf(posted: readonly WorkerToPage[], runId: number): Record<string, number>[] {
  return posted.flatMap((message) => (message.type === 'progress' && message.runId === runId ? message.epochs.flatMap((group) => epochRows(group).map((row) => row.logs)) : []));
}

describe('WorkerSession builds the next run before the click', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('trains exactly the run it would have built after the click', async () => {
    const plain = session();
    let done = plain.ended(1);
    plain.session.handle({ type: 'start', runId: 1, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;

    const warmed = session();
    warmed.session.handle({ type: 'warmUp', config: config(), backend: 'cpu' });
    await warmed.session.prebuildSettled();
    done = warmed.ended(1);
    warmed.session.handle({ type: 'start', runId: 1, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;
    expect(lossesOf(warmed.posted, 1)).toEqual(lossesOf(plain.posted, 1));
    expect(lossesOf(plain.posted, 1)).toHaveLength(3);
  });

  it('throws away a model built for another setup, and leaves no tensors behind', async () => {
    const { session: worker, ended } = session();
    let done = ended(1);
    worker.handle({ type: 'start', runId: 1, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;
    // The worker hears the page's next message in a task of its own, once the run has ended.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const afterRun = tf.memory().numTensors;
    const other = config();
    worker.handle({ type: 'warmUp', config: { ...other, fit: { ...other.fit, seed: other.fit.seed + 1 } }, backend: 'cpu' });
    await worker.prebuildSettled();
    expect(tf.memory().numTensors).toBeGreaterThan(afterRun);
    done = ended(2);
    worker.handle({ type: 'start', runId: 2, config: config(), backend: 'cpu', options: { boundary: false } });
    await done;
    expect(tf.memory().numTensors).toBe(afterRun);
  });
});

describe('WorkerSession: CSVLogger files', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it("keeps CSVLogger's file in the browser's storage: a later run with append=True adds its rows under the one header, append=False starts it again", async () => {
    const { session: worker, ended } = session();
    const logged = (append: boolean, epochs: number) => {
      const base = config();
      return { ...base, fit: { ...base.fit, epochs }, callbacks: [{ type: 'CSVLogger', params: { filename: 'worker-test.csv', separator: ';', append } }] };
    };
    const filesOf = async (runId: number, raw: unknown): Promise<Record<string, string>> => {
      const done = ended(runId);
      worker.handle({ type: 'start', runId, config: raw, backend: 'cpu', options: { boundary: false } });
      const end = await done;
      if (end.type !== 'done') throw new Error('the run did not end');
      return end.summary.files;
    };
    const first = (await filesOf(1, logged(false, 2)))['worker-test.csv'] ?? '';
    expect(first.split('\r\n')[0]).toBe('epoch;accuracy;loss;val_accuracy;val_loss');
    expect(first.split('\r\n').filter(Boolean)).toHaveLength(3);
    const appended = (await filesOf(2, logged(true, 3)))['worker-test.csv'] ?? '';
    expect(appended.startsWith(first)).toBe(true);
    expect(appended.split('\r\n').filter(Boolean).map((line) => line.split(';')[0])).toEqual(['epoch', '0', '1', '0', '1', '2']);
    const again = (await filesOf(3, logged(false, 1)))['worker-test.csv'] ?? '';
    expect(again.split('\r\n').filter(Boolean).map((line) => line.split(';')[0])).toEqual(['epoch', '0']);
  });
});
