// Which Chromium Playwright launches, and with which flags (DESIGN.md §5).
// Shared by playwright.config.ts and the benchmark script.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present, else
 * undefined: Playwright then uses its own downloaded browser.
 */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Flags for headless runs; Playwright adds a fresh --user-data-dir per launch. */
export const chromiumArgs: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Exposes Chromium's software WebGPU adapter on http://localhost pages.
  '--enable-unsafe-webgpu',
];
