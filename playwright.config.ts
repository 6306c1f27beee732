import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './e2e/chromium';

// Fixed port so a stray server fails loudly (--strictPort) instead of being
// reused; PLATEAU_E2E_PORT lets two checkouts run e2e side by side.
const port = Number(process.env['PLATEAU_E2E_PORT'] ?? 4173);
const baseURL = `http://localhost:${String(port)}`;

export default defineConfig({
  testDir: 'e2e',
  // *.measure.spec.ts files time things; they run only on request (`npm run measure:checkpoint-save`), never in npm test.
  testIgnore: process.env['PLATEAU_MEASURE'] ? [] : ['**/*.measure.spec.ts'],
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  // Patience, not a speed goal: on a loaded 2-core machine a worker's start or a redraw can take several seconds.
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        launchOptions: { executablePath: chromiumExecutablePath(), args: [...chromiumArgs] },
      },
    },
  ],
  // The production build, as users get it: no on-the-fly dependency
  // optimisation reloading the page mid-test as the dev server can.
  webServer: {
    command: `npm run build && npx vite preview --host localhost --port ${String(port)} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
