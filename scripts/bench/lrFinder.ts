/**
 * `lrFinderMs` (DESIGN.md §3, §8): the range test on the default lesson, on
 * wasm, from the click on "Find a learning rate" to the valley's mark drawn
 * on its chart, in a fresh browser context (as `firstEpochMs`: no setup kept
 * from the bench's other tabs, which last trained the CNN lesson), clicked `READ_MS` after the button shows, as
 * `firstEpochMs` clicks Train: a learner reads before pressing, and the page
 * starts the worker while idle. Beside it: the same click the moment the
 * button shows (the worker starts with the click) and later clicks in the
 * same tab.
 */
import type { Browser, Page } from '@playwright/test';
import { READ_MS } from './firstEpoch';
import { note } from './log';
import { describe } from './stats';

interface RangeTestProbe {
  clickedAt?: number;
  drawnAt?: number;
}
type ProbeScope = typeof globalThis & { __rangeTest?: RangeTestProbe };

/**
 * In the page: the click event's own time stamp (Playwright's click call
 * takes 100–500 ms here under load before the event), and the first frame
 * after a new mark is drawn and the button is back.
 */
function watchNextTest(marksBefore: number): void {
  const probe: RangeTestProbe = {};
  (globalThis as ProbeScope).__rangeTest = probe;
  document.querySelector('.range-test-run')?.addEventListener('click', (event) => (probe.clickedAt = event.timeStamp), { once: true, capture: true });
  const observer = new MutationObserver(() => {
    const marks = document.querySelectorAll('.range-test-mark-valley, .range-test-no-valley').length;
    if (probe.clickedAt === undefined || marks < Math.max(1, marksBefore) || document.querySelector('.range-test-run[disabled]')) return;
    observer.disconnect();
    requestAnimationFrame(() => (probe.drawnAt = performance.now()));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
}

async function timedTest(page: Page): Promise<number> {
  const box = page.getByLabel('Learning-rate range test');
  const before = await box.locator('.range-test-mark-valley, .range-test-no-valley').count();
  await page.evaluate(watchNextTest, before);
  await box.getByRole('button', { name: 'Find a learning rate' }).click();
  await page.waitForFunction(() => (globalThis as ProbeScope).__rangeTest?.drawnAt !== undefined, undefined, { timeout: 60_000 });
  const probe = await page.evaluate(() => (globalThis as ProbeScope).__rangeTest);
  if (probe?.clickedAt === undefined || probe.drawnAt === undefined) throw new Error('the range-test probe saw no click or no mark');
  return probe.drawnAt - probe.clickedAt;
}

/** Runs `trials` on the default lesson in a browser context of its own, opened `readMs` after the button shows. */
async function inFreshContext<T>(browser: Browser, baseUrl: string, readMs: number, trials: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?backend=wasm`);
    await page.getByRole('button', { name: 'Find a learning rate' }).waitFor();
    await page.bringToFront();
    await page.waitForTimeout(readMs);
    return await trials(page);
  } finally {
    await context.close();
  }
}

export async function lrFinderMs(browser: Browser, baseUrl: string, warmRepeats: number): Promise<number | null> {
  try {
    const { first, warm, noValley } = await inFreshContext(browser, baseUrl, READ_MS, async (page) => {
      const first = await timedTest(page);
      const warm: number[] = [];
      for (let repeat = 0; repeat < warmRepeats; repeat++) warm.push(await timedTest(page));
      return { first, warm, noValley: (await page.locator('.range-test-no-valley').count()) > 0 };
    });
    const clickedAtOnce = await inFreshContext(browser, baseUrl, 0, timedTest);
    note(`click → suggestion drawn, fresh context, clicked ${READ_MS} ms after the button shows: ${first.toFixed(0)} ms${noValley ? ' (the curve had no usable valley: the message was drawn instead)' : ''}`);
    note(`the same clicked the moment the button shows (the worker starts with the click): ${clickedAtOnce.toFixed(0)} ms`);
    if (warm.length > 0) note(`later clicks in the same tab, ${warm.length}: ${describe(warm, ' ms')}`);
    return first;
  } catch (error) {
    note(`lrFinderMs not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
