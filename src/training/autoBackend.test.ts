import { describe, expect, test } from 'vitest';
import type { BackendEnvironment, GpuProbe } from './backend';
import { selectAuto, type TimingCache } from './autoBackend';
import type { BackendName, BackendTiming } from './protocol';

const real: GpuProbe = { unusable: null, software: null, description: 'nvidia ampere' };
const software: GpuProbe = { unusable: null, software: 'google swiftshader', description: 'google swiftshader' };

function environment(webgpu: GpuProbe, webgl: GpuProbe, failing: BackendName[] = []): BackendEnvironment & { started: BackendName[] } {
  const started: BackendName[] = [];
  return {
    started,
    probeWebGpu: () => Promise.resolve(webgpu),
    probeWebGl: () => webgl,
    initialize: (name) => {
      if (failing.includes(name)) return Promise.resolve('no luck');
      started.push(name);
      return Promise.resolve(null);
    },
  };
}

function memoryCache(): TimingCache & { stored: Map<string, BackendTiming[]> } {
  const stored = new Map<string, BackendTiming[]>();
  return { stored, get: (key) => Promise.resolve(stored.get(key) ?? null), set: (key, timings) => Promise.resolve(void stored.set(key, timings)) };
}

const timer = (ms: Partial<Record<BackendName, number>>) => {
  const timed: BackendName[] = [];
  return { timed, time: (name: BackendName) => (timed.push(name), Promise.resolve(ms[name] ?? 1000)) };
};

const key = () => 'model';

describe('auto by measurement', () => {
  test('each backend keeps its faster pass: the first one timed is not penalised for going first', async () => {
    const times: Record<string, number[]> = { wasm: [120, 30], cpu: [45, 44] };
    const time = (name: BackendName) => Promise.resolve((times[name] as number[]).shift() as number);
    const chosen = await selectAuto(environment(software, software), time, memoryCache(), key, 2);
    expect(chosen.name).toBe('wasm');
    expect(chosen.timings?.slice(0, 2)).toEqual([
      { name: 'wasm', msPerEpoch: 30, note: null },
      { name: 'cpu', msPerEpoch: 44, note: null },
    ]);
  });

  test('picks the fastest timed backend and says so in one line', async () => {
    const env = environment(real, real);
    const { time, timed } = timer({ wasm: 31, webgpu: 12, webgl: 20, cpu: 45 });
    const chosen = await selectAuto(env, time, memoryCache(), key, 2);
    expect(chosen).toMatchObject({ name: 'webgpu', requested: 'auto', measured: 'now' });
    // Two passes, so none pays alone for the cold start of tfjs's JavaScript.
    expect(timed).toEqual(['wasm', 'webgpu', 'webgl', 'cpu', 'wasm', 'webgpu', 'webgl', 'cpu']);
    expect(chosen.reason).toBe('fastest measured now on a few batches of this model: webgpu: 12 ms an epoch; webgl 20 ms; wasm 31 ms; cpu 45 ms');
    // The chosen backend is the one left running.
    expect(env.started.at(-1)).toBe('webgpu');
  });

  test('a small model on a real GPU still goes to wasm when wasm is faster', async () => {
    const chosen = await selectAuto(environment(real, real), timer({ wasm: 31, webgpu: 120, webgl: 90, cpu: 45 }).time, memoryCache(), key, 2);
    expect(chosen.name).toBe('wasm');
    expect(chosen.timings?.map((timing) => timing.name)).toEqual(['wasm', 'cpu', 'webgl', 'webgpu']);
  });

  test('does not time software adapters, and gives the reason', async () => {
    const { time, timed } = timer({ wasm: 31, cpu: 45 });
    const chosen = await selectAuto(environment(software, software), time, memoryCache(), key, 2);
    expect(timed).toEqual(['wasm', 'cpu', 'wasm', 'cpu']);
    expect(chosen.name).toBe('wasm');
    expect(chosen.reason).toContain('webgpu not timed: software adapter (google swiftshader)');
  });

  test('a backend that fails to start or to time is listed with why', async () => {
    const failingTime = (name: BackendName) => (name === 'cpu' ? Promise.reject(new Error('out of memory')) : Promise.resolve(50));
    const chosen = await selectAuto(environment(real, software, ['wasm']), failingTime, memoryCache(), key, 2);
    expect(chosen.name).toBe('webgpu');
    expect(chosen.timings).toContainEqual({ name: 'wasm', msPerEpoch: null, note: 'no luck' });
    expect(chosen.timings).toContainEqual({ name: 'cpu', msPerEpoch: null, note: 'timing failed: out of memory' });
  });

  test('measures once per key: the second choice comes from the cache', async () => {
    const cache = memoryCache();
    const first = timer({ wasm: 31, cpu: 45 });
    await selectAuto(environment(software, software), first.time, cache, key, 2);
    const second = timer({ wasm: 31, cpu: 45 });
    const again = await selectAuto(environment(software, software), second.time, cache, key, 2);
    expect(second.timed).toEqual([]);
    expect(again).toMatchObject({ name: 'wasm', measured: 'cached' });
    expect(again.reason).toContain('measured earlier on this model and device');
  });

  test('the key sees the device: another adapter measures again', async () => {
    const cache = memoryCache();
    const byDevice = (device: { webgpu: string }) => device.webgpu;
    await selectAuto(environment(software, software), timer({ wasm: 31 }).time, cache, byDevice, 2);
    const other = timer({ wasm: 31, webgpu: 5 });
    expect((await selectAuto(environment(real, software), other.time, cache, byDevice, 2)).name).toBe('webgpu');
    expect(other.timed).toContain('webgpu');
  });

  test('no backend at all is an error naming each one', async () => {
    const none = environment({ unusable: 'no gpu', software: null }, { unusable: 'no gl', software: null }, ['wasm', 'cpu']);
    await expect(selectAuto(none, timer({}).time, memoryCache(), key, 2)).rejects.toThrow('no tfjs backend could start: wasm: no luck; webgpu: no gpu; webgl: no gl; cpu: no luck');
  });
});
