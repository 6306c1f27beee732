import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

const points = async (page: Page, chart: string) => Number(await page.getByTestId(`chart-${chart}`).getAttribute('data-points'));

test('Train with no changes: the charts gain points while the run goes, and the run finishes', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('120');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  // Generous waits: on a loaded machine the worker's start and the first redraw can take seconds.
  await expect.poll(() => points(page, 'loss'), { timeout: 30_000 }).toBeGreaterThan(0);
  const early = await points(page, 'loss');
  await expect.poll(() => points(page, 'loss'), { timeout: 30_000 }).toBeGreaterThan(early);
  // While the run goes the curves are painted on a canvas; once it has ended, the recharts chart (tooltip, zoom, downloads) replaces it.
  await expect(page.getByTestId('chart-loss').getByTestId('canvas-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 120 epochs', { timeout: 45_000 });
  await expect(page.getByTestId('chart-loss').locator('.recharts-line-curve').first()).toBeVisible();
  await expect(page.getByTestId('chart-loss').getByTestId('canvas-chart')).toHaveCount(0);
  expect(await points(page, 'loss')).toBe(120);
  expect(await points(page, 'learning_rate')).toBe(120);
  await expect(page.getByTestId('chart-accuracy')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the plateau lesson: ReduceLROnPlateau acts, the LR chart steps down there, and the log says so in Keras’s words', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A plateau gets its learning rate cut' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Look for:' })).toContainText('ReduceLROnPlateau');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  const logLine = page.getByTestId('run-log').getByText(/^Epoch \d+: ReduceLROnPlateau reducing learning rate to /).first();
  await expect(logLine).toBeVisible({ timeout: 45_000 });
  const epoch = Number(/^Epoch (\d+):/.exec((await logLine.textContent()) ?? '')?.[1]);
  expect(epoch).toBeGreaterThan(1);
  // Where the callback stands, in words: its best value and how long it has waited against its patience.
  await expect(page.getByTestId('callback-standings')).toContainText(/ReduceLROnPlateau best val_loss \d\.\d+ · wait \d+ of patience \d+/);

  await expect.poll(async () => Number(await page.getByTestId('chart-learning_rate').getAttribute('data-markers'))).toBeGreaterThan(0);
  await expect(page.getByTestId('chart-loss').locator('.marker-lr_reduced').first()).toBeAttached();

  // The rate the chart draws steps down right after the cut: the epoch after it trained with the lower rate.
  await expect(page.getByTestId('run-summary')).toBeVisible({ timeout: 45_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download history as JSON/ }).click()]);
  const history = JSON.parse(await readFile(await download.path(), 'utf8')) as { lr_during_epoch: number[] };
  const rates = history.lr_during_epoch;
  expect(rates[epoch]).toBeLessThan(rates[epoch - 1] ?? 0);
  expect(rates.slice(0, epoch).every((rate) => rate === rates[0])).toBe(true);
  await page.getByLabel('Show', { exact: true }).selectOption('ReduceLROnPlateau');
  await expect(page.getByTestId('run-log').locator('li').first()).toContainText('ReduceLROnPlateau reducing learning rate to');
  expect(errors).toEqual([]);
});

test('the NaN lesson: TerminateOnNaN stops the run and says at which batch', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'A learning rate too high: the NaN is caught' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-log')).toContainText('Batch', { timeout: 45_000 });
  await expect(page.getByTestId('run-log')).toContainText('Invalid loss, terminating training');
  await expect(page.getByTestId('run-summary')).toContainText('Stopped by TerminateOnNaN');
});

test('the early-stopping lesson: a stop and the best weights put back', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'Stop early, keep the best weights' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Stopped by EarlyStopping', { timeout: 50_000 });
  await expect(page.getByTestId('run-log')).toContainText('early stopping');
  await expect(page.getByTestId('run-log')).toContainText('Restoring model weights from the end of the best epoch');
  await expect(page.getByTestId('chart-loss').locator('.marker-early_stopping')).toBeAttached();
});
