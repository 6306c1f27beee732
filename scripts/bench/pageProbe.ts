/**
 * What the benchmark watches on the playground page, installed before the
 * app's own code runs (`page.addInitScript`): every message from its
 * workers (time, type, epoch rows, acks, the run summary), clicks on
 * Pause / Resume / Stop, main-thread long tasks, and frame intervals while
 * asked. The functions here run in the browser: each must be self-contained.
 */

export interface EpochRow {
  epoch: number;
  seconds: number;
  tensors: number;
}

export interface RecordedMessage {
  index: number;
  t: number;
  /** The worker's name (every training worker is `plateau-training`). */
  worker: string;
  /** Which Worker instance sent it: 1, 2, … in the order the page created them, so parallel runs can be told apart. */
  instance: number;
  /** The run it is about (a stacked comparison's variants share an instance, each with its own runId); null for messages of no run. */
  runId: number | null;
  type: string;
  command: string | null;
  rows: EpochRow[];
  summary: { epochsRun: number; seconds: number; fitSeconds: number | null; tensorsAfterRun: number; failure: string | null; stoppedBy: string | null } | null;
  backend: string | null;
  error: string | null;
  /** A `dataLoaded` message's figures: the asset's compressed bytes and the ms from its request to decoded images. */
  load: { bytes: number; milliseconds: number } | null;
}

export interface PageProbe {
  messages: RecordedMessage[];
  clicks: { t: number; label: string }[];
  longTasks: { start: number; duration: number }[];
  frames: number[];
  /** When the page created each worker (ms after navigation). */
  workersCreated: number[];
  recordingFrames: boolean;
  waiters: { match: (message: RecordedMessage) => boolean; resolve: (message: RecordedMessage) => void }[];
}

type ProbeWindow = typeof globalThis & { __plateauBench?: PageProbe };

/** Runs in the page before its scripts. */
export function installPageProbe(): void {
  const scope = globalThis as ProbeWindow;
  if (scope.__plateauBench) return;
  const probe: PageProbe = { messages: [], clicks: [], longTasks: [], frames: [], workersCreated: [], recordingFrames: false, waiters: [] };
  scope.__plateauBench = probe;

  interface ColumnsLike { epochs: ArrayLike<number>; seconds: ArrayLike<number>; tensors: ArrayLike<number> }
  interface DataLike {
    type?: string; command?: string; epochs?: ColumnsLike[]; message?: string; runId?: number;
    backend?: { name: string; reason: string };
    load?: { bytes: number; milliseconds: number };
    summary?: { epochsRun: number; seconds: number; fitSeconds?: number; tensorsAfterRun: number; failure: { message: string } | null; stopped: { by: string } | null };
  }
  const record = (worker: string, instance: number, data: DataLike): void => {
    const rows: EpochRow[] = [];
    for (const group of data.epochs ?? []) {
      for (let row = 0; row < group.epochs.length; row++) {
        rows.push({ epoch: group.epochs[row] as number, seconds: group.seconds[row] as number, tensors: group.tensors[row] as number });
      }
    }
    const summary = data.summary
      ? {
          epochsRun: data.summary.epochsRun,
          seconds: data.summary.seconds,
          fitSeconds: data.summary.fitSeconds ?? null,
          tensorsAfterRun: data.summary.tensorsAfterRun,
          failure: data.summary.failure?.message ?? null,
          stoppedBy: data.summary.stopped?.by ?? null,
        }
      : null;
    const message: RecordedMessage = {
      index: probe.messages.length,
      t: performance.now(),
      worker,
      instance,
      runId: typeof data.runId === 'number' ? data.runId : null,
      type: String(data.type),
      command: data.command ?? null,
      rows,
      summary,
      backend: data.backend ? `${data.backend.name} (${data.backend.reason})` : null,
      error: data.type === 'error' ? String(data.message) : null,
      load: data.load ? { bytes: data.load.bytes, milliseconds: data.load.milliseconds } : null,
    };
    probe.messages.push(message);
    const waiting = probe.waiters;
    probe.waiters = [];
    for (const waiter of waiting) {
      if (waiter.match(message)) waiter.resolve(message);
      else probe.waiters.push(waiter);
    }
  };

  const NativeWorker = scope.Worker;
  let instances = 0;
  scope.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      probe.workersCreated.push(performance.now());
      const name = options?.name ?? String(url);
      const instance = ++instances;
      this.addEventListener('message', (event: MessageEvent<DataLike>) => record(name, instance, event.data));
    }
  };

  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.('button');
      const label = button?.textContent?.trim() ?? '';
      if (/^(Pause|Resume|Stop)$/.test(label)) probe.clicks.push({ t: event.timeStamp, label });
    },
    true,
  );

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

}

/** Starts recording frame times (a rAF loop that runs only while recording). */
export function startFrames(): void {
  const probe = (globalThis as ProbeWindow).__plateauBench as PageProbe;
  probe.frames = [];
  probe.recordingFrames = true;
  const frame = (time: number): void => {
    if (!probe.recordingFrames) return;
    probe.frames.push(time);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Stops recording; returns the intervals between consecutive frames, in ms. */
export function stopFrames(): number[] {
  const probe = (globalThis as ProbeWindow).__plateauBench as PageProbe;
  probe.recordingFrames = false;
  return probe.frames.slice(1).map((time, index) => time - (probe.frames[index] as number));
}

/** Long tasks that started in [from, to] (performance.now() times). */
export function longTasksBetween(window: { from: number; to: number }): { start: number; duration: number }[] {
  const probe = (globalThis as ProbeWindow).__plateauBench as PageProbe;
  return probe.longTasks.filter((task) => task.start >= window.from && task.start <= window.to);
}

/** Resolves with the first message from `worker` after `afterIndex` whose type (and command) match. */
export function waitForMessage(args: { worker: string; afterIndex: number; types: string[]; command: string | null; timeoutMs: number }): Promise<RecordedMessage> {
  const probe = (globalThis as ProbeWindow).__plateauBench as PageProbe;
  const match = (message: RecordedMessage): boolean =>
    message.index > args.afterIndex &&
    message.worker === args.worker &&
    args.types.includes(message.type) &&
    (args.command === null || message.command === args.command);
  const already = probe.messages.find(match);
  if (already) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${args.types.join('/')} message within ${args.timeoutMs} ms`)), args.timeoutMs);
    probe.waiters.push({ match, resolve: (message) => (clearTimeout(timer), resolve(message)) });
  });
}

/**
 * Resolves once `count` different instances of `worker` have each sent one
 * of `types` after `afterIndex`: the first such message of each, in order.
 */
/** The first message of `types` from each of `count` runs (instance and runId) of the training worker, after `afterIndex`. */
export function waitForEachRun(args: { worker: string; afterIndex: number; types: string[]; count: number; timeoutMs: number }): Promise<RecordedMessage[]> {
  const probe = (globalThis as ProbeWindow).__plateauBench as PageProbe;
  const firstPerRun = (): RecordedMessage[] => {
    const seen = new Map<string, RecordedMessage>();
    for (const message of probe.messages) {
      const run = `${message.instance}/${message.runId}`;
      if (message.index > args.afterIndex && message.worker === args.worker && args.types.includes(message.type) && !seen.has(run)) seen.set(run, message);
    }
    return [...seen.values()];
  };
  const found = firstPerRun();
  if (found.length >= args.count) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${firstPerRun().length} of ${args.count} runs sent ${args.types.join('/')} within ${args.timeoutMs} ms`)), args.timeoutMs);
    const waiter = {
      match: (message: RecordedMessage): boolean => message.worker === args.worker && args.types.includes(message.type) && firstPerRun().length >= args.count,
      resolve: () => {
        clearTimeout(timer);
        resolve(firstPerRun());
      },
    };
    probe.waiters.push(waiter);
  });
}
