/**
 * Which tfjs backend a run uses, and why (DESIGN.md §5). The decision is
 * pure, so node tests cover it; the probes and the tfjs calls are passed in.
 *
 * `selectBackend` is the rule without measurement (checkpoint restores,
 * the bench's bare workers): webgpu → webgl → wasm → cpu, a GPU backend
 * only on a real GPU: a software adapter (SwiftShader, a fallback adapter,
 * llvmpipe) trains this page's small models many times slower than wasm.
 * A run's `auto` times the candidates instead (autoBackend.ts). A forced
 * backend runs even in software; if it cannot start, auto picks another.
 */
import type { BackendInfo, BackendName, BackendRequest } from './protocol';

export interface GpuProbe {
  /** Null when the GPU can be used; otherwise why not. */
  unusable: string | null;
  /** Set when it works but in software: forced runs use it, auto skips it. */
  software: string | null;
  /** The adapter or renderer as the browser names it (part of the device's key for cached timings). */
  description?: string;
}

export interface BackendEnvironment {
  probeWebGpu(): Promise<GpuProbe>;
  probeWebGl(): GpuProbe;
  /** Starts the backend; resolves to null on success, or the reason it failed. */
  initialize(name: BackendName): Promise<string | null>;
}

export const AUTO_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|software|softpipe|microsoft basic render/i;

/** Whether an adapter or renderer description names a software implementation. */
export function softwareRendererIn(description: string): boolean {
  return SOFTWARE_RENDERER.test(description);
}

export async function selectBackend(request: BackendRequest, environment: BackendEnvironment): Promise<BackendInfo> {
  const skipped: string[] = [];
  if (request !== 'auto') {
    const failure = await tryBackend(request, environment, true);
    if (failure === null) return { name: request, requested: request, reason: `forced with ?backend=${request}` };
    skipped.push(`${request} (requested) failed: ${failure}`);
  }
  for (const name of AUTO_ORDER) {
    if (name === request) continue;
    const failure = await tryBackend(name, environment, false);
    if (failure === null) {
      const reason = skipped.length === 0 ? `${name} is the first available backend` : skipped.join('; ');
      return { name, requested: request, reason };
    }
    skipped.push(`${name}: ${failure}`);
  }
  throw new Error(`no tfjs backend could start: ${skipped.join('; ')}`);
}

/** Null when `name` started; otherwise why it was not used. */
export async function tryBackend(name: BackendName, environment: BackendEnvironment, forced: boolean): Promise<string | null> {
  if (name === 'webgpu' || name === 'webgl') {
    const probe = name === 'webgpu' ? await environment.probeWebGpu() : environment.probeWebGl();
    if (probe.unusable !== null) return probe.unusable;
    if (probe.software !== null && !forced) return `skipped the software adapter (${probe.software}), slower than wasm here`;
  }
  return environment.initialize(name);
}
