/**
 * `auto` by measurement (DESIGN.md §9): a few timed batches of the model at
 * hand on each candidate backend, the fastest taken, the timings cached per
 * model shape and device so the measuring happens once.
 *
 * Measuring complements the software-adapter rule of backend.ts rather than
 * replacing it: a software WebGPU or WebGL adapter runs on the same CPU as
 * wasm, through an emulation layer, so it is never the fastest (here 10–40×
 * slower than wasm), and timing it would cost seconds of shader compilation
 * in SwiftShader before the first run. It is listed as not timed, with the
 * reason; forcing it with `?backend=` still works.
 */
import { AUTO_ORDER, tryBackend, type BackendEnvironment, type GpuProbe } from './backend';
import { fastestBackend, rankTimings, timingReason, type DeviceFacts } from './backendTimings';
import type { BackendInfo, BackendName, BackendTiming } from './protocol';

/** Times the model on the backend just started; `slowerThan` is the best estimate so far, so a clearly slower one may stop early. */
export type EpochTimer = (name: BackendName, slowerThan: number | null) => Promise<number>;

export interface TimingCache {
  get(key: string): Promise<BackendTiming[] | null>;
  set(key: string, timings: BackendTiming[]): Promise<void>;
}

function candidateNote(probe: GpuProbe): string | null {
  if (probe.unusable !== null) return probe.unusable;
  if (probe.software !== null) return `software adapter (${probe.software}), slower than wasm on this CPU`;
  return null;
}

/** The device's facts and, per backend, null when it may be timed or why it is not. */
export async function autoCandidates(environment: BackendEnvironment, cores: number): Promise<{ device: DeviceFacts; notes: Map<BackendName, string | null> }> {
  const webgpu = await environment.probeWebGpu();
  const webgl = environment.probeWebGl();
  const notes = new Map<BackendName, string | null>(AUTO_ORDER.map((name) => [name, null]));
  notes.set('webgpu', candidateNote(webgpu));
  notes.set('webgl', candidateNote(webgl));
  return { device: { webgpu: webgpu.description ?? webgpu.unusable ?? '', webgl: webgl.description ?? webgl.unusable ?? '', cores }, notes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The order timing goes in: wasm first (the likely winner on a CPU, so later ones can stop early), then the GPUs, cpu last. */
const TIMING_ORDER: readonly BackendName[] = ['wasm', 'webgpu', 'webgl', 'cpu'];

/**
 * Two passes over the candidates, each keeping its faster time: a small
 * model's batch is mostly tfjs's JavaScript, which every backend shares, so
 * whichever went first alone would pay for the cold JIT (measured here: wasm
 * timed first at 4× its real epoch, and cpu picked over it).
 */
const PASSES = 2;

export async function measureBackends(environment: BackendEnvironment, notes: Map<BackendName, string | null>, time: EpochTimer): Promise<BackendTiming[]> {
  const timings = new Map<BackendName, BackendTiming>();
  let best: number | null = null;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const name of TIMING_ORDER) {
      const note = notes.get(name) ?? null;
      const known = timings.get(name);
      if (note !== null || (known && known.msPerEpoch === null)) {
        if (!known) timings.set(name, { name, msPerEpoch: null, note });
        continue;
      }
      const failure = await tryBackend(name, environment, true);
      if (failure !== null) {
        timings.set(name, { name, msPerEpoch: null, note: failure });
        continue;
      }
      try {
        const ms = await time(name, best);
        const fastest = known?.msPerEpoch === null || known === undefined ? ms : Math.min(known.msPerEpoch, ms);
        timings.set(name, { name, msPerEpoch: fastest, note: null });
        best = best === null ? ms : Math.min(best, ms);
      } catch (error) {
        timings.set(name, { name, msPerEpoch: null, note: `timing failed: ${messageOf(error)}` });
      }
    }
  }
  return rankTimings([...timings.values()]);
}

/** Starts the fastest backend of cached or new timings; measures when the cache has none (or its winner no longer starts). */
export async function selectAuto(environment: BackendEnvironment, time: EpochTimer, cache: TimingCache, keyOf: (device: DeviceFacts) => string, cores: number): Promise<BackendInfo> {
  const { device, notes } = await autoCandidates(environment, cores);
  const key = keyOf(device);
  const cached = await cache.get(key).catch(() => null);
  const cachedChoice = cached ? fastestBackend(cached) : null;
  if (cached && cachedChoice && (await tryBackend(cachedChoice, environment, true)) === null) {
    return { name: cachedChoice, requested: 'auto', reason: timingReason(cachedChoice, cached, 'cached'), timings: cached, measured: 'cached' };
  }
  const timings = await measureBackends(environment, notes, time);
  const chosen = fastestBackend(timings);
  if (chosen === null || (await tryBackend(chosen, environment, true)) !== null) {
    throw new Error(`no tfjs backend could start: ${timings.map((timing) => `${timing.name}: ${timing.note ?? 'failed'}`).join('; ')}`);
  }
  await cache.set(key, timings).catch(() => undefined);
  return { name: chosen, requested: 'auto', reason: timingReason(chosen, timings, 'now'), timings, measured: 'now' };
}
