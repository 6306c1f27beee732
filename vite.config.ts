import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mnistAssetPlugin } from './scripts/mnistAssetPlugin';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin';

export default defineConfig({
  plugins: [react(), mnistAssetPlugin(), serviceWorkerPlugin()],
  server: { port: 5173 },
  preview: { port: 4173 },
  // ES-module workers, so the training worker can code-split (tfjs backends).
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    passWithNoTests: true,
    // Some tests start python3 or tsx; on a loaded 2-core machine that alone can take seconds.
    testTimeout: 60_000,
  },
});
