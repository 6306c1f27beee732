import { describe, expect, test } from 'vitest';
import { selectBackend, softwareRendererIn, type BackendEnvironment, type GpuProbe } from './backend';
import type { BackendName } from './protocol';

const works: GpuProbe = { unusable: null, software: null };
const software: GpuProbe = { unusable: null, software: 'google swiftshader' };
const missing: GpuProbe = { unusable: 'this browser offers no navigator.gpu', software: null };

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

describe('auto', () => {
  test('takes WebGPU on a real GPU', async () => {
    expect(await selectBackend('auto', environment(works, works))).toMatchObject({ name: 'webgpu', requested: 'auto' });
  });

  test('skips software adapters and says why, landing on wasm', async () => {
    const chosen = await selectBackend('auto', environment(software, { unusable: null, software: 'SwiftShader' }));
    expect(chosen.name).toBe('wasm');
    expect(chosen.reason).toContain('webgpu: skipped the software adapter (google swiftshader)');
    expect(chosen.reason).toContain('webgl: skipped the software adapter (SwiftShader)');
  });

  test('falls to WebGL without navigator.gpu, and to cpu when wasm fails', async () => {
    expect((await selectBackend('auto', environment(missing, works))).name).toBe('webgl');
    const chosen = await selectBackend('auto', environment(missing, software, ['wasm']));
    expect(chosen.name).toBe('cpu');
    expect(chosen.reason).toContain('wasm: no luck');
  });
});

describe('forced', () => {
  test('runs the forced backend even in software', async () => {
    const env = environment(software, software);
    expect(await selectBackend('webgpu', env)).toEqual({ name: 'webgpu', requested: 'webgpu', reason: 'forced with ?backend=webgpu' });
    expect(env.started).toEqual(['webgpu']);
  });

  test('falls back to auto with the reason when the forced one cannot start', async () => {
    const chosen = await selectBackend('webgpu', environment(missing, software));
    expect(chosen.name).toBe('wasm');
    expect(chosen.reason).toContain('webgpu (requested) failed: this browser offers no navigator.gpu');
  });
});

test.each([
  ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', true],
  ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
  ['nvidia ampere', false],
  ['ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)', false],
])('softwareRendererIn(%s) is %s', (description, expected) => {
  expect(softwareRendererIn(description)).toBe(expected);
});
