/**
 * The benchmark's build: the app's own Vite config, plus bench.html as a
 * second entry, a manifest for the bundle sizes, and an output folder of its
 * own, so the product build (dist/) and e2e runs are untouched.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../../vite.config';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
// In the checkout, not in node_modules (which worktrees may share), so two checkouts can bench at once.
export const BENCH_OUT_DIR = fileURLToPath(new URL('../../.plateau-bench/dist', import.meta.url));

export default mergeConfig(appConfig, {
  root: PROJECT_ROOT,
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    // Readable function names in a profile (scripts/bench/trace.ts).
    ...(process.env['PLATEAU_BENCH_UNMINIFIED'] === '1' ? { minify: false } : {}),
    manifest: true,
    rolldownOptions: {
      input: { main: `${PROJECT_ROOT}index.html`, bench: `${PROJECT_ROOT}bench.html` },
    },
  },
});
