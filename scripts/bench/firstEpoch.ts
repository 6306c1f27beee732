/**
 * `firstEpochMs` (DESIGN.md §3): from the click on Train on a page loaded
 * cold to the first epoch drawn on the loss chart. Each trial opens the
 * default lesson in a fresh browser context (no cache, no storage, no
 * service worker), waits `readMs` as a learner takes to find Train, clicks
 * it, and reads in the page the click's time stamp and the first frame
 * after the loss chart shows a point.
 */
import type { Browser, Page } from '@playwright/test';
import type { BackendRequest } from '../../src/training/protocol';
import { addInitFunction } from './browser';
import { note } from './log';
import { installPageProbe, type PageProbe } from './pageProbe';
import { describe, median } from './stats';

export interface FirstEpochTrial {
  /** Click to the frame after the loss chart's first point. */
  clickToEpochMs: number;
  /** Navigation start to the Train button being ready. */
  loadToTrainMs: number;
  /** The training worker's messages after the click, and the page's long tasks, in ms from the click. */
  timeline: string;
  /** Whether the worker had built the setup when Train was clicked (Train's data-prepared). */
  prepared: boolean;
}

/** How long a trial waits after the page shows Train before clicking it: a learner reads before pressing. */
export const READ_MS = 2_000;

interface FirstEpochProbe {
  clickedAt: number | null;
  drawnAt: number | null;
}
type ProbeScope = typeof globalThis & { __firstEpoch?: FirstEpochProbe };

/** In the page, before its scripts: the click's time stamp, and the frame after the loss chart's first point. */
function installFirstEpochProbe(): void {
  const scope = globalThis as ProbeScope;
  const probe: FirstEpochProbe = { clickedAt: null, drawnAt: null };
  scope.__firstEpoch = probe;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (probe.clickedAt === null && target?.textContent?.trim() === 'Train') probe.clickedAt = event.timeStamp;
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (probe.clickedAt === null || probe.drawnAt !== null) return;
    const chart = document.querySelector('[data-testid="chart-loss"]');
    if (Number(chart?.getAttribute('data-points') ?? 0) < 1) return;
    observer.disconnect();
    requestAnimationFrame(() => (probe.drawnAt = performance.now()));
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-points'] }));
}

/** What a diagnosis does just before the click and just after the epoch is drawn (scripts/bench/firstEpochTrace.ts traces it). */
export interface AroundClick {
  /** Before the page loads: a trace started here has the worker's profiler running before the click. */
  opened?(page: Page): Promise<unknown>;
  before?(page: Page): Promise<unknown>;
  after?(page: Page): Promise<unknown>;
}

export async function firstEpochTrial(browser: Browser, url: string, backend: BackendRequest, readMs = READ_MS, around?: AroundClick): Promise<FirstEpochTrial> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `(${installFirstEpochProbe.toString()})();` });
    await addInitFunction(page, installPageProbe);
    await around?.opened?.(page);
    await page.goto(backend === 'auto' ? `${url}/` : `${url}/?backend=${backend}`);
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await train.waitFor();
    const loadToTrainMs = await page.evaluate(() => performance.now());
    await page.waitForTimeout(readMs);
    const preparedAtClick = (await train.getAttribute('data-prepared')) === 'yes';
    await around?.before?.(page);
    await train.click();
    await page.waitForFunction(() => (globalThis as ProbeScope).__firstEpoch?.drawnAt != null, undefined, { timeout: 60_000 });
    await around?.after?.(page);
    const probe = await page.evaluate(() => (globalThis as ProbeScope).__firstEpoch);
    if (!probe || probe.clickedAt === null || probe.drawnAt === null) throw new Error('the first-epoch probe saw no click or no epoch');
    const clickedAt = probe.clickedAt;
    const seen = await page.evaluate(() => (globalThis as typeof globalThis & { __plateauBench: PageProbe }).__plateauBench);
    const after = (t: number) => (t - clickedAt).toFixed(0);
    const prepared = seen.messages.find((message) => message.type === 'prepared');
    const before = `before the click (ms after navigation): Train ready ${loadToTrainMs.toFixed(0)}, worker created ${seen.workersCreated[0]?.toFixed(0) ?? '–'}, setup built ${prepared ? prepared.t.toFixed(0) : '–'}, click ${clickedAt.toFixed(0)}`;
    const timeline = [
      ...seen.messages.filter((message) => message.t >= clickedAt && message.type !== 'pong').slice(0, 6).map((message) => `${message.type}${message.rows.length > 0 ? `[epoch ${message.rows.map((row) => row.epoch + 1).join(',')}]` : ''} ${after(message.t)}`),
      ...seen.longTasks.filter((task) => task.start + task.duration >= clickedAt).map((task) => `longtask ${after(task.start)}+${task.duration.toFixed(0)}`),
      `drawn ${after(probe.drawnAt)}`,
    ].join(', ') + `; ${before}`;
    return { clickToEpochMs: probe.drawnAt - clickedAt, loadToTrainMs, timeline, prepared: preparedAtClick };
  } finally {
    await context.close();
  }
}

/** The median over `trials` cold pages, with each trial printed. */
export async function firstEpochMs(browser: Browser, url: string, backend: BackendRequest, trials: number): Promise<number> {
  const results: FirstEpochTrial[] = [];
  for (let trial = 0; trial < trials; trial++) results.push(await firstEpochTrial(browser, url, backend));
  const clicks = results.map((result) => result.clickToEpochMs);
  note(`click → first epoch drawn: ${describe(clicks, ' ms')} (each: ${clicks.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
  note(`navigation → Train ready: ${describe(results.map((result) => result.loadToTrainMs), ' ms')}; the setup was built before the click in ${results.filter((result) => result.prepared).length} of ${results.length}`);
  if (process.env['FIRST_EPOCH_DETAIL'] === '1') for (const result of results) note(`  ms after the click: ${result.timeline}`);
  return median(clicks);
}
