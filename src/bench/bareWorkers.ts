/** The page's side of the bare-fit workers: request/reply by id, and timed parallel fits. */
import type { BackendRequest } from '../training/protocol';
import type { BareEnvelope, BareReply, BareRequest } from './protocol';

class BareWorker {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: BareReply) => void>();
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(new URL('./bareFit.worker.ts', import.meta.url), { type: 'module', name: 'plateau-bench-bare' });
    this.worker.onmessage = (event: MessageEvent<BareEnvelope<BareReply>>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data.body);
    };
  }

  request(body: BareRequest): Promise<BareReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, body } satisfies BareEnvelope<BareRequest>);
    });
  }

  terminate(): void {
    this.worker.terminate();
  }
}

function expect<T extends BareReply['type']>(reply: BareReply, type: T): Extract<BareReply, { type: T }> {
  if (reply.type === 'error') throw new Error(`bare worker: ${reply.message}`);
  if (reply.type !== type) throw new Error(`bare worker answered ${reply.type}, expected ${type}`);
  return reply as Extract<BareReply, { type: T }>;
}

export interface ParallelFit {
  /** From "all prepared" (data and model built in every worker) to the last worker done. */
  wallMs: number;
  seconds: number[];
}

export class BareWorkers {
  private workers: BareWorker[] = [];

  /** Starts `count` workers on `backend`; returns the backend's name and reason from the first. */
  async spawn(count: number, backend: BackendRequest): Promise<string> {
    this.terminate();
    this.workers = Array.from({ length: count }, () => new BareWorker());
    const replies = await Promise.all(this.workers.map((worker) => worker.request({ type: 'init', backend })));
    const first = expect(replies[0] as BareReply, 'ready');
    return `${first.backend.name} (${first.backend.reason})`;
  }

  async fit(config: unknown, index = 0): Promise<Extract<BareReply, { type: 'fitted' }>> {
    const worker = this.at(index);
    expect(await worker.request({ type: 'prepare', config }), 'prepared');
    return expect(await worker.request({ type: 'fit' }), 'fitted');
  }

  /** Fits in the first `count` workers at once (all of them by default). */
  async fitAll(config: unknown, count = this.workers.length): Promise<ParallelFit> {
    if (count < 1 || count > this.workers.length) throw new Error(`cannot fit in ${count} of ${this.workers.length} bare workers`);
    const workers = this.workers.slice(0, count);
    await Promise.all(workers.map(async (worker) => expect(await worker.request({ type: 'prepare', config }), 'prepared')));
    const started = performance.now();
    const replies = await Promise.all(workers.map(async (worker) => expect(await worker.request({ type: 'fit' }), 'fitted')));
    return { wallMs: performance.now() - started, seconds: replies.map((reply) => reply.seconds) };
  }

  async checkpointSaves(config: unknown, saves: number): Promise<Extract<BareReply, { type: 'saved' }>> {
    return expect(await this.at(0).request({ type: 'checkpointSaves', config, saves }), 'saved');
  }

  terminate(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }

  private at(index: number): BareWorker {
    const worker = this.workers[index];
    if (!worker) throw new Error(`no bare worker ${index}; spawn first`);
    return worker;
  }
}

export interface BackendEpoch {
  /** The backend the worker started (the one asked for, unless it could not start). */
  started: string;
  /** Seconds an epoch after a warm-up epoch; null when the cap was hit first. */
  secondsPerEpoch: number | null;
  /** Set when the worker was ended at the cap: its epochs take longer than that. */
  cappedAfterMs: number | null;
}

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/**
 * One forced backend's speed on a config, in a worker of its own (the
 * bench's other workers keep theirs): one epoch to warm up (kernels, shaders,
 * JIT), then `config`'s epochs timed. A backend slower than `capMs` at either
 * step is ended there, so a software GPU does not hold the bench up.
 */
export async function backendEpoch(config: { fit: { epochs: number } }, backend: BackendRequest, capMs: number): Promise<BackendEpoch> {
  const worker = new BareWorker();
  const capped: BackendEpoch = { started: String(backend), secondsPerEpoch: null, cappedAfterMs: capMs };
  try {
    // Every step is capped, starting the backend too: a GPU process still busy with an ended worker's work can hold it up.
    const ready = await withinMs(worker.request({ type: 'init', backend }), capMs);
    if (ready === null) return capped;
    const started = expect(ready, 'ready').backend.name;
    const warm = { ...config, fit: { ...config.fit, epochs: 1 } };
    let fitted: Extract<BareReply, { type: 'fitted' }> | null = null;
    for (const phase of [warm, config]) {
      const prepared = await withinMs(worker.request({ type: 'prepare', config: phase }), capMs);
      if (prepared === null) return { ...capped, started };
      expect(prepared, 'prepared');
      const reply = await withinMs(worker.request({ type: 'fit' }), capMs);
      if (reply === null) return { ...capped, started };
      fitted = expect(reply, 'fitted');
    }
    return { started, secondsPerEpoch: fitted ? fitted.seconds / fitted.epochs : null, cappedAfterMs: null };
  } finally {
    worker.terminate();
  }
}
