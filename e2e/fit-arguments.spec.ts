import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

const log = (page: Page) => page.getByTestId('run-log');

test('the run log prints each epoch as fit(verbose=2) does; the switch turns it off', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 45_000 });
  await expect(log(page).getByText('Epoch 1/3', { exact: true })).toBeVisible();
  await expect(log(page).getByText('Epoch 3/3', { exact: true })).toBeVisible();
  await expect(log(page).getByText(/^\d+\/\d+ - \d+s - \d+(us|ms|s)\/step - accuracy: \d\.\d{4} - loss: \d\.\d{4} - val_accuracy: \d\.\d{4} - val_loss: \d\.\d{4}$/)).toHaveCount(3);

  await page.getByLabel(/Epoch lines in the run log/).uncheck();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 3 epochs', { timeout: 45_000 });
  await expect(page.getByText('Epoch 1/3', { exact: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("validation_freq: val_ logs only every n-th epoch, and EarlyStopping warns on the others as Keras's does", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('4');
  await page.getByText('validation_freq, initial_epoch, shuffle, class_weight').click();
  await page.getByLabel('validation_freq').fill('2');
  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { fit: { validationFreq: unknown }; callbacks: unknown[] };
  expect(json.fit.validationFreq).toBe(2);
  json.callbacks = [{ type: 'EarlyStopping', params: { monitor: 'val_loss', patience: 10 } }];
  await page.getByLabel('Run config').fill(JSON.stringify(json));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 4 epochs', { timeout: 45_000 });

  const warning = 'UserWarning: Early stopping conditioned on metric `val_loss` which is not available. Available metrics are: accuracy,loss';
  await expect(log(page).getByText(warning)).toHaveCount(2);
  await expect(log(page).getByText(/ - val_loss: /)).toHaveCount(2);
  await page.getByLabel('Show', { exact: true }).selectOption('Warnings');
  await expect(log(page).locator('li')).toHaveCount(2);
  expect(errors).toEqual([]);
});
