/**
 * One headless Chromium session for the whole benchmark, launched as the
 * e2e tests launch it (e2e/chromium.ts). Functions passed to `evaluate`
 * are compiled by tsx, which wraps named functions in `__name(...)`; every
 * page and worker gets a no-op `__name` first so they run unchanged.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../../e2e/chromium';

const NAME_SHIM = 'globalThis.__name ??= (target) => target;';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * More flags for a diagnosis, e.g. `EXTRA_CHROMIUM_ARGS=--enable-logging=stderr`
 * or `V8_FLAGS='--trace-deopt --trace-opt'`, with `DEBUG=pw:browser` to see what they print.
 */
const extraArgs = [
  ...(process.env['EXTRA_CHROMIUM_ARGS'] ?? '').split(' ').filter(Boolean),
  ...(process.env['V8_FLAGS'] ? [`--js-flags=${process.env['V8_FLAGS']}`] : []),
];

export async function launch(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: [...chromiumArgs, ...extraArgs], headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: NAME_SHIM });
  return { browser, context, close: () => browser.close() };
}

/** `source` is a function's text: it runs as `(source)()` before the page's own scripts. */
export async function addInitFunction(page: Page, fn: () => void): Promise<void> {
  await page.addInitScript({ content: `${NAME_SHIM}(${fn.toString()})();` });
}

export async function prepareWorker(worker: Worker): Promise<void> {
  await worker.evaluate(NAME_SHIM);
}

/** The page's worker whose script URL matches, waiting for it to start. */
export async function findWorker(page: Page, pattern: RegExp, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = page.workers().find((candidate) => pattern.test(candidate.url()));
    if (worker) {
      await prepareWorker(worker);
      return worker;
    }
    if (Date.now() > deadline) throw new Error(`no worker matching ${pattern} on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
