import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './pageErrors';

/** The epoch lines ProgbarLogger printed, as `{loss, val_loss}` per epoch. */
async function epochLosses(page: Page): Promise<{ loss: string; valLoss: string }[]> {
  const texts = await page.getByTestId('run-log').getByText(/ - val_loss: /).allTextContents();
  return texts.map((text) => ({ loss: / - loss: (\S+)/.exec(text)?.[1] ?? '', valLoss: / - val_loss: (\S+)/.exec(text)?.[1] ?? '' }));
}

test('SwapEMAWeights changes the validation curve, not the training: the EMA lesson with and without it', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('button', { name: 'Validate and checkpoint the averaged weights' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 15 epochs', { timeout: 60_000 });
  const withSwap = await epochLosses(page);
  expect(withSwap).toHaveLength(15);
  await expect(page.getByTestId('run-log')).toContainText('saving model to ema-');

  const json = JSON.parse(await page.getByLabel('Run config').inputValue()) as { callbacks: { type: string }[] };
  json.callbacks = json.callbacks.filter((callback) => callback.type !== 'SwapEMAWeights');
  await page.getByLabel('Run config').fill(JSON.stringify(json));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 15 epochs', { timeout: 60_000 });
  await expect.poll(async () => (await epochLosses(page)).length).toBe(15);
  const withoutSwap = await epochLosses(page);

  expect(withoutSwap.map((epoch) => epoch.loss)).toEqual(withSwap.map((epoch) => epoch.loss));
  expect(withoutSwap.map((epoch) => epoch.valLoss)).not.toEqual(withSwap.map((epoch) => epoch.valLoss));
  expect(errors).toEqual([]);
});
