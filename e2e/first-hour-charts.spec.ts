/**
 * Issue 24's charts and fast start, as a learner sees them: an accuracy
 * axis ends at 1; the run the page built while idle trains exactly as a run
 * built after the click (cpu, where runs are reproducible). No timing
 * thresholds: `firstEpochMs` is the bench's (scripts/bench/firstEpoch.ts).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { pasteRunConfig } from './runConfigField';

const run = (epochs: number) => JSON.stringify({ fit: { epochs, batchSize: 32, validationSplit: 0.2, seed: 42 }, callbacks: [] });

async function trainToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished:', { timeout: 60_000 });
}

async function historyJson(page: Page): Promise<unknown> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download history as JSON' }).click()]);
  return JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as unknown;
}

test('an accuracy axis ends at 1, its top tick reading 1', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await pasteRunConfig(page, run(6));
  await trainToEnd(page);
  const ticks = page.getByTestId('chart-accuracy').locator('.recharts-yAxis-tick-labels text');
  await expect(ticks.first()).toBeVisible();
  const values = (await ticks.allTextContents()).map(Number);
  expect(values.every(Number.isFinite)).toBe(true);
  expect(Math.max(...values)).toBe(1);
  expect(new Set(values).size).toBe(values.length);
});

test('the setup built while the page was idle trains exactly as one built after the click (cpu)', async ({ browser }) => {
  const losses: unknown[] = [];
  for (const prewarm of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/?backend=cpu${prewarm ? '' : '&prewarm=off'}`);
    await pasteRunConfig(page, run(4));
    const train = page.getByRole('button', { name: 'Train', exact: true });
    // With prewarm, the worker says when it has built this very setup; without, it never starts before the click.
    if (prewarm) await expect(train).toHaveAttribute('data-prepared', 'yes', { timeout: 30_000 });
    else await expect(train).not.toHaveAttribute('data-prepared', /.*/);
    await trainToEnd(page);
    losses.push(await historyJson(page));
    await context.close();
  }
  expect(losses[1]).toEqual(losses[0]);
  expect(losses[0]).toMatchObject({ epoch: [0, 1, 2, 3] });
});
