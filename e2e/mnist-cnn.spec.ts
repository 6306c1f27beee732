import { expect, test } from '@playwright/test';

test('the MNIST lesson: a small CNN trains on 2,000 digits on wasm to a validation accuracy above 0.9', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?backend=wasm&preset=mnist-cnn');
  await expect(page.getByLabel('Dataset')).toHaveValue('mnist');
  // The layer list, with each layer's output shape as model.summary() prints it.
  await expect(page.getByTestId('layer-shape')).toHaveText(['→ (26, 26, 8)', '→ (13, 13, 8)', '→ (11, 11, 16)', '→ (5, 5, 16)', '→ (400,)', '→ (64,)']);
  // Kept short for CI; EarlyStopping may end it sooner.
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('10');
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  // The digits are fetched once, as a run first needs them.
  await expect(page.getByTestId('run-data-load')).toHaveText(/^MNIST digits: 1\.6\d MB in \d+ ms$/, { timeout: 60_000 });
  await expect(page.getByTestId('run-summary')).toContainText(/Finished|Stopped/, { timeout: 200_000 });
  const metric = (await page.getByTestId('run-metric').textContent()) ?? '';
  expect(Number(/val_accuracy ([\d.]+)/.exec(metric)?.[1])).toBeGreaterThan(0.9);
  await expect(page.getByTestId('run-log')).toContainText('val_accuracy improved');

  // Validation digits with their true and predicted labels, the wrong ones marked and counted for screen readers.
  const digits = page.getByTestId('digit');
  await expect(digits).toHaveCount(32);
  await expect(digits.first()).toHaveText(/^\d → \d/);
  const wrong = await page.locator('[data-testid="digit"][data-wrong="true"]').count();
  await expect(page.getByTestId('digit-grid')).toHaveAttribute('aria-label', `32 validation images, ${wrong} predicted wrong`);
  for (const marked of await page.locator('[data-testid="digit"][data-wrong="true"]').all()) await expect(marked).toContainText('(wrong)');
  // The confusion matrix: a table of ten true classes by ten predicted ones, summed up in a sentence.
  const matrix = page.getByTestId('confusion-matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(10);
  await expect(matrix.locator('thead th')).toHaveCount(11);
  await expect(matrix.getByRole('rowheader', { name: '7', exact: true })).toBeVisible();
  const summary = (await page.getByTestId('confusion-summary').textContent()) ?? '';
  const [, right, total] = /^(\d+) of (\d+) validation rows right/.exec(summary) ?? [];
  const cells = (await matrix.locator('tbody td').allTextContents()).map(Number);
  expect(cells.reduce((sum, count) => sum + count, 0)).toBe(Number(total));
  expect(cells.filter((_, index) => index % 11 === 0).reduce((sum, count) => sum + count, 0)).toBe(Number(right));
  expect(errors).toEqual([]);
});

test('a layer that does not fit is refused at its field, with the reason', async ({ page }) => {
  await page.goto('/?backend=wasm&preset=mnist-cnn');
  await page.getByRole('spinbutton', { name: 'kernel_size' }).first().fill('30');
  await expect(page.locator('#layer-0-kernelSize-error')).toHaveText('must be at most 28');
  await page.getByRole('spinbutton', { name: 'kernel_size' }).nth(1).fill('14');
  await page.getByRole('spinbutton', { name: 'kernel_size' }).first().fill('3');
  await expect(page.locator('#layer-2-kernelSize-error')).toHaveText('14×14 is larger than its 13×13 input');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
});
