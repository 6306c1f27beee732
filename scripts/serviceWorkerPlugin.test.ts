import { describe, expect, it } from 'vitest';
import { PRECACHE_PLACEHOLDER, precacheFor, serviceWorkerPlugin, type Precache } from './serviceWorkerPlugin';

const build = [
  { fileName: 'index.html', content: '<script src="/assets/index-a1.js"></script>' },
  { fileName: 'assets/index-a1.js', content: 'main' },
  { fileName: 'assets/index-a1.js.map', content: '{}' },
  { fileName: 'assets/training.worker-b2.js', content: 'worker' },
  { fileName: 'assets/tfjs-backend-wasm-simd-c3.wasm', content: new Uint8Array([0, 97, 115, 109]) },
  { fileName: 'assets/index-d4.css', content: 'body{}' },
  { fileName: 'assets/mnist-digits-e5.bin', content: new Uint8Array([31, 139]) },
  { fileName: 'sw.js', content: 'self' },
];

describe('precacheFor', () => {
  it('lists every emitted file but the service worker itself, source maps and data fetched on demand, sorted', () => {
    expect(precacheFor(build).urls).toEqual([
      'assets/index-a1.js',
      'assets/index-d4.css',
      'assets/tfjs-backend-wasm-simd-c3.wasm',
      'assets/training.worker-b2.js',
      'index.html',
    ]);
  });

  it('gives the same version for the same files in any order, and a new one when any file changes', () => {
    const { version } = precacheFor(build);
    expect(precacheFor([...build].reverse()).version).toBe(version);
    const wasmChanged = build.map((file) => (file.fileName.endsWith('.wasm') ? { ...file, content: new Uint8Array([1]) } : file));
    expect(precacheFor(wasmChanged).version).not.toBe(version);
    const pageChanged = build.map((file) => (file.fileName === 'index.html' ? { ...file, content: '<p>new</p>' } : file));
    expect(precacheFor(pageChanged).version).not.toBe(version);
    // A source map alone does not make users download everything again.
    const mapChanged = build.map((file) => (file.fileName.endsWith('.map') ? { ...file, content: '{"x":1}' } : file));
    expect(precacheFor(mapChanged).version).toBe(version);
  });
});

type GenerateBundle = (this: { error: (message: string) => never }, options: unknown, bundle: Record<string, unknown>) => void;

describe('serviceWorkerPlugin', () => {
  it('writes the list of the bundle’s files into sw.js', () => {
    const plugin = serviceWorkerPlugin();
    const hook = plugin.generateBundle as { handler: GenerateBundle };
    const worker = { type: 'chunk', fileName: 'sw.js', code: `const { version, urls } = ${PRECACHE_PLACEHOLDER};` };
    const bundle: Record<string, unknown> = {
      'sw.js': worker,
      'index.html': { type: 'asset', fileName: 'index.html', source: '<html>' },
      'assets/training.worker-b2.js': { type: 'asset', fileName: 'assets/training.worker-b2.js', source: 'worker' },
      'assets/index-a1.js': { type: 'chunk', fileName: 'assets/index-a1.js', code: 'main' },
      'assets/index-a1.js.map': { type: 'asset', fileName: 'assets/index-a1.js.map', source: '{}' },
    };
    hook.handler.call({ error: (message) => { throw new Error(message); } }, {}, bundle);
    const json = /= (\{.*\});$/.exec(worker.code)?.[1] ?? '';
    const precache = JSON.parse(json) as Precache;
    expect(precache.urls).toEqual(['assets/index-a1.js', 'assets/training.worker-b2.js', 'index.html']);
    expect(precache.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('runs only in builds, never on the dev server', () => {
    expect(serviceWorkerPlugin().apply).toBe('build');
  });
});
