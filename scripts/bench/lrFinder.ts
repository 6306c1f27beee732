/**
 * `lrFinderMs` (DESIGN.md §3, §8): the range test on the default lesson, on
 * wasm, from the click on "Find a learning rate" to the valley's mark drawn
 * on its chart, in a fresh tab (the worker starts with the click, as it does
 * for a learner's first test). Later clicks in the same tab, with the worker
 * warm, are printed beside it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { note } from './log';
import { describe } from './stats';

async function timedTest(page: Page): Promise<number> {
  const box = page.getByLabel('Learning-rate range test');
  const mark = box.locator('.range-test-mark-valley, .range-test-no-valley');
  const before = await mark.count();
  const startedAt = await page.evaluate(() => performance.now());
  await box.getByRole('button', { name: 'Find a learning rate' }).click();
  // The click's render has removed the previous chart: wait for the new mark and the button back.
  await page.waitForFunction(
    (count) => document.querySelectorAll('.range-test-mark-valley, .range-test-no-valley').length >= Math.max(1, count) && !document.querySelector('.range-test-run[disabled]'),
    before,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - startedAt;
}

export async function lrFinderMs(context: BrowserContext, baseUrl: string, warmRepeats: number): Promise<number | null> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/?backend=wasm`);
    await page.getByRole('button', { name: 'Find a learning rate' }).waitFor();
    await page.bringToFront();
    const cold = await timedTest(page);
    const warm: number[] = [];
    for (let repeat = 0; repeat < warmRepeats; repeat++) warm.push(await timedTest(page));
    const noValley = (await page.locator('.range-test-no-valley').count()) > 0;
    note(`click → suggestion drawn, fresh tab (worker starts with the click): ${cold.toFixed(0)} ms${noValley ? ' (the curve had no usable valley: the message was drawn instead)' : ''}`);
    if (warm.length > 0) note(`the same with the worker warm, ${warm.length} more clicks: ${describe(warm, ' ms')}`);
    return cold;
  } catch (error) {
    note(`lrFinderMs not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await page.close();
  }
}
