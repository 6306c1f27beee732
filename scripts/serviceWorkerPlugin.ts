/**
 * A tiny Vite plugin for offline use: it builds src/offline/service.worker.ts
 * to /sw.js and writes into it the list of every file the build emitted (the
 * page, its chunks, the training worker and the tfjs backends, the .wasm
 * files, the CSS, public files), with a version that changes whenever any
 * of them does. A new deploy therefore gets a new /sw.js, which the browser
 * installs, and a new cache that replaces the old one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
export const PRECACHE_PLACEHOLDER = '__PLATEAU_PRECACHE__';
const SOURCE = fileURLToPath(new URL('../src/offline/service.worker.ts', import.meta.url));

export interface EmittedFile {
  fileName: string;
  content: string | Uint8Array;
}

export interface Precache {
  version: string;
  urls: string[];
}

/**
 * Data assets (`.bin`, the MNIST digits) are fetched only when a run needs
 * them, and the service worker caches them then, on first use, not at install.
 */
export const ON_DEMAND_SUFFIX = '.bin';

/** What the service worker caches at install: everything emitted but itself, source maps and on-demand data, sorted; the version hashes their contents. */
export function precacheFor(files: readonly EmittedFile[]): Precache {
  const cached = files.filter(({ fileName }) => fileName !== SERVICE_WORKER_FILE && !fileName.endsWith('.map') && !fileName.endsWith(ON_DEMAND_SUFFIX));
  cached.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const hash = createHash('sha256');
  for (const { fileName, content } of cached) hash.update(fileName).update('\0').update(content).update('\0');
  return { version: hash.digest('hex').slice(0, 16), urls: cached.map(({ fileName }) => fileName) };
}

/** The files Vite copies from public/ as they are (the favicon): not in the bundle, but served beside it. */
function publicFiles(publicDir: string): EmittedFile[] {
  if (!publicDir) return [];
  try {
    return readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { fileName: relative(publicDir, path).split(sep).join('/'), content: readFileSync(path) };
      });
  } catch {
    return [];
  }
}

export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'plateau:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle: {
      // Last, so that the worker chunks and the assets other plugins emit are in the bundle.
      order: 'post',
      handler(_options, bundle) {
        const worker = bundle[SERVICE_WORKER_FILE];
        if (worker?.type !== 'chunk') return;
        const emitted = Object.values(bundle).map((output) => ({ fileName: output.fileName, content: output.type === 'chunk' ? output.code : output.source }));
        const precache = precacheFor([...emitted, ...publicFiles(publicDir)]);
        if (!worker.code.includes(PRECACHE_PLACEHOLDER)) this.error(`${SERVICE_WORKER_FILE} lost its ${PRECACHE_PLACEHOLDER} placeholder`);
        worker.code = worker.code.replace(PRECACHE_PLACEHOLDER, JSON.stringify(precache));
      },
    },
  };
}
