/**
 * The worker's side of backend selection: probes WebGPU and WebGL before
 * tfjs touches them (tfjs does not handle a null adapter, and its WebGPU
 * backend registers only if `navigator.gpu` exists as it loads), and starts
 * a backend. WebGPU and wasm load as separate chunks, only when chosen;
 * the wasm binaries are served by our own build, never from a CDN.
 */
import * as tf from '@tensorflow/tfjs';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerWasmFallbacks } from './wasmKernelFallbacks';
import { softwareRendererIn, type BackendEnvironment, type GpuProbe } from './backend';
import type { BackendName } from './protocol';

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
}

interface AdapterLike {
  info?: AdapterInfoLike;
  isFallbackAdapter?: boolean;
}

interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<AdapterLike | null>;
}

async function probeWebGpu(): Promise<GpuProbe> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return { unusable: 'this browser offers no navigator.gpu', software: null };
  let adapter: AdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { unusable: `requestAdapter() failed: ${String(error)}`, software: null };
  }
  if (!adapter) return { unusable: 'requestAdapter() found no GPU adapter', software: null };
  const info = adapter.info ?? {};
  const description = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ').trim();
  if (adapter.isFallbackAdapter) return { unusable: null, software: `fallback adapter ${description}`.trim(), description };
  if (softwareRendererIn(description)) return { unusable: null, software: description, description };
  return { unusable: null, software: null, description };
}

function probeWebGl(): GpuProbe {
  if (typeof OffscreenCanvas === 'undefined') return { unusable: 'no OffscreenCanvas in this worker', software: null };
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return { unusable: 'no WebGL2 context', software: null };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { unusable: null, software: softwareRendererIn(renderer) ? renderer : null, description: renderer };
}

async function initialize(name: BackendName): Promise<string | null> {
  try {
    if (name === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu');
    if (name === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // tfjs wants all three; the threaded one needs cross-origin isolation, which the page does not ask for.
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': wasmPlainUrl,
        'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
      });
      registerWasmFallbacks();
    }
    const started = await tf.setBackend(name);
    if (!started) return `tf.setBackend('${name}') failed`;
    await tf.ready();
    return null;
  } catch (error) {
    return `could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export const browserBackendEnvironment: BackendEnvironment = { probeWebGpu, probeWebGl, initialize };
