import { expect, test } from '@playwright/test';

test('the clipnorm lesson: the NaN lesson’s rate with clipnorm=1.0 trains every epoch, no NaN', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'The same rate, with its gradients clipped' }).click();
  // The folded arguments open when one is set.
  await expect(page.locator('#setting-optimizer-clipnorm')).toHaveValue('1');
  await expect(page.locator('#setting-optimizer-clipnorm')).toBeVisible();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished', { timeout: 60_000 });
  await expect(page.getByTestId('run-log')).not.toContainText('Invalid loss');
});

test("Keras's arguments per optimizer, with Keras's constructor message at the field", async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.locator('#setting-optimizer').selectOption('adamw');
  await expect(page.locator('#setting-optimizer-weightDecay')).toHaveAttribute('placeholder', 'Keras default 0.004');
  await expect(page.locator('#setting-optimizer-beta1')).toHaveAttribute('placeholder', 'Keras default 0.9');
  await page.getByText('Clipping, weight decay, EMA, accumulation').click();
  await page.locator('#setting-optimizer-clipnorm').fill('1');
  await page.locator('#setting-optimizer-clipvalue').fill('0.5');
  await expect(page.locator('#setting-optimizer-clipvalue-error')).toHaveText('Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. Received: clipnorm=1.0, clipvalue=0.5, global_clipnorm=None');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await page.locator('#setting-optimizer-clipvalue').fill('');
  await page.locator('#setting-optimizer-gradientAccumulationSteps').fill('1');
  await expect(page.locator('#setting-optimizer-gradientAccumulationSteps-error')).toHaveText('`gradient_accumulation_steps` must be an integer >= 2. Received: gradient_accumulation_steps=1');
  await page.locator('#setting-optimizer-gradientAccumulationSteps').fill('2');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished', { timeout: 60_000 });
});
