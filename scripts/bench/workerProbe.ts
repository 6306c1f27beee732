/**
 * Exact counters inside a tfjs worker, installed from outside with
 * Playwright's `worker.evaluate` (so the app's worker needs no hooks):
 * tfjs keeps its engine on the global scope as `_tfengine`. Reads are
 * counted by wrapping `Tensor.prototype` (`data`/`array` async,
 * `dataSync`/`arraySync` sync; a read that calls another counts once);
 * kernels with `tf.profile` (the engine's `profile`) held open over a
 * window of training. Each function runs in the worker: self-contained.
 */

export interface ReadCounts {
  sync: number;
  async: number;
  /** Reads by tensor shape, e.g. `[2]` for the trainer's loss sums. */
  byShape: Record<string, { sync: number; async: number }>;
}

export interface KernelCounts {
  kernels: number;
  byName: Record<string, number>;
}

interface TensorLike {
  shape: number[];
  dispose(): void;
}

interface EngineLike {
  state: { numTensors: number };
  makeTensor(values: Float32Array, shape: number[], dtype: 'float32'): TensorLike;
  profile(query: () => Promise<unknown>): Promise<{ kernels: { name: string }[] }>;
}

interface ProbeState {
  counting: boolean;
  depth: number;
  reads: ReadCounts;
  endProfile: (() => void) | null;
  profile: Promise<{ kernels: { name: string }[] }> | null;
}

type ProbeScope = typeof globalThis & { _tfengine?: EngineLike; __plateauProbe?: ProbeState };

export function installWorkerProbe(): void {
  const scope = globalThis as ProbeScope;
  if (scope.__plateauProbe) return;
  const engine = scope._tfengine;
  if (!engine) throw new Error('no tfjs engine (_tfengine) in this worker yet');
  const probe: ProbeState = { counting: false, depth: 0, reads: { sync: 0, async: 0, byShape: {} }, endProfile: null, profile: null };
  scope.__plateauProbe = probe;
  const sample = engine.makeTensor(new Float32Array(1), [1], 'float32');
  const prototype = Object.getPrototypeOf(sample) as Record<string, unknown>;
  sample.dispose();
  const wrap = (method: string, kind: 'sync' | 'async'): void => {
    const original = prototype[method] as (this: TensorLike, ...args: unknown[]) => unknown;
    prototype[method] = function (this: TensorLike, ...args: unknown[]): unknown {
      if (probe.counting && probe.depth === 0) {
        probe.reads[kind] += 1;
        const key = JSON.stringify(this.shape);
        const entry = (probe.reads.byShape[key] ??= { sync: 0, async: 0 });
        entry[kind] += 1;
      }
      probe.depth += 1;
      try {
        return original.apply(this, args);
      } finally {
        probe.depth -= 1;
      }
    };
  };
  wrap('data', 'async');
  wrap('array', 'async');
  wrap('dataSync', 'sync');
  wrap('arraySync', 'sync');
}

export function startReads(): void {
  const probe = (globalThis as ProbeScope).__plateauProbe as ProbeState;
  probe.reads = { sync: 0, async: 0, byShape: {} };
  probe.counting = true;
}

export function stopReads(): ReadCounts {
  const probe = (globalThis as ProbeScope).__plateauProbe as ProbeState;
  probe.counting = false;
  return probe.reads;
}

export function startKernels(): void {
  const scope = globalThis as ProbeScope;
  const probe = scope.__plateauProbe as ProbeState;
  const engine = scope._tfengine as EngineLike;
  probe.profile = engine.profile(() => new Promise<void>((resolve) => (probe.endProfile = resolve)));
}

export async function stopKernels(): Promise<KernelCounts> {
  const probe = (globalThis as ProbeScope).__plateauProbe as ProbeState;
  if (!probe.endProfile || !probe.profile) throw new Error('stopKernels without startKernels');
  probe.endProfile();
  const profile = await probe.profile;
  probe.endProfile = null;
  probe.profile = null;
  const byName: Record<string, number> = {};
  for (const kernel of profile.kernels) byName[kernel.name] = (byName[kernel.name] ?? 0) + 1;
  return { kernels: profile.kernels.length, byName };
}

export function numTensors(): number {
  return ((globalThis as ProbeScope)._tfengine as EngineLike).state.numTensors;
}
