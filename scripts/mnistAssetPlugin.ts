/**
 * Writes the MNIST asset (scripts/mnistAsset.ts) to
 * src/data/mnist/generated/mnist-digits.bin before Vite resolves anything,
 * when it is missing or older than the `mnist` package. The worker imports
 * it with `?url`, so Vite serves it in development and emits it with a
 * content-hashed name in a build; it is never part of a JavaScript chunk.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { mnistAssetGzip, mnistPackageDir } from './mnistAsset';

export const MNIST_ASSET_PATH = fileURLToPath(new URL('../src/data/mnist/generated/mnist-digits.bin', import.meta.url));

export function ensureMnistAsset(path: string = MNIST_ASSET_PATH): void {
  const source = join(mnistPackageDir(), 'package.json');
  if (existsSync(path) && statSync(path).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, mnistAssetGzip());
}

export function mnistAssetPlugin(): Plugin {
  return {
    name: 'plateau:mnist-asset',
    config() {
      ensureMnistAsset();
    },
  };
}
