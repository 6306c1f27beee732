import { expect, test } from '@playwright/test';

test('the MNIST ReduceLROnPlateau lesson: the rate too high is cut, with its marker on the chart and Keras’s log line', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'ReduceLROnPlateau rescues a rate too high' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Look for:' })).toContainText('ReduceLROnPlateau cuts the rate');
  await expect(page.getByLabel('Dataset')).toHaveValue('mnist');
  // Kept quick for CI: the smallest subset, and epochs enough for val_loss to stall once at this rate (patience 1).
  await page.getByLabel('Digits').selectOption('1000');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('6');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  // Adam at 0.03, cut by ReduceLROnPlateau's factor 0.2.
  const logLine = page.getByTestId('run-log').getByText(/^Epoch \d+: ReduceLROnPlateau reducing learning rate to 0\.00[56]/).first();
  await expect(logLine).toBeVisible({ timeout: 200_000 });
  await expect(page.getByTestId('run-summary')).toContainText('Finished', { timeout: 200_000 });
  await expect(page.getByTestId('chart-loss').locator('.marker-lr_reduced').first()).toBeAttached();
  expect(Number(await page.getByTestId('chart-learning_rate').getAttribute('data-markers'))).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
