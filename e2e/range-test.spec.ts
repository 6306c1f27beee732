import { expect, test } from '@playwright/test';

test('the range test on the default lesson draws its curve, marks its suggestions, and "Use this rate" sets the learning rate', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm');
  const lr = page.getByLabel('Learning rate', { exact: true });
  await expect(lr).toHaveValue('0.01');

  const box = page.getByLabel('Learning-rate range test');
  await box.getByRole('button', { name: 'Find a learning rate' }).click();
  await expect(box.locator('.range-test-curve')).toBeVisible({ timeout: 60_000 });
  await expect(box.locator('.range-test-mark-valley')).toBeVisible();
  await expect(box.locator('.range-test-explanation', { hasText: /^valley .*stretch where the loss falls/ })).toBeVisible();
  await expect(box.locator('.range-test-explanation', { hasText: /^minimum\/10 / })).toBeVisible();

  // The same seed draws the same curve: the valley's rate reads the same the second time.
  const valley = await box.locator('.range-test-explanation', { hasText: /^valley / }).textContent();
  await box.getByRole('button', { name: 'Find a learning rate' }).click();
  await expect(box.locator('.range-test-explanation', { hasText: /^valley / })).toHaveText(valley ?? '', { timeout: 60_000 });

  await box.getByRole('radio').first().check();
  await box.getByRole('button', { name: 'Use this rate' }).click();
  const suggested = /^valley ([\d.e-]+)/.exec(valley ?? '')?.[1];
  await expect(lr).toHaveValue(String(Number(Number(suggested).toPrecision(2))));
  await expect(box.getByRole('status')).toContainText('Learning rate set to');

  // The run afterwards trains as usual.
  await page.getByLabel('Epochs', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 2 epochs', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('a range test whose loss is NaN at once says so instead of suggesting a rate', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?backend=wasm');
  const box = page.getByLabel('Learning-rate range test');
  await box.getByText('Range test settings').click();
  await box.getByLabel('Start rate').fill('1e30');
  await box.getByLabel('End rate').fill('1e38');
  await box.getByRole('button', { name: 'Find a learning rate' }).click();
  await expect(box.getByText(/No usable valley/)).toBeVisible({ timeout: 60_000 });
  await expect(box.getByRole('button', { name: 'Use this rate' })).toHaveCount(0);
});
