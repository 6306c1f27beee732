import { afterEach, describe, expect, it } from 'vitest';
import type { CheckpointNews } from './checkpointActivity';
import type { CheckpointActivity } from './checkpointProtocol';
import { subscribeCheckpointActivity, TrainingClient } from './client';
import type { CheckpointSummary } from '../storage';
import type { PageToWorker, RunSummary, WorkerToPage } from './protocol';

/** Stands in for the training worker: keeps what the page posts, and replies as told. */
class FakeWorker {
  readonly posted: PageToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerToPage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: PageToWorker): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: WorkerToPage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerToPage>);
  }
}

function summaryOf(epochsRun: number): RunSummary {
  return { epochsRun, stopped: null, failure: null, test: null, files: {}, tensorsAfterRun: 20, seconds: 0.1 };
}

function clientWith(epochsPerWorker: number): { client: TrainingClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const client = new TrainingClient({
    epochsPerWorker,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });
  return { client, workers };
}

/** Starts a run and lets its worker finish it after `epochs` epochs. */
function runToDone(client: TrainingClient, workers: FakeWorker[], epochs = 1): void {
  const { runId } = client.start({}, 'cpu', {});
  workers.at(-1)?.reply({ type: 'done', runId, summary: summaryOf(epochs) });
}

describe('TrainingClient', () => {
  let dispose: () => void = () => undefined;
  afterEach(() => dispose());

  it('replaces its worker between runs once it has trained epochsPerWorker epochs, starting the next at once', () => {
    const { client, workers } = clientWith(30);
    dispose = () => client.dispose();
    runToDone(client, workers, 10);
    runToDone(client, workers, 10);
    expect(workers).toHaveLength(1);
    runToDone(client, workers, 10);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    // The successor warms up on the last run's config, so the next run does not start on a cold JIT.
    expect(workers[1]?.posted).toEqual([{ type: 'warmUp', config: {}, backend: 'cpu' }]);

    const next = client.start({}, 'cpu', {});
    expect(workers[1]?.posted).toEqual([{ type: 'warmUp', config: {}, backend: 'cpu' }, expect.objectContaining({ type: 'start', runId: next.runId })]);
    expect(workers[0]?.posted.filter((message) => message.type === 'start')).toHaveLength(3);
  });

  it('counts a stack once, as its longest variant, and warms the successor up on its first config', () => {
    const { client, workers } = clientWith(30);
    dispose = () => client.dispose();
    const stackToDone = (epochs: readonly number[]) => {
      const handles = client.startStack([{ variant: 'A' }, { variant: 'B' }, { variant: 'C' }, { variant: 'D' }], 'cpu', [{}, {}, {}, {}]);
      handles.forEach((handle, index) => workers.at(-1)?.reply({ type: 'done', runId: handle.runId, summary: summaryOf(epochs[index] ?? 0) }));
    };
    // Four variants of 10 epochs (one stopped at 4) are 10 epochs of the worker's kernels, not 34.
    stackToDone([10, 4, 10, 10]);
    stackToDone([10, 10, 10, 10]);
    expect(workers).toHaveLength(1);
    stackToDone([10, 10, 10, 10]);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.posted).toEqual([{ type: 'warmUp', config: { variant: 'A' }, backend: 'cpu' }]);
  });

  it('keeps a worn worker while a checkpoint restore waits on it', async () => {
    const { client, workers } = clientWith(1);
    dispose = () => client.dispose();
    const restoring = client.restoreCheckpoint('run-a/best.keras', 'cpu');
    runToDone(client, workers);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);

    const restore = workers[0]?.posted.find((message) => message.type === 'restoreCheckpoint');
    workers[0]?.reply({ type: 'restored', requestId: restore?.type === 'restoreCheckpoint' ? restore.requestId : -1, result: { ok: false, message: 'no such checkpoint' } });
    await expect(restoring).rejects.toThrow('no such checkpoint');
  });
});

describe('TrainingClient and the checkpoint news', () => {
  it("passes every worker's saves on to the page's listeners, then the run's end, once", () => {
    const { client, workers } = clientWith(100);
    const heard: CheckpointNews['kind'][] = [];
    const unsubscribe = subscribeCheckpointActivity((news) => heard.push(news.kind));
    try {
      const { runId } = client.start({}, 'cpu', {});
      const entry = { id: `${runId}/best.keras` } as CheckpointSummary;
      const checkpoints: CheckpointActivity[] = [{ kind: 'saved', entry, loopMs: 1, writeMs: 2, totalMs: 3 }];
      workers[0]?.reply({ type: 'progress', runId, epochs: [], progress: null, events: [], warnings: [], messages: [], checkpoints });
      workers[0]?.reply({ type: 'done', runId, summary: summaryOf(1) });
      workers[0]?.reply({ type: 'done', runId, summary: summaryOf(1) });
      expect(heard).toEqual(['saved', 'runEnded']);
    } finally {
      unsubscribe();
      client.dispose();
    }
  });
});


describe('TrainingClient.prepare', () => {
  it('starts the worker with the setup to build, once per setup, and never while a run trains', () => {
    const { client, workers } = clientWith(1_000);
    client.prepare({ a: 1 }, 'wasm');
    client.prepare({ a: 1 }, 'wasm');
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual([{ type: 'warmUp', config: { a: 1 }, backend: 'wasm', id: 1 }]);
    const { runId } = client.start({ a: 1 }, 'wasm', {});
    client.prepare({ a: 2 }, 'wasm');
    expect(workers[0]?.posted.map((message) => message.type)).toEqual(['warmUp', 'start']);
    workers[0]?.reply({ type: 'done', runId, summary: summaryOf(1) });
    // The start used the build up: the same setup is built again for the next press.
    client.prepare({ a: 1 }, 'wasm');
    expect(workers[0]?.posted.map((message) => message.type)).toEqual(['warmUp', 'start', 'warmUp']);
    client.dispose();
  });
});
